/**
 * Renewal throughput: how fast the billing engine's renewal job renews due subscriptions, with one
 * and with two worker processes, next to what PostgreSQL itself does on the same server (pgbench,
 * TPC-B-like), so the figure travels between machines as a ratio.
 *
 * One fresh database (created here, dropped at the end, Ctrl-C included), migrated with the
 * project's migrations and seeded catalog. In it:
 * - pgbench's tables in their own schema (`pgbench`), measured before and after the renewals
 *   (`pgbench -c 2 -j 2 -T 20`); the ratio is renewals/s ÷ the mean of the two tps.
 * - For each count N and each worker count: every billing table emptied, N accounts seeded with
 *   billing details and an active monthly subscription due at the benchmark's clock (bulk SQL,
 *   bench/lib/renewal-seed.mjs), `VACUUM ANALYZE`, then the workers (bench/renewal-worker.mjs,
 *   one OS process each, the built server code) run the renewal to completion. Timed from the
 *   start signal to the last worker's end; each worker's peak RSS is sampled.
 * - After each run, SQL checks: nothing left due, exactly one `subscription_cycle` invoice per
 *   subscription for the new period (duplicates, missing), invoice numbers of the month 1..N with
 *   no gap or repeat, and every invoice with lines.
 *
 * Run it with `npm run bench:renewals` (bench/run.sh builds the server first). Writes JSON and
 * Markdown into bench/results/ and prints the table. Exits 1 when a check fails or a worker fails.
 *
 * Environment (all optional; the defaults are what docs/BENCHMARKS.md reports):
 *   RENEWAL_COUNTS          comma-separated subscription counts (10000,50000,100000)
 *   RENEWAL_WORKERS         comma-separated worker counts (1,2)
 *   RENEWAL_BATCH_SIZE      subscriptions claimed per batch, as the job does (50)
 *   PGBENCH_SECONDS         seconds per pgbench measurement (20)
 *   PGBENCH_SCALE           pgbench -i scale factor (10: 1,000,000 accounts)
 *   PGBENCH_CLIENTS         pgbench -c and -j (2)
 *   BENCH_QUICK=1           smoke run: 2000 subscriptions, pgbench scale 2 for 5 s
 *   RENEWAL_SEED_HISTORY=0  seed no current-period invoices (an invoice table nobody has billed
 *                           into yet: shows PostgreSQL's cached foreign-key plan scanning it)
 *   BENCH_PROFILE=1         also write a V8 CPU profile of every worker into bench/results/
 *                           (slows the workers down: not for the reference figures)
 *   BENCH_PG_ADMIN_URL      a loopback PostgreSQL to create the database on
 *                           (postgres://postgres@127.0.0.1:5432/postgres)
 */
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  benchDir,
  benchmark,
  databaseUrlOn,
  integersSetting,
  pgAdminUrlSetting,
  postgresVersion,
  requireNode24,
  withClient,
} from './lib/harness.mjs';
import { command, machineCpuSeconds, packageVersion, rootDir } from './lib/machine.mjs';
import { seedDueSubscriptions, seededPeriod } from './lib/renewal-seed.mjs';

const workerEntry = path.join(benchDir, 'renewal-worker.mjs');
/** The goal: 100,000 renewals in under 60 s with 2 workers. */
const goal = { count: 100_000, workers: 2, seconds: 60 };

// ---------------------------------------------------------------------------------------------
// Settings

const quick = process.env.BENCH_QUICK === '1';
const settings = {
  quick,
  counts: integersSetting('RENEWAL_COUNTS', quick ? [2000] : [10_000, 50_000, 100_000]),
  workers: integersSetting('RENEWAL_WORKERS', [1, 2]),
  batchSize: integersSetting('RENEWAL_BATCH_SIZE', [50])[0],
  pgbenchSeconds: integersSetting('PGBENCH_SECONDS', [quick ? 5 : 20])[0],
  pgbenchScale: integersSetting('PGBENCH_SCALE', [quick ? 2 : 10])[0],
  pgbenchClients: integersSetting('PGBENCH_CLIENTS', [2])[0],
  pgAdminUrl: pgAdminUrlSetting(),
  profile: process.env.BENCH_PROFILE === '1',
  seedHistory: process.env.RENEWAL_SEED_HISTORY !== '0',
};
requireNode24();

const databaseName = `ledgerline_bench_renewals_${randomBytes(4).toString('hex')}`;
const databaseUrl = databaseUrlOn(settings.pgAdminUrl, databaseName);

// ---------------------------------------------------------------------------------------------
// Clean-up and interruption (bench/lib/harness.mjs): an interruption stops the running workers
// and lets the main flow unwind through the clean-ups.

const running = new Set();
const bench = benchmark('renewals', {
  onInterrupt: () => {
    for (const child of running) child.kill('SIGTERM');
  },
});

// ---------------------------------------------------------------------------------------------
// PostgreSQL

async function dropDatabase() {
  await withClient(settings.pgAdminUrl, (c) =>
    c.query(`drop database if exists ${databaseName} with (force)`),
  );
}

/** Creates the database and applies the project's migrations and catalog (as the server does). */
async function createDatabase() {
  await withClient(settings.pgAdminUrl, (c) => c.query(`create database ${databaseName}`));
  bench.cleanups.push(dropDatabase);
  const { loadConfig } = await import('../server/dist/config.js');
  const { openDatabase } = await import('../server/dist/db/database.js');
  const { createLogger } = await import('../server/dist/logging.js');
  const database = await openDatabase(
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
    createLogger('warn'),
  );
  await database.close();
}

/** Everything a renewal writes or reads, emptied between runs (the catalog stays). */
const billingTables = [
  'account',
  'billing_details',
  'subscription',
  'invoice',
  'invoice_line',
  'credit_note',
  'credit_balance_entry',
  'payment',
  'idempotency_key',
  'outbox_message',
  'audit_event',
  'document_number_counter',
];

async function seed(count, now) {
  return withClient(databaseUrl, async (client) => {
    // Enterprise contract prices reference their account, so truncating accounts cascades into
    // plan_price: the catalog's own prices (no account) are kept aside and put back.
    await client.query(
      'create temp table catalog_prices as select * from plan_price where account_id is null',
    );
    await client.query(`truncate ${billingTables.join(', ')} cascade`);
    await client.query(
      'insert into plan_price select * from catalog_prices on conflict do nothing',
    );
    await client.query('drop table catalog_prices');
    const started = performance.now();
    const seeded = await seedDueSubscriptions(client, {
      from: 1,
      to: count,
      now,
      history: settings.seedHistory,
    });
    const seedSeconds = (performance.now() - started) / 1000;
    // As a table that has lived a while would be: statistics and visibility map up to date.
    await client.query('vacuum analyze');
    return { ...seeded, seedSeconds };
  });
}

/** The checks the issue asks for, by query, after a run. */
async function checkRun(count, now, period) {
  return withClient(databaseUrl, async (client) => {
    const one = async (sql, params = []) => (await client.query(sql, params)).rows[0];
    const due = await one(
      `select count(*)::int as n from subscription
       where status in ('trialing', 'active', 'past_due') and current_period_end <= $1`,
      [now],
    );
    // The seeded period's end is the new period's start: one cycle invoice each, no more.
    const perSubscription = await one(
      `select count(*) filter (where n = 0)::int as missing,
              coalesce(sum(n - 1) filter (where n > 1), 0)::int as duplicates
       from (select s.id, count(i.id) as n
             from subscription s
             left join invoice i on i.subscription_id = s.id
               and i.billing_reason = 'subscription_cycle' and i.period_start = $1
             group by s.id) per`,
      [period.end],
    );
    const month = now.toISOString().slice(0, 7);
    const numbering = await one(
      `select count(*)::int as issued, count(distinct number)::int as distinct_numbers,
              min(seq)::int as first, max(seq)::int as last
       from (select number, substring(number from '^INV-\\d{4}-\\d{2}-(\\d+)$')::int as seq
             from invoice where number like $1) numbered`,
      [`INV-${month}-%`],
    );
    const counter = await one(
      `select coalesce(max(last_number), 0)::int as last from document_number_counter
       where kind = 'INV' and year_month = $1`,
      [month],
    );
    const withoutLines = await one(
      `select count(*)::int as n from invoice i
       where not exists (select 1 from invoice_line l where l.invoice_id = i.id)`,
    );
    // The new period's invoices (the seeded history holds the current period's).
    const invoices = await one(`select count(*)::int as n from invoice where period_start = $1`, [
      period.end,
    ]);
    // Gap-free: N numbers, all different, exactly 1..N, and the counter stopped at N.
    const gaps =
      numbering.issued === count &&
      numbering.distinct_numbers === count &&
      numbering.first === 1 &&
      numbering.last === count &&
      counter.last === count
        ? 0
        : Math.max(1, Math.abs(count - numbering.distinct_numbers));
    const result = {
      stillDue: due.n,
      invoices: invoices.n,
      missing: perSubscription.missing,
      duplicates: perSubscription.duplicates,
      numbering: { ...numbering, counter: counter.last, gapFree: gaps === 0 },
      invoicesWithoutLines: withoutLines.n,
    };
    result.ok =
      result.stillDue === 0 &&
      result.missing === 0 &&
      result.duplicates === 0 &&
      result.invoices === count &&
      result.numbering.gapFree &&
      result.invoicesWithoutLines === 0;
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// pgbench (TPC-B-like) in its own schema of the same database

function pgbenchEnv() {
  const url = new URL(databaseUrl);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username) || 'postgres',
    PGDATABASE: databaseName,
    PGOPTIONS: '-c search_path=pgbench',
  };
}

function runProcess(file, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${file} ${args.join(' ')} ended with ${code ?? signal}:\n${output}`));
    });
  });
}

async function initPgbench() {
  await withClient(databaseUrl, (c) => c.query('create schema pgbench'));
  await runProcess('pgbench', ['-i', '-q', '-s', String(settings.pgbenchScale)], pgbenchEnv());
}

async function measurePgbench(label) {
  bench.checkInterrupted();
  const c = String(settings.pgbenchClients);
  const args = ['-n', '-c', c, '-j', c, '-T', String(settings.pgbenchSeconds)];
  const load = loadAverage();
  const output = await runProcess('pgbench', args, pgbenchEnv());
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
  if (tps === undefined) throw new Error(`pgbench printed no tps:\n${output}`);
  const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
  const result = {
    label,
    tps: Number(tps),
    latencyMs: latency === undefined ? null : Number(latency),
    loadAverageBefore: load,
    command: `pgbench ${args.join(' ')}`,
  };
  console.log(`  pgbench (${label}): ${result.tps.toFixed(1)} tps, load before ${load}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Workers

function loadAverage() {
  return os.loadavg().map((x) => Number(x.toFixed(2)));
}

function startWorker(now, profileDir) {
  const child = fork(workerEntry, [], {
    cwd: rootDir,
    execArgv: profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_NOW: now.toISOString(),
      BENCH_BATCH_SIZE: String(settings.batchSize),
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const worker = { child, samples: [], result: null, error: null };
  worker.ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'sample') worker.samples.push(message);
      else if (message.type === 'done') worker.result = message;
      else if (message.type === 'error') worker.error = message.message;
    });
    child.once('exit', () => reject(new Error('the worker exited before it was ready')));
  });
  worker.exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  // Its exit is awaited below; this keeps an early exit from being an unhandled rejection.
  worker.ready.catch(() => {});
  return worker;
}

/**
 * What the workers' database sessions are doing, sampled every 100 ms from pg_stat_activity until
 * stopped: the share of samples each state took. "Lock" is time spent waiting for a row lock —
 * above all the month's invoice number counter, which every finalization takes — so it says how
 * much the workers serialise on it.
 */
function sampleSessions() {
  const client = new pg.Client({ connectionString: settings.pgAdminUrl });
  const counts = new Map();
  let samples = 0;
  let stopped = false;
  const done = (async () => {
    await client.connect();
    try {
      while (!stopped) {
        const { rows } = await client.query(
          `select coalesce(wait_event_type, case when state = 'active' then 'CPU' else state end)
                  as what
           from pg_stat_activity
           where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          [databaseName],
        );
        for (const { what } of rows) counts.set(what, (counts.get(what) ?? 0) + 1);
        samples += rows.length;
        await sleep(100);
      }
    } finally {
      await client.end();
    }
  })();
  return async () => {
    stopped = true;
    await done;
    const share = {};
    for (const [what, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      share[what] = Math.round((1000 * n) / Math.max(1, samples)) / 10;
    }
    return share;
  };
}

/**
 * Rows PostgreSQL read by sequential scan from the tables renewal touches (pg_stat_user_tables),
 * so a run can show whether it did work proportional to N for every batch (a full scan in a
 * loop) instead of index lookups.
 */
async function sequentialRowsRead() {
  return withClient(databaseUrl, async (client) => {
    // The workers' backends have exited (their counts are flushed); read fresh figures.
    await client.query('select pg_stat_clear_snapshot()');
    const rows = await client.query(
      `select relname, seq_tup_read::bigint as n from pg_stat_user_tables
       where schemaname = 'public' and relname = any($1)`,
      [billingTables],
    );
    return Object.fromEntries(rows.rows.map((row) => [row.relname, Number(row.n)]));
  });
}

/** Starts the workers, lets them all begin at once, and times until the last has finished. */
async function runWorkers(count, now, profileDir) {
  const workers = Array.from({ length: count }, () => startWorker(now, profileDir));
  await Promise.all(workers.map((w) => w.ready));
  bench.checkInterrupted();
  const cpuBefore = machineCpuSeconds();
  const stopSampling = sampleSessions();
  const started = performance.now();
  for (const w of workers) w.child.send({ type: 'start' });
  const ends = await Promise.all(
    workers.map((w) => w.exited.then((exit) => ({ exit, at: performance.now() }))),
  );
  const seconds = (Math.max(...ends.map((e) => e.at)) - started) / 1000;
  const cpuAfter = machineCpuSeconds();
  const sessions = await stopSampling();
  bench.checkInterrupted();
  const failures = workers
    .map((w, i) =>
      w.error !== null
        ? `worker ${i + 1}: ${w.error}`
        : w.result === null
          ? `worker ${i + 1} ended (${ends[i].exit.code ?? ends[i].exit.signal}) without a result`
          : null,
    )
    .filter((f) => f !== null);
  if (failures.length > 0) throw new Error(failures.join('\n'));
  return {
    seconds,
    machineCpuPct: Math.round(((cpuAfter.busy - cpuBefore.busy) / seconds) * 1000) / 10,
    sessions,
    workers: workers.map((w) => ({
      renewed: w.result.renewed,
      failed: w.result.failed,
      seconds: w.result.seconds,
      cpuSeconds: w.result.cpuSeconds,
      statements: w.result.statements,
      peakRssMB: mb(Math.max(w.result.peakRssBytes, w.result.maxRssBytes)),
      // RSS when the worker had renewed about 10 %, 50 % and all of its share: flat means no leak.
      rssMBAt: rssProgress(w.samples),
      heapUsedMBAtEnd: mb(w.samples.at(-1)?.heapUsed ?? 0),
    })),
  };
}

const mb = (bytes) => Math.round(bytes / 1024 / 102.4) / 10;

function rssProgress(samples) {
  const total = samples.at(-1)?.renewed ?? 0;
  if (total === 0) return null;
  const at = (share) => {
    const sample = samples.find((s) => s.renewed >= total * share) ?? samples.at(-1);
    return mb(sample.rss);
  };
  return { '10%': at(0.1), '50%': at(0.5), '100%': at(1) };
}

// ---------------------------------------------------------------------------------------------
// Report

const fixed = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

function markdown(report) {
  const m = report.machine;
  const lines = [`## Renewal throughput — ${report.startedAt}`, ''];
  lines.push(
    report.status === 'ok'
      ? 'Status: **ok** (every check passed).'
      : `Status: **${report.status.toUpperCase()}**`,
  );
  if (report.error) lines.push('', `Error: ${report.error}`);
  lines.push(
    '',
    `Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB RAM, ${m.kernel}; Node ${m.node}; ` +
      `${m.postgres ?? 'PostgreSQL n/a'}; @mikro-orm/core ${m.mikroOrm}.`,
    `Command: \`${report.command}\`; batch size ${settings.batchSize}; commit ` +
      `${report.git.commit?.slice(0, 12) ?? 'n/a'}` +
      `${report.git.dirty ? ' (work tree had uncommitted changes outside bench/)' : ''}, server build ` +
      `${report.serverBuild.sha256} of ${report.serverBuild.builtAt}. Load average before: ` +
      `${report.loadAverageBefore.join(' / ')}.`,
  );
  const p = report.pgbench;
  if (p.before !== null) {
    lines.push(
      `pgbench (TPC-B-like, scale ${settings.pgbenchScale}, \`${p.before.command}\`, same ` +
        `server and database, schema \`pgbench\`): ${fixed(p.before.tps)} tps before the ` +
        `renewals, ${fixed(p.after?.tps)} after; the ratio uses their mean, ${fixed(p.meanTps)}.`,
    );
  }
  lines.push('');
  lines.push(
    '| N | Workers | Seconds | Renewals/s | Peak RSS MB per worker | SQL statements / renewal | Worker CPU ms / renewal | Rows read by sequential scan / renewal | pgbench tps | Ratio (renewals/s ÷ tps) | Duplicates | Missing | Numbers gap-free | Machine CPU % | Load before |',
  );
  lines.push(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- | ---: | ---: |',
  );
  for (const r of report.runs) {
    lines.push(
      `| ${r.count} | ${r.workers} | ${fixed(r.seconds, 2)} | ${fixed(r.renewalsPerSecond)} | ` +
        `${r.perWorker.map((w) => fixed(w.peakRssMB)).join(' / ')} | ` +
        `${fixed(r.statementsPerRenewal, 2)} | ${fixed(r.workerCpuMsPerRenewal, 2)} | ` +
        `${fixed(r.sequentialRowsPerRenewal, 1)} | ${fixed(p.meanTps)} | ${fixed(r.ratio, 3)} | ` +
        `${r.check.duplicates} | ${r.check.missing} | ${r.check.numbering.gapFree ? 'yes' : '**no**'} | ` +
        `${fixed(r.machineCpuPct)} | ${r.loadAverageBefore[0]} |`,
    );
  }
  lines.push('');
  lines.push('RSS of each worker (MB) when it had done 10 % / 50 % / 100 % of its renewals:');
  lines.push('');
  for (const r of report.runs) {
    const progress = r.perWorker
      .map((w) =>
        w.rssMBAt === null
          ? 'n/a'
          : Object.values(w.rssMBAt)
              .map((x) => fixed(x))
              .join(' / '),
      )
      .join('; ');
    lines.push(`- N ${r.count}, ${r.workers} worker(s): ${progress}`);
  }
  lines.push('');
  lines.push(
    "The workers' database sessions, % of samples of pg_stat_activity every 100 ms: CPU = " +
      'running a statement; Client = waiting for the worker to send the next one (the worker ' +
      'is busy); idle in transaction = the same between statements of a transaction; Lock = ' +
      'waiting for a row lock (the invoice number counter); IO = waiting for the disk or WAL:',
  );
  lines.push('');
  for (const r of report.runs) {
    const shares = Object.entries(r.sessions ?? {})
      .map(([what, pct]) => `${what} ${pct}`)
      .join(', ');
    lines.push(`- N ${r.count}, ${r.workers} worker(s): ${shares}`);
  }
  const goalRun = report.runs.find((r) => r.count === goal.count && r.workers === goal.workers);
  if (goalRun !== undefined) {
    lines.push(
      '',
      `Goal (${goal.count} renewals in under ${goal.seconds} s with ${goal.workers} workers, ` +
        `no duplicate or missing invoice): **${report.goalMet ? 'met' : 'not met'}** ` +
        `(${fixed(goalRun.seconds, 2)} s).`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

function printRun(r) {
  console.log(
    `  N ${String(r.count).padStart(6)}  workers ${r.workers}  ${fixed(r.seconds, 2).padStart(7)} s  ` +
      `${fixed(r.renewalsPerSecond).padStart(7)} renewals/s  peak RSS ` +
      `${r.perWorker.map((w) => fixed(w.peakRssMB)).join(' / ')} MB  ` +
      `${fixed(r.statementsPerRenewal, 2)} statements/renewal  ` +
      `${fixed(r.workerCpuMsPerRenewal, 2)} worker CPU ms/renewal  ` +
      `${fixed(r.sequentialRowsPerRenewal, 1)} seq rows/renewal  dup ${r.check.duplicates} ` +
      `missing ${r.check.missing} gap-free ${r.check.numbering.gapFree}` +
      (r.check.ok ? '' : `  CHECK FAILED: ${JSON.stringify(r.check)}`),
  );
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const envSettings = Object.entries(process.env)
    .filter(([k]) => /^(RENEWAL_|PGBENCH_|BENCH_QUICK|BENCH_PROFILE)/.test(k))
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  const report = bench.report({
    command: `${envSettings}npm run bench:renewals`,
    settings: { ...settings },
    loadAverageBefore: loadAverage(),
    machine: {
      postgres: null,
      mikroOrm: packageVersion('@mikro-orm/core'),
      pgbench: command('pgbench', ['--version']),
    },
    pgbench: { before: null, after: null, meanTps: null },
    runs: [],
    goalMet: null,
  });

  await bench.run({
    report,
    markdown,
    latest: 'renewals-latest',
    body: async () => {
      report.machine.postgres = await withClient(settings.pgAdminUrl, postgresVersion);
      console.log(
        `renewals: counts ${settings.counts.join(', ')}; workers ${settings.workers.join(', ')}; ` +
          `database ${databaseName}; load average ${report.loadAverageBefore.join(' ')}`,
      );
      await createDatabase();
      bench.checkInterrupted();
      console.log(`  pgbench -i -s ${settings.pgbenchScale} into schema pgbench…`);
      await initPgbench();
      report.pgbench.before = await measurePgbench('before');

      // Whole seconds, as billing instants are; every run renews at the same instant.
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      const period = seededPeriod(now);
      report.clock = now.toISOString();
      for (const count of settings.counts) {
        for (const workers of settings.workers) {
          bench.checkInterrupted();
          const seeded = await seed(count, now);
          bench.checkInterrupted();
          const loadAverageBefore = loadAverage();
          const profileDir = settings.profile
            ? bench.resultPath(`-profile-${count}x${workers}`)
            : undefined;
          const scannedBefore = await sequentialRowsRead();
          const run = await runWorkers(workers, now, profileDir);
          // Statistics reach the shared counters within a second of a backend's last transaction.
          await sleep(1500);
          const scannedAfter = await sequentialRowsRead();
          const check = await checkRun(count, now, period);
          const renewed = run.workers.reduce((sum, w) => sum + w.renewed, 0);
          const statements = run.workers.reduce((sum, w) => sum + w.statements, 0);
          const entry = {
            count,
            workers,
            seedSeconds: Number(seeded.seedSeconds.toFixed(2)),
            seconds: Number(run.seconds.toFixed(3)),
            renewed,
            failed: run.workers.reduce((sum, w) => sum + w.failed, 0),
            renewalsPerSecond: renewed / run.seconds,
            statementsPerRenewal: renewed > 0 ? statements / renewed : null,
            workerCpuMsPerRenewal:
              renewed > 0
                ? (1000 * run.workers.reduce((sum, w) => sum + w.cpuSeconds, 0)) / renewed
                : null,
            ratio: null,
            sequentialRowsPerRenewal:
              renewed > 0
                ? Object.keys(scannedAfter).reduce(
                    (sum, table) => sum + scannedAfter[table] - (scannedBefore[table] ?? 0),
                    0,
                  ) / renewed
                : null,
            machineCpuPct: run.machineCpuPct,
            sessions: run.sessions,
            loadAverageBefore,
            perWorker: run.workers,
            check,
          };
          report.runs.push(entry);
          printRun(entry);
        }
      }

      report.pgbench.after = await measurePgbench('after');
      report.pgbench.meanTps = (report.pgbench.before.tps + report.pgbench.after.tps) / 2;
      for (const r of report.runs) r.ratio = r.renewalsPerSecond / report.pgbench.meanTps;
      const goalRun = report.runs.find((r) => r.count === goal.count && r.workers === goal.workers);
      if (goalRun !== undefined) {
        report.goalMet = goalRun.seconds < goal.seconds && goalRun.check.ok;
      }
      report.status = report.runs.every((r) => r.check.ok && r.failed === 0) ? 'ok' : 'failed';
    },
    afterBody: async () => {
      for (const child of running) child.kill('SIGTERM');
      // Workers close their pools on SIGTERM; give them a moment before the database is dropped.
      if (running.size > 0) await sleep(1_000);
    },
  });
}

await main();
