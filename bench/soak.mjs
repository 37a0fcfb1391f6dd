/**
 * Soak: Ledgerline under a steady mixed load for several minutes, to see whether it stays flat —
 * requests per second, p99 latency, and the server's RSS and V8 heap, minute by minute — and
 * whether any request fails. A leak (of memory, or of pooled connections: see
 * docs/OPERATIONS.md#when-the-database-fails) shows up as a rising column or failures late in
 * the run.
 *
 * Subject: Ledgerline (server/dist/main.js, workers on) on PostgreSQL, in a fresh
 * `ledgerline_soak` database created and dropped here. The server runs with an extra
 * `--import` that sends process.memoryUsage() to this process every 5 s over IPC; nothing else
 * in it differs from `npm start`.
 *
 * Load (autocannon, BENCH_CONNECTIONS connections, no pipelining), one signed-in Billing Admin,
 * requests in rotation:
 *   - the `viewer` query (every page's first request),
 *   - the account, its members, its invoices and the plan catalog (a page's data),
 *   - `updateAccount`, renaming the account (a write: a transaction, a row lock, an audit event),
 *   - `GET /readyz` (a health probe, a `select 1`).
 * Every response must be 200 without GraphQL `errors`; anything else counts as a failure.
 *
 * Run it with `bash bench/run.sh soak` (builds the server first). Writes JSON into
 * bench/results/ and prints one line per minute. Exits 1 when any request failed.
 *
 * Environment (all optional):
 *   BENCH_SOAK_SECONDS      how long the load runs (300)
 *   BENCH_CONNECTIONS       concurrent connections (16)
 *   BENCH_WINDOW_SECONDS    length of one reported window (60)
 *   BENCH_PG_ADMIN_URL      a loopback PostgreSQL to create ledgerline_soak on
 *                           (postgres://postgres@127.0.0.1:5432/postgres)
 */
import { fork } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { CookieClient } from './lib/cookie-client.mjs';
import { command, machineFacts, serverBuild } from './lib/machine.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(benchDir, '..');
const resultsDir = path.join(benchDir, 'results');
const serverEntry = path.join(rootDir, 'server', 'dist', 'main.js');
const database = 'ledgerline_soak';

function positive(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

const settings = {
  seconds: positive('BENCH_SOAK_SECONDS', 300),
  connections: positive('BENCH_CONNECTIONS', 16),
  windowSeconds: positive('BENCH_WINDOW_SECONDS', 60),
  pgAdminUrl: process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
};
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(settings.pgAdminUrl).hostname)) {
  throw new Error('BENCH_PG_ADMIN_URL must point at a loopback address');
}

/** Preloaded into the server: its memory every 5 s, to this process (IPC). */
const memoryReporter =
  'data:text/javascript,' +
  encodeURIComponent(
    `setInterval(() => { const m = process.memoryUsage(); process.send?.({ type: 'memory', at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external }); }, 5000).unref();`,
  );

const cleanups = [];
let activeLoad = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the soak and cleaning up…`);
    activeLoad?.stop();
  });
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: settings.pgAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServer(stamp, memory) {
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${database}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  const port = await freePort();
  const url = new URL(settings.pgAdminUrl);
  url.pathname = `/${database}`;
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_|DATA_DIR|PORT|HOST|PUBLIC_URL|LOG_LEVEL|NODE_OPTIONS|WORKERS_)/.test(name)) {
      delete env[name];
    }
  }
  const logPath = path.join(resultsDir, `${stamp}-soak-server.log`);
  const log = createWriteStream(logPath);
  const child = fork(serverEntry, [], {
    cwd: rootDir,
    env: {
      ...env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url.toString(),
      WORKERS_ENABLED: '1',
    },
    execArgv: ['--import', memoryReporter],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('message', (message) => {
    if (message?.type === 'memory') memory.push(message);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  const origin = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited; see ${logPath}`);
    try {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (ready.status === 200) break;
    } catch {
      // not listening yet
    }
    if (tries > 600) throw new Error(`the server was not ready within 2 minutes; see ${logPath}`);
    await sleep(200);
  }
  return { child, port, origin, logPath };
}

/** The requests of the mix; each must answer 200 without `errors`. */
function requestMix(cookie, origin) {
  const headers = { 'content-type': 'application/json', cookie: `ll_session=${cookie}`, origin };
  const graphql = (query, variables) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  let renames = 0;
  return [
    graphql(
      '{ viewer { user { id email name } account { id name plan { code name } } role permissions isOperator } }',
    ),
    graphql(
      '{ account { id name plan { code } } members { role user { email } } invoices(first: 10) { edges { node { id } } } plans { code } }',
    ),
    {
      ...graphql('mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }'),
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          query: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }',
          variables: { input: { name: `Soak Co ${++renames}` } },
        }),
      }),
    },
    { method: 'GET', path: '/readyz', headers: { cookie: `ll_session=${cookie}` } },
  ];
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
}

const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);
const mb = (bytes) => (bytes === undefined ? null : Math.round(bytes / 1048576));

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const memory = [];
  const server = await startServer(stamp, memory);
  const client = new CookieClient(server.origin);
  await client.signInWithDevProvider('soak@example.com', 'Soak User');
  const cookie = client.cookie('ll_session');
  if (cookie === undefined) throw new Error('sign-in set no ll_session cookie');
  const requests = requestMix(cookie, server.origin);
  // Check the mix once by hand before loading it: every request must succeed.
  for (const request of requests) {
    const response = await fetch(`http://127.0.0.1:${server.port}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.setupRequest?.({ ...request }).body ?? request.body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) {
      throw new Error(`${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
  }

  const loadBefore = command('cat', ['/proc/loadavg']);
  const started = Date.now();
  const windows = [];
  const windowOf = (at) => Math.floor((at - started) / (settings.windowSeconds * 1000));
  const windowAt = (index) =>
    (windows[index] ??= { latencies: [], requests: 0, failures: 0, statuses: {} });
  const failures = { non2xx: 0, errorsInBody: 0, socketErrors: 0, timeouts: 0, examples: [] };
  const instance = autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: settings.connections,
    pipelining: 1,
    duration: settings.seconds,
    timeout: 10,
    requests: requests.map((request) => ({
      ...request,
      onResponse: (status, body) => {
        const window = windowAt(windowOf(Date.now()));
        if (status !== 200) {
          failures.non2xx++;
          window.failures++;
          if (failures.examples.length < 10)
            failures.examples.push(`${status} ${body.slice(0, 200)}`);
        } else if (body.includes('"errors"')) {
          failures.errorsInBody++;
          window.failures++;
          if (failures.examples.length < 10) failures.examples.push(body.slice(0, 200));
        }
      },
    })),
  });
  activeLoad = instance;
  instance.on('response', (_client, _status, _bytes, ms) => {
    const window = windowAt(windowOf(Date.now()));
    window.requests++;
    window.latencies.push(ms);
  });
  instance.on('reqError', () => failures.socketErrors++);
  let printed = 0;
  const printer = setInterval(() => {
    const current = windowOf(Date.now());
    while (printed < current && windows[printed] !== undefined) printWindow(printed++);
  }, 1000);
  const rows = [];
  function summarise(index) {
    const w = windows[index];
    const from = started + index * settings.windowSeconds * 1000;
    const to = from + settings.windowSeconds * 1000;
    const inWindow = memory.filter((m) => m.at >= from && m.at < to);
    const last = inWindow.at(-1);
    w.latencies.sort((a, b) => a - b);
    return {
      minute: index + 1,
      requests: w.requests,
      requestsPerSecond: Math.round((w.requests / settings.windowSeconds) * 10) / 10,
      p50Ms: round1(percentile(w.latencies, 50)),
      p99Ms: round1(percentile(w.latencies, 99)),
      failures: w.failures,
      rssMb: mb(last?.rss),
      rssMaxMb: inWindow.length === 0 ? null : mb(Math.max(...inWindow.map((m) => m.rss))),
      heapUsedMb: mb(last?.heapUsed),
      heapTotalMb: mb(last?.heapTotal),
    };
  }
  function printWindow(index) {
    const row = summarise(index);
    rows[index] = row;
    console.log(
      `window ${String(row.minute).padStart(2)}: ${String(row.requestsPerSecond).padStart(7)} req/s  ` +
        `p50 ${String(row.p50Ms).padStart(5)} ms  p99 ${String(row.p99Ms).padStart(5)} ms  ` +
        `rss ${row.rssMb} MB (max ${row.rssMaxMb})  heap ${row.heapUsedMb}/${row.heapTotalMb} MB  ` +
        `failures ${row.failures}`,
    );
  }
  const result = await instance;
  activeLoad = null;
  clearInterval(printer);
  // Whole windows only: what answers after the duration is the tail of requests in flight, and
  // a duration that is not a multiple of the window leaves a last partial one (both not shown).
  const whole = Math.floor(settings.seconds / settings.windowSeconds);
  for (let i = printed; i < Math.min(whole, windows.length); i++) {
    if (windows[i] !== undefined) printWindow(i);
  }
  failures.timeouts = result.timeouts;
  const failed =
    failures.non2xx + failures.errorsInBody + failures.socketErrors + failures.timeouts;
  const summary = {
    benchmark: 'soak',
    startedAt: new Date(started).toISOString(),
    settings,
    interrupted,
    machine: machineFacts(),
    loadAverage: { before: loadBefore, after: command('cat', ['/proc/loadavg']) },
    server: serverBuild(),
    requestsTotal: result.requests.total,
    requestsPerSecondMean: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failures: { ...failures, total: failed },
    windows: rows.filter(Boolean),
  };
  const out = path.join(resultsDir, `${stamp}-soak.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `\n${result.requests.total} requests in ${result.duration} s at ${settings.connections} connections, ` +
      `${failed} failed${failed > 0 ? `: ${JSON.stringify(failures)}` : ''}\nresults: ${out}`,
  );
  return failed === 0 && !interrupted;
}

let ok = false;
try {
  ok = await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
} finally {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`clean-up failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}
process.exit(ok ? 0 : 1);
