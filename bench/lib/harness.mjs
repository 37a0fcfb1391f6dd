/**
 * What every benchmark in bench/ does the same way: read its settings from the environment, check
 * it runs on Node 24 against a loopback PostgreSQL, undo everything it started when it ends or is
 * interrupted (Ctrl-C, or bench/run.sh's SIGTERM), and write its report as JSON and Markdown into
 * bench/results/ with the facts of the machine and build it ran on.
 *
 *   const bench = benchmark('renewals', { onInterrupt: () => stopWorkers() });
 *   bench.cleanups.push(() => dropDatabase());
 *   await bench.run({ report, markdown, latest: 'renewals-latest', body: async () => { … } });
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { command, machineFacts, rootDir, serverBuild } from './machine.mjs';

export const benchDir = path.join(rootDir, 'bench');
export const resultsDir = path.join(benchDir, 'results');

// ---------------------------------------------------------------------------------------------
// Settings

function rawSetting(name) {
  const raw = process.env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

/** A comma-separated list of names (`BENCH_SUBJECTS=postgresql,pglite`), each one of `allowed`. */
export function namesSetting(name, fallback, allowed) {
  const raw = rawSetting(name);
  if (raw === undefined) return fallback;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const value of names) {
    if (!allowed.includes(value)) {
      throw new Error(`${name}: unknown value ${value} (${allowed.join(', ')})`);
    }
  }
  return names;
}

/** A comma-separated list of positive integers (`RENEWAL_COUNTS=10000,50000`). */
export function integersSetting(name, fallback) {
  const raw = rawSetting(name);
  if (raw === undefined) return fallback;
  return raw.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`${name} must be positive integers, comma-separated`);
    }
    return value;
  });
}

/** One positive integer (`BENCH_DURATION_SECONDS=10`). */
export function integerSetting(name, fallback) {
  const raw = rawSetting(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The PostgreSQL a benchmark creates its databases on (`BENCH_PG_ADMIN_URL`): loopback only, so a
 * benchmark never creates or drops databases on a server elsewhere.
 */
export function pgAdminUrlSetting() {
  const url = rawSetting('BENCH_PG_ADMIN_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!loopbackHosts.has(new URL(url).hostname)) {
    throw new Error('BENCH_PG_ADMIN_URL must point at a loopback address');
  }
  return url;
}

/** The URL of `database` on the same server as `adminUrl`. */
export function databaseUrlOn(adminUrl, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function requireNode24() {
  if (Number.parseInt(process.versions.node, 10) !== 24) {
    throw new Error(`Node 24 is required (this is ${process.version}); run via npm run bench`);
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** A client for the length of `fn`, ended afterwards whatever happens. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** "PostgreSQL 15.20" from `select version()`. */
export async function postgresVersion(client) {
  const { rows } = await client.query('select version() as v');
  return String(rows[0].v).split(' on ')[0];
}

// ---------------------------------------------------------------------------------------------
// The run: clean-ups, interruption, the report

export class Interrupted extends Error {}

/** Git commit, and whether anything outside bench/ differs from it (figures of a dirty tree). */
export function gitFacts() {
  return {
    commit: command('git', ['rev-parse', 'HEAD']),
    dirty: (command('git', ['status', '--porcelain', '--', '.', ':!bench']) ?? '') !== '',
  };
}

/**
 * A benchmark named `name` (its results are `<name>-<stamp>.json|md`). SIGINT and SIGTERM mark it
 * interrupted and call `onInterrupt` (stop the running load or processes); the main flow then
 * unwinds through `checkInterrupted()` and the clean-ups, last registered first.
 */
export function benchmark(name, { onInterrupt = () => {} } = {}) {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const cleanups = [];
  let interrupted = false;

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping the benchmark and cleaning up…`);
      onInterrupt();
    });
  }

  async function runCleanups() {
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop();
      try {
        await cleanup();
      } catch (error) {
        console.error(`clean-up failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }

  return {
    name,
    stamp,
    cleanups,
    get interrupted() {
      return interrupted;
    },
    checkInterrupted() {
      if (interrupted) throw new Interrupted('interrupted');
    },
    /** Where a file of this run goes: `bench/results/<name>-<stamp><suffix>`. */
    resultPath(suffix) {
      return path.join(resultsDir, `${name}-${stamp}${suffix}`);
    },
    /** The fields every report starts with; `fields` adds the benchmark's own. */
    report(fields) {
      const { machine, ...rest } = fields;
      return {
        benchmark: name,
        status: 'running',
        startedAt: startedAt.toISOString(),
        finishedAt: null,
        ...rest,
        machine: { ...machineFacts(), ...machine },
        git: gitFacts(),
        serverBuild: serverBuild(),
      };
    },
    /**
     * Runs `body` (which sets `report.status` to 'ok' or 'failed'), then the clean-ups and
     * `afterBody`, writes the report (also as `<latest>.json|md`), prints it and exits: 0 when
     * ok, 130 when interrupted, else 1.
     */
    async run({ report, markdown, latest, body, afterBody = async () => {} }) {
      mkdirSync(resultsDir, { recursive: true });
      try {
        await body();
      } catch (error) {
        report.status = interrupted ? 'interrupted' : 'failed';
        report.error = error instanceof Error ? error.message : String(error);
        if (!(error instanceof Interrupted)) console.error(error);
      } finally {
        await afterBody();
        await runCleanups();
        report.finishedAt = new Date().toISOString();
      }
      const json = `${JSON.stringify(report, null, 2)}\n`;
      const md = markdown(report);
      for (const base of [`${name}-${stamp}`, latest]) {
        writeFileSync(path.join(resultsDir, `${base}.json`), json);
        writeFileSync(path.join(resultsDir, `${base}.md`), md);
      }
      console.log(`\n${md}`);
      for (const suffix of ['.json', '.md']) {
        console.log(`results: ${path.relative(rootDir, this.resultPath(suffix))}`);
      }
      if (report.status === 'interrupted') process.exit(130);
      process.exit(report.status === 'ok' ? 0 : 1);
    },
  };
}
