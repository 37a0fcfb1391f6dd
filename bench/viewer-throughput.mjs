/**
 * Viewer throughput: how many authenticated `viewer` queries per second Ledgerline serves, next
 * to a bare Apollo Server 5 on the same HTTP stack (the ceiling on this machine).
 *
 * Subjects: Ledgerline (server/dist/main.js) on PostgreSQL (a fresh `ledgerline_bench_<random>` database,
 * created and dropped here) and on the embedded PGlite default (a fresh temporary DATA_DIR).
 * For each subject and each connection count, the baseline and the subject run back to back
 * (baseline c=1, subject c=1, baseline c=16, …), each with a warm-up and then a measured run.
 *
 * Run it with `npm run bench` (bench/run.sh builds the server first). Writes JSON and Markdown
 * into bench/results/ and prints the table. Exits 1 when any request failed (non-2xx, socket
 * error, timeout, or a body other than the expected one, e.g. one carrying `errors`).
 *
 * Environment (all optional; the defaults are what docs/BENCHMARKS.md reports):
 *   BENCH_CONNECTIONS       comma-separated connection counts (1,16,64)
 *   BENCH_WARMUP_SECONDS    warm-up per run (3)
 *   BENCH_DURATION_SECONDS  measured seconds per run (10)
 *   BENCH_SUBJECTS          comma-separated, of postgresql,pglite (both)
 *   BENCH_PG_ADMIN_URL      a loopback PostgreSQL to create ledgerline_bench_<random> on
 *                           (postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SCENARIOS         comma-separated, of viewer,lists (both): `lists` measures, on
 *                           PostgreSQL only, the Overview page's whole query (session cookie) and a
 *                           partner's invoices(first: 50) with lines, payments and credit notes (API
 *                           token), with the account's lists seeded at each length below
 *   BENCH_LIST_LENGTHS      comma-separated list lengths (10,50,200)
 *   BENCH_LIST_CONNECTIONS  connections for the list runs (16)
 *   BENCH_PROFILE=1         also record a V8 CPU profile of each Ledgerline server and summarise
 *                           where its time went (slows it down: not for the reference figures)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { CookieClient } from './lib/cookie-client.mjs';
import { seedLists } from './lib/list-seed.mjs';
import {
  benchDir,
  benchmark,
  integerSetting,
  integersSetting,
  namesSetting,
  pgAdminUrlSetting,
  postgresVersion,
  requireNode24,
  resultsDir,
  withClient,
} from './lib/harness.mjs';
import {
  machineCpuSeconds,
  packageVersion,
  processCpuSeconds,
  readText,
  rootDir,
} from './lib/machine.mjs';

const serverEntry = path.join(rootDir, 'server', 'dist', 'main.js');
const baselineEntry = path.join(benchDir, 'baseline-server.mjs');

const viewerQuery =
  '{ viewer { user { id email name } account { id name plan { code name } } role permissions isOperator } }';
const baselineQuery = '{ viewer }';

/** The Overview page's whole query (web/src/pages/overview/*.graphql, fragments inlined). */
const overviewQuery = `query Overview {
  viewer { role permissions account {
    id name
    plan { id name description includedSeats trialDays features { key label } limits { key label limit } }
    amountDue { amount currency formatted }
    creditBalance { amount currency formatted }
    subscription { id status currency upcomingInvoice { date amountDue { amount currency formatted } } }
    usage { key label used limit resetsAt }
    suspendedAt preferredCurrency onboardedAt
    billingDetails { updatedAt }
  } }
  plans { id code name description rank customPricing
    prices { id interval currency amount { amount currency formatted } } }
}`;

/**
 * A partner's page of invoices with their lines, payments and credit notes, through an API token.
 * As many fields as the API's cost limit (graphql/limits.ts: 5000) lets one request ask for: the
 * same query with amounts as Money objects on the lines and payments costs more than that.
 */
const partnerInvoicesQuery =
  '{ invoices(first: 50) { edges { node { id number status currency issuedAt total { amount } ' +
  'lines { kind quantity } payments { id status } creditNotes { id number } } } ' +
  'pageInfo { hasNextPage } } }';
// Its own name each run: two runs on one PostgreSQL server (two checkouts) must not drop each
// other's database.
const benchDatabase = `ledgerline_bench_${randomBytes(3).toString('hex')}`;
const benchUser = { email: 'bench@example.com', name: 'Bench User' };

// ---------------------------------------------------------------------------------------------
// Settings

const settings = {
  connections: integersSetting('BENCH_CONNECTIONS', [1, 16, 64]),
  warmupSeconds: integerSetting('BENCH_WARMUP_SECONDS', 3),
  durationSeconds: integerSetting('BENCH_DURATION_SECONDS', 10),
  pipelining: 1,
  subjects: namesSetting('BENCH_SUBJECTS', ['postgresql', 'pglite'], ['postgresql', 'pglite']),
  pgAdminUrl: pgAdminUrlSetting(),
  profile: process.env.BENCH_PROFILE === '1',
  scenarios: namesSetting('BENCH_SCENARIOS', ['viewer', 'lists'], ['viewer', 'lists']),
  listLengths: integersSetting('BENCH_LIST_LENGTHS', [10, 50, 200]),
  listConnections: integerSetting('BENCH_LIST_CONNECTIONS', 16),
};
requireNode24();

// ---------------------------------------------------------------------------------------------
// Clean-up and interruption (bench/lib/harness.mjs): an interruption stops the running load and
// lets the main flow unwind through the clean-ups.

let activeLoad = null;
const bench = benchmark('viewer-throughput', { onInterrupt: () => activeLoad?.stop() });

// ---------------------------------------------------------------------------------------------
// Machine facts and CPU accounting

function cpuSnapshot(serverPid) {
  return {
    at: process.hrtime.bigint(),
    loadgen: process.cpuUsage(),
    server: processCpuSeconds(serverPid),
    machine: machineCpuSeconds(),
  };
}

/** CPU use between two snapshots, in percent of one core (the machine has nproc × 100 %). */
function cpuBetween(a, b) {
  const wall = Number(b.at - a.at) / 1e9;
  const loadgen =
    (b.loadgen.user - a.loadgen.user + b.loadgen.system - a.loadgen.system) / 1e6 / wall;
  const server = a.server === null || b.server === null ? null : (b.server - a.server) / wall;
  const machine = (b.machine.busy - a.machine.busy) / wall;
  const steal = (b.machine.steal - a.machine.steal) / wall;
  const pct = (x) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    loadgenPct: pct(loadgen),
    serverPct: pct(server),
    machinePct: pct(machine),
    otherPct: server === null ? null : pct(Math.max(0, machine - loadgen - server)),
    stealPct: pct(steal),
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes

async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Settings Ledgerline reads from the environment; never inherited from the caller's shell. */
const serverVariables = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'DATA_DIR',
  'LOG_LEVEL',
  'GOOGLE_CLIENT_ID',
  'GOOGLE_CLIENT_SECRET',
  'GOOGLE_ISSUER',
  'DEV_SIGN_IN',
  'OPERATOR_EMAILS',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'TRUST_PROXY',
  'NODE_OPTIONS',
];

function childEnv(overrides) {
  const env = { ...process.env };
  for (const name of serverVariables) delete env[name];
  return { ...env, ...overrides };
}

function tail(file, lines = 30) {
  return (readText(file) ?? '').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Starts a Node child with the benchmark's own Node 24; output goes to a log file. */
function startChild(name, entry, env, logPath, nodeArgs = []) {
  const log = createWriteStream(logPath);
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  let stopped;
  const stop = () => (stopped ??= stopNow());
  const stopNow = async () => {
    if (running()) {
      child.kill('SIGTERM');
      const ended = await Promise.race([exited, sleep(25_000).then(() => null)]);
      if (ended === null) {
        console.error(`${name} did not stop within 25 s; killing it`);
        child.kill('SIGKILL');
      }
    }
    await exited;
    await new Promise((resolve) => log.end(resolve));
  };
  bench.cleanups.push(stop);
  return { name, pid: child.pid, exited, running, stop, logPath };
}

async function waitReady(proc, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    bench.checkInterrupted();
    if (!proc.running()) {
      const { code, signal } = await proc.exited;
      throw new Error(
        `${proc.name} exited (code ${code}, signal ${signal}) before it was ready:\n` +
          tail(proc.logPath),
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(
    `${proc.name} was not ready within ${timeoutMs / 1000} s:\n${tail(proc.logPath)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

const withAdmin = (fn) => withClient(settings.pgAdminUrl, fn);

async function dropBenchDatabase() {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`));
}

/**
 * Transactions PostgreSQL has committed or rolled back in the bench database. Each of the ORM's
 * statements outside an explicit transaction is one, so the difference over a window divided by
 * the requests sent is the statements per request. PostgreSQL publishes a busy backend's
 * counts at most once a second and an idle one's within 10 s, so this waits until 11 s after
 * `quietSince` (the end of the subject's last load).
 */
async function databaseTransactions(admin, quietSince) {
  const wait = quietSince + 11_000 - Date.now();
  if (wait > 0) await sleep(wait);
  bench.checkInterrupted();
  const { rows } = await admin.query(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
    [benchDatabase],
  );
  return Number(rows[0]?.n ?? NaN);
}

// ---------------------------------------------------------------------------------------------
// Load

/** One autocannon run. Records every response's latency (autocannon keeps whole ms only). */
async function load(target, connections, seconds, { recordLatencies }) {
  let latencies = new Float64Array(recordLatencies ? 1 << 16 : 0);
  let count = 0;
  const instance = autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections,
    pipelining: settings.pipelining,
    duration: seconds,
    timeout: 10,
    verifyBody: (body) => body === target.expectedBody,
  });
  activeLoad = instance;
  if (recordLatencies) {
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (count === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[count++] = ms;
    });
  }
  try {
    const result = await instance;
    return { result, latencies: latencies.subarray(0, count).sort() };
  } finally {
    activeLoad = null;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const round = (x, digits = 2) => (x === null ? null : Number(x.toFixed(digits)));

function failures(result) {
  return {
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatchedBodies: result.mismatches,
  };
}

const failedCount = (f) => f.non2xx + f.errors + f.timeouts + f.mismatchedBodies;

/** Warm-up, then the measured run, with CPU accounting around the measured run only. */
async function measure(target, connections) {
  bench.checkInterrupted();
  const warm = await load(target, connections, settings.warmupSeconds, {
    recordLatencies: false,
  });
  bench.checkInterrupted();
  const before = cpuSnapshot(target.pid);
  const { result, latencies } = await load(target, connections, settings.durationSeconds, {
    recordLatencies: true,
  });
  const after = cpuSnapshot(target.pid);
  bench.checkInterrupted();
  const measured = failures(result);
  const warmup = failures(warm.result);
  const run = {
    requestsPerSecondMean: result.requests.average,
    requestsPerSecondStddev: result.requests.stddev,
    requestsTotal: result.requests.total,
    // Sent includes the requests still in flight when the run stopped (the server completes them).
    requestsSent: result.requests.sent,
    durationSeconds: result.duration,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(percentile(latencies, 100)),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      samples: latencies.length,
      autocannonWholeMs: {
        p50: result.latency.p50,
        p99: result.latency.p99,
        mean: result.latency.average,
      },
    },
    ...measured,
    warmup: {
      requestsTotal: warm.result.requests.total,
      requestsSent: warm.result.requests.sent,
      ...warmup,
    },
    cpu: cpuBetween(before, after),
    failed: failedCount(measured) + failedCount(warmup) > 0,
  };
  return { run, warmupRequestsSent: warm.result.requests.sent };
}

function describe(label, connections, run) {
  const f = failedCount(run) + failedCount(run.warmup);
  return (
    `  ${label.padEnd(22)} c=${String(connections).padStart(2)}  ` +
    `${run.requestsPerSecondMean.toFixed(1).padStart(8)} req/s  ` +
    `p50 ${String(run.latencyMs.p50).padStart(6)} ms  p99 ${String(run.latencyMs.p99).padStart(6)} ms  ` +
    `cpu loadgen ${run.cpu.loadgenPct}% server ${run.cpu.serverPct}% machine ${run.cpu.machinePct}%` +
    (f > 0 ? `  FAILED REQUESTS: ${f}` : '')
  );
}

// ---------------------------------------------------------------------------------------------
// Targets

async function fetchBody(url, headers, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
}

async function startBaseline() {
  const port = await freePort();
  const proc = startChild(
    'baseline',
    baselineEntry,
    childEnv({ PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development' }),
    path.join(resultsDir, `${bench.stamp}-baseline.log`),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitReady(proc, `${url}/readyz`);
  return { proc, url };
}

/** The baseline as a load target, sending the same headers (cookie included) as the subject. */
async function baselineTarget(baseline, headers) {
  const body = JSON.stringify({ query: baselineQuery });
  const reference = await fetchBody(`${baseline.url}/graphql`, headers, body);
  const parsed = JSON.parse(reference.text);
  if (reference.status !== 200 || parsed.errors !== undefined || parsed.data?.viewer == null) {
    throw new Error(`baseline answered ${reference.status}: ${reference.text.slice(0, 300)}`);
  }
  return {
    label: 'baseline',
    url: baseline.url,
    pid: baseline.proc.pid,
    headers,
    body,
    expectedBody: reference.text,
  };
}

async function startLedgerline(kind) {
  const port = await freePort();
  const env = {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  let dataDir;
  if (kind === 'postgresql') {
    const url = new URL(settings.pgAdminUrl);
    url.pathname = `/${benchDatabase}`;
    env.DATABASE_URL = url.toString();
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ledgerline-bench-'));
    bench.cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    env.DATA_DIR = dataDir;
  }
  const started = Date.now();
  const profileDir = settings.profile
    ? path.join(resultsDir, `${bench.stamp}-profile-${kind}`)
    : undefined;
  const proc = startChild(
    `ledgerline (${kind})`,
    serverEntry,
    childEnv(env),
    path.join(resultsDir, `${bench.stamp}-ledgerline-${kind}.log`),
    profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  );
  // The server's PUBLIC_URL defaults to http://localhost:<port>; cookies, redirects and the
  // Origin check use that origin.
  const url = `http://localhost:${port}`;
  await waitReady(proc, `http://127.0.0.1:${port}/readyz`);
  const readySeconds = (Date.now() - started) / 1000;

  const client = new CookieClient(url);
  const landed = await client.signInWithDevProvider(benchUser.email, benchUser.name);
  const cookie = client.cookie('ll_session');
  if (cookie === undefined) {
    throw new Error(`sign-in set no ll_session cookie (landed on ${landed})`);
  }
  const headers = { 'content-type': 'application/json', cookie: `ll_session=${cookie}` };
  const body = JSON.stringify({ query: viewerQuery });
  const target = `http://127.0.0.1:${port}`;
  const reference = await fetchBody(`${target}/graphql`, headers, body);
  const parsed = JSON.parse(reference.text);
  const viewer = parsed.data?.viewer;
  if (reference.status !== 200 || parsed.errors !== undefined || viewer == null) {
    throw new Error(`viewer query answered ${reference.status}: ${reference.text.slice(0, 300)}`);
  }
  if (viewer.account == null) {
    throw new Error(`the signed-in viewer has no account: ${reference.text.slice(0, 300)}`);
  }
  return {
    proc,
    readySeconds,
    profileDir,
    target: {
      label: `ledgerline (${kind})`,
      url: target,
      pid: proc.pid,
      headers,
      body,
      expectedBody: reference.text,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Lists (BENCH_SCENARIOS includes `lists`, PostgreSQL only)

/** A load target for `query` on the subject, checked once (200, no `errors`, data present). */
async function queryTarget(subject, label, headers, query, check) {
  const body = JSON.stringify({ query });
  const reference = await fetchBody(`${subject.target.url}/graphql`, headers, body);
  const parsed = JSON.parse(reference.text);
  if (reference.status !== 200 || parsed.errors !== undefined || !check(parsed.data)) {
    throw new Error(`${label} answered ${reference.status}: ${reference.text.slice(0, 500)}`);
  }
  return {
    label,
    url: subject.target.url,
    pid: subject.target.pid,
    headers,
    body,
    expectedBody: reference.text,
    responseBytes: Buffer.byteLength(reference.text),
  };
}

/**
 * For each list length: seeds the account's lists, then runs the baseline and each list query
 * back to back at BENCH_LIST_CONNECTIONS, with statements per request counted as for `viewer`.
 */
async function measureLists(subject, baseline, admin) {
  const cookieHeaders = subject.target.headers;
  const benchUrl = new URL(settings.pgAdminUrl);
  benchUrl.pathname = `/${benchDatabase}`;
  const db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();
  try {
    return await measureListsOn(db, subject, baseline, admin, cookieHeaders);
  } finally {
    await db.end();
  }
}

async function measureListsOn(db, subject, baseline, admin, cookieHeaders) {
  const { rows } = await db.query('select id from account');
  if (rows.length !== 1) throw new Error(`expected one account in ${benchDatabase}`);
  const accountId = rows[0].id;
  // A plan without a monthly API request limit, so the partner runs are never refused for quota.
  const moved = await db.query(
    `update account set plan_id = (select id from plan where active
       and limits -> 'api_requests_per_month' = 'null'::jsonb order by rank limit 1)
     where id = $1 and exists (select 1 from plan where active
       and limits -> 'api_requests_per_month' = 'null'::jsonb)`,
    [accountId],
  );
  if (moved.rowCount !== 1) throw new Error('no plan without an API request limit to move to');
  const created = await fetchBody(
    `${subject.target.url}/graphql`,
    cookieHeaders,
    JSON.stringify({
      query:
        'mutation { createApiToken(input: { name: "bench", scopes: [ACCOUNT_READ, INVOICES_READ] }) { secret } }',
    }),
  );
  const secret = JSON.parse(created.text).data?.createApiToken?.secret;
  if (typeof secret !== 'string') {
    throw new Error(`createApiToken answered ${created.status}: ${created.text.slice(0, 300)}`);
  }
  const tokenHeaders = { 'content-type': 'application/json', authorization: `Bearer ${secret}` };
  const base = await baselineTarget(baseline, cookieHeaders);

  const cells = [];
  let quietSince = Date.now();
  let counted = null;
  const settle = (counter) => {
    if (counted !== null) {
      counted.databaseStatementsPerRequest =
        (counter - counted.counterBefore) / counted.requestsSentIncludingWarmup;
      delete counted.counterBefore;
      counted = null;
    }
  };
  for (const length of settings.listLengths) {
    bench.checkInterrupted();
    await seedLists(db, accountId, length);
    // Each target's expected answer is taken just before its run: the Overview shows the API
    // requests used this month, which the partner runs count up.
    const targets = [
      () =>
        queryTarget(
          subject,
          'overview',
          cookieHeaders,
          overviewQuery,
          (d) => Array.isArray(d?.plans) && d.plans.length >= length && d.viewer?.account != null,
        ),
      () =>
        queryTarget(
          subject,
          'partner invoices',
          tokenHeaders,
          partnerInvoicesQuery,
          (d) => d?.invoices?.edges?.length === Math.min(50, length),
        ),
    ];
    for (const targetFor of targets) {
      const target = await targetFor();
      const connections = settings.listConnections;
      const b = await measure(base, connections);
      console.log(describe('baseline', connections, b.run));
      const counterBefore = await databaseTransactions(admin, quietSince);
      settle(counterBefore);
      const l = await measure(target, connections);
      console.log(describe(`${target.label} n=${length}`, connections, l.run));
      quietSince = Date.now();
      const cell = {
        query: target.label,
        listLength: length,
        connections,
        responseBytes: target.responseBytes,
        baseline: b.run,
        ledgerline: l.run,
        ratio:
          b.run.requestsPerSecondMean > 0
            ? l.run.requestsPerSecondMean / b.run.requestsPerSecondMean
            : null,
        databaseStatementsPerRequest: null,
        requestsSentIncludingWarmup: l.warmupRequestsSent + l.run.requestsSent,
        counterBefore,
      };
      cells.push(cell);
      counted = cell;
    }
  }
  settle(await databaseTransactions(admin, quietSince));
  return cells;
}

// ---------------------------------------------------------------------------------------------
// Optional CPU profile (BENCH_PROFILE=1)

/** Where a profiled function lives: an npm package, a file of the server, or Node itself. */
function codeOwner(url) {
  if (url === '') return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg !== null) return pkg[1];
  if (url.includes('/server/dist/')) return `server: ${url.split('/server/dist/')[1]}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

/**
 * Self time of the server's whole life (start-up and sign-in included; the load dominates), by
 * package and by function, as a share of its busy time (idle excluded: the server idles while
 * the baseline runs). Native frames (socket writes, GC) are listed by name.
 */
function summariseProfile(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return null;
  const profile = JSON.parse(readFileSync(path.join(dir, files[0]), 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
    totalMs += ms;
  });
  const byOwner = new Map();
  const byFunction = new Map();
  let idleMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id).callFrame;
    if (frame.url === '' && frame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const owner =
      frame.url === '' ? `${frame.functionName || '(other)'} (native)` : codeOwner(frame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} (${codeOwner(frame.url)})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        pct: round((100 * ms) / (totalMs - idleMs), 1),
      }));
  return {
    file: path.relative(rootDir, path.join(dir, files[0])),
    totalMs: Math.round(totalMs),
    busyMs: Math.round(totalMs - idleMs),
    byOwner: top(byOwner, 15),
    byFunction: top(byFunction, 15),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function fmtRate(x) {
  return x.toFixed(1);
}

function fmtRatio(pair) {
  return pair.ratio === null ? 'n/a' : pair.ratio.toFixed(3);
}

function markdown(report) {
  const m = report.machine;
  const lines = [];
  lines.push(`## Viewer throughput — ${report.startedAt}`);
  lines.push('');
  lines.push(
    report.status === 'ok'
      ? 'Status: **ok** (no failed requests).'
      : `Status: **${report.status.toUpperCase()}**`,
  );
  if (report.error) lines.push('', `Error: ${report.error}`);
  lines.push('');
  lines.push(
    `Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB RAM, ${m.kernel}; ` +
      `Node ${m.node}; ${m.postgres ?? 'PostgreSQL n/a'}; PGlite ${m.pglite}; ` +
      `autocannon ${m.autocannon}, @apollo/server ${m.apolloServer}, graphql ${m.graphql}, ` +
      `express ${m.express}.`,
  );
  lines.push(
    `Runs: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s measured per ` +
      `cell, pipelining ${settings.pipelining}; load generator (autocannon, one thread) on the ` +
      `same machine. Commit ${report.git.commit?.slice(0, 12) ?? 'n/a'}` +
      `${report.git.dirty ? ' (work tree had uncommitted changes outside bench/)' : ''}, server build ` +
      `${report.serverBuild.sha256} of ${report.serverBuild.builtAt}.`,
  );
  if (report.machineBusyBeforePct != null) {
    lines.push(
      `Machine CPU in use just before the run (other processes): ${report.machineBusyBeforePct} % ` +
        `of one core.`,
    );
  }
  if (report.disturbedPct != null) {
    lines.push(
      '',
      `**Disturbed run: other processes used up to ${report.disturbedPct} % of a core during a ` +
        'measured run where nothing else should have been running; these figures understate ' +
        'the machine. Rerun on a quiet machine.**',
    );
  }
  if (settings.profile) {
    lines.push(
      '',
      '**Profiled run (BENCH_PROFILE=1): throughput is lower than without profiling.**',
    );
  }
  for (const subject of report.subjects) {
    lines.push('');
    lines.push(`### Ledgerline on ${subject.database} vs. bare Apollo Server`);
    lines.push('');
    lines.push(
      '| Connections | Baseline req/s | Ledgerline req/s | Ratio (L/B) | Baseline p50 / p99 ms | Ledgerline p50 / p99 ms | Failed requests (B / L) |',
    );
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of subject.pairs) {
      const b = p.baseline;
      const l = p.ledgerline;
      lines.push(
        `| ${p.connections} | ${fmtRate(b.requestsPerSecondMean)} | ${fmtRate(l.requestsPerSecondMean)} | ` +
          `${fmtRatio(p)} | ${b.latencyMs.p50} / ${b.latencyMs.p99} | ` +
          `${l.latencyMs.p50} / ${l.latencyMs.p99} | ` +
          `${failedCount(b) + failedCount(b.warmup)} / ${failedCount(l) + failedCount(l.warmup)} |`,
      );
    }
    lines.push('');
    lines.push(
      `CPU during the measured runs, % of one core (the machine has ${m.nproc * 100} %); ` +
        '"other" is the rest of the machine (PostgreSQL backends, the OS, anything else ' +
        'running); "steal" is CPU time the hypervisor withheld:',
    );
    lines.push('');
    const dbColumn = subject.database.startsWith('PostgreSQL');
    lines.push(
      `| Connections | Run | Load generator | Server process | Other | Machine | Steal |${dbColumn ? ' DB statements / request |' : ''}`,
    );
    lines.push(`| ---: | :--- | ---: | ---: | ---: | ---: | ---: |${dbColumn ? ' ---: |' : ''}`);
    for (const p of subject.pairs) {
      for (const [name, run] of [
        ['baseline', p.baseline],
        ['ledgerline', p.ledgerline],
      ]) {
        const c = run.cpu;
        const db =
          name === 'ledgerline' && p.databaseStatementsPerRequest != null
            ? ` ${p.databaseStatementsPerRequest.toFixed(2)} |`
            : ' |';
        lines.push(
          `| ${p.connections} | ${name} | ${c.loadgenPct} | ${c.serverPct} | ${c.otherPct} | ${c.machinePct} | ${c.stealPct} |${dbColumn ? db : ''}`,
        );
      }
    }
    if ((subject.lists ?? []).length > 0) {
      lines.push('');
      lines.push(
        `Lists on ${subject.database}, ${settings.listConnections} connections: the Overview ` +
          "page's whole query (session cookie; `plans` holds the seeded plans plus the catalog's) " +
          "and a partner's `invoices(first: 50)` with lines, payments and credit notes (API " +
          'token), at each seeded list length; the baseline ran just before each:',
      );
      lines.push('');
      lines.push(
        '| Query | List length | Response bytes | Baseline req/s | Ledgerline req/s | Ratio (L/B) | Ledgerline p50 / p99 ms | Server CPU % | DB statements / request | Failed (B / L) |',
      );
      lines.push('| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const c of subject.lists) {
        const b = c.baseline;
        const l = c.ledgerline;
        lines.push(
          `| ${c.query} | ${c.listLength} | ${c.responseBytes} | ${fmtRate(b.requestsPerSecondMean)} | ` +
            `${fmtRate(l.requestsPerSecondMean)} | ${fmtRatio(c)} | ${l.latencyMs.p50} / ${l.latencyMs.p99} | ` +
            `${l.cpu.serverPct} | ${c.databaseStatementsPerRequest == null ? 'n/a' : c.databaseStatementsPerRequest.toFixed(2)} | ` +
            `${failedCount(b) + failedCount(b.warmup)} / ${failedCount(l) + failedCount(l.warmup)} |`,
        );
      }
    }
    if (subject.profile != null) {
      lines.push('');
      lines.push(
        `CPU profile of the Ledgerline server (${subject.profile.file}): self time over its whole ` +
          `life; % of its ${subject.profile.busyMs} ms busy (${subject.profile.totalMs} ms ` +
          'sampled, the rest idle):',
      );
      lines.push('');
      lines.push('| Package / file | ms | % | | Function | ms | % |');
      lines.push('| :--- | ---: | ---: | --- | :--- | ---: | ---: |');
      const { byOwner, byFunction } = subject.profile;
      for (let i = 0; i < Math.max(byOwner.length, byFunction.length); i++) {
        const o = byOwner[i];
        const f = byFunction[i];
        lines.push(
          `| ${o?.name ?? ''} | ${o?.ms ?? ''} | ${o?.pct ?? ''} | | ${f?.name ?? ''} | ${f?.ms ?? ''} | ${f?.pct ?? ''} |`,
        );
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const report = bench.report({
    settings: { ...settings },
    query: viewerQuery,
    baselineQuery,
    machine: {
      postgres: null,
      pglite: packageVersion('@electric-sql/pglite'),
      autocannon: packageVersion('autocannon'),
      apolloServer: packageVersion('@apollo/server'),
      graphql: packageVersion('graphql'),
      express: packageVersion('express'),
    },
    subjects: [],
  });

  let admin;
  await bench.run({
    report,
    markdown,
    latest: 'latest',
    body: async () => {
      if (settings.subjects.includes('postgresql')) {
        admin = new pg.Client({ connectionString: settings.pgAdminUrl });
        await admin.connect();
        bench.cleanups.push(() => admin.end());
        report.machine.postgres = await postgresVersion(admin);
      }

      // Other processes on the machine skew every figure; record how busy it was beforehand.
      const idleBefore = cpuSnapshot(process.pid);
      await sleep(2_000);
      const busy = cpuBetween(idleBefore, cpuSnapshot(process.pid));
      report.machineBusyBeforePct = round(Math.max(0, busy.machinePct - busy.loadgenPct), 1);
      if (report.machineBusyBeforePct > 20) {
        console.warn(
          `warning: other processes are using ${report.machineBusyBeforePct} % of a core; ` +
            'the figures will be lower and noisier than on a quiet machine',
        );
      }

      console.log(
        `viewer throughput: subjects ${settings.subjects.join(', ')}; connections ` +
          `${settings.connections.join(', ')}; ${settings.warmupSeconds} s warm-up + ` +
          `${settings.durationSeconds} s per run`,
      );
      const baseline = await startBaseline();

      for (const kind of settings.subjects) {
        bench.checkInterrupted();
        if (kind === 'postgresql') {
          await dropBenchDatabase();
          await withAdmin((c) => c.query(`CREATE DATABASE ${benchDatabase}`));
          bench.cleanups.push(dropBenchDatabase);
        }
        const subject = await startLedgerline(kind);
        const base = await baselineTarget(baseline, subject.target.headers);
        const entry = {
          name: kind,
          database:
            kind === 'postgresql' ? report.machine.postgres : `PGlite ${report.machine.pglite}`,
          readySeconds: subject.readySeconds,
          pairs: [],
        };
        report.subjects.push(entry);
        console.log(
          `\n${subject.target.label}: ready in ${subject.readySeconds.toFixed(1)} s, signed in`,
        );

        // PostgreSQL statement counts are read right after each baseline run, when this
        // subject's backends have been quiet long enough to have published theirs, and once more
        // after the server has stopped (backends publish when they exit).
        const counting = admin !== undefined && kind === 'postgresql';
        let quietSince = Date.now();
        let counted = null;
        const settle = (counter, pair) => {
          if (pair !== null) {
            pair.databaseStatementsPerRequest =
              (counter - pair.counterBefore) / pair.subjectRequestsSentIncludingWarmup;
            delete pair.counterBefore;
          }
        };
        for (const connections of settings.scenarios.includes('viewer')
          ? settings.connections
          : []) {
          const b = await measure(base, connections);
          console.log(describe('baseline', connections, b.run));
          let counterBefore = null;
          if (counting) {
            counterBefore = await databaseTransactions(admin, quietSince);
            settle(counterBefore, counted);
          }
          const l = await measure(subject.target, connections);
          console.log(describe(subject.target.label, connections, l.run));
          quietSince = Date.now();
          const pair = {
            connections,
            baseline: b.run,
            ledgerline: l.run,
            ratio:
              b.run.requestsPerSecondMean > 0
                ? l.run.requestsPerSecondMean / b.run.requestsPerSecondMean
                : null,
            databaseStatementsPerRequest: null,
            subjectRequestsSentIncludingWarmup: l.warmupRequestsSent + l.run.requestsSent,
            counterBefore,
          };
          entry.pairs.push(pair);
          counted = counting ? pair : null;
        }
        if (counted !== null) settle(await databaseTransactions(admin, quietSince), counted);
        counted = null;
        if (kind === 'postgresql' && settings.scenarios.includes('lists')) {
          entry.lists = await measureLists(subject, baseline, admin);
        }
        // Let requests the load generator abandoned at the end of its last run finish before the
        // server stops (its shutdown would otherwise close the database under them).
        await sleep(2_000);
        await subject.proc.stop();
        if (subject.profileDir !== undefined) entry.profile = summariseProfile(subject.profileDir);
        if (counted !== null) settle(await databaseTransactions(admin, 0), counted);
        for (const pair of entry.pairs) delete pair.counterBefore;
        for (const cell of entry.lists ?? []) delete cell.counterBefore;
        if (kind === 'postgresql') {
          await dropBenchDatabase();
        }
      }
      // "Other" CPU should be near zero while the baseline or PGlite subject runs (there is no
      // separate database process then); more means something else was competing for the CPUs.
      const disturbance = Math.max(
        0,
        ...report.subjects.flatMap((s) =>
          s.pairs.flatMap((p) => [
            p.baseline.cpu.otherPct ?? 0,
            s.name === 'pglite' ? (p.ledgerline.cpu.otherPct ?? 0) : 0,
          ]),
        ),
      );
      report.disturbedPct = disturbance > 20 ? disturbance : null;
      if (report.disturbedPct !== null) {
        console.warn(
          `warning: other processes used up to ${disturbance} % of a core during the runs; ` +
            'rerun on a quiet machine',
        );
      }
      const failed = report.subjects.some((s) =>
        [...s.pairs, ...(s.lists ?? [])].some((p) => p.baseline.failed || p.ledgerline.failed),
      );
      report.status = failed ? 'failed' : 'ok';
    },
  });
}

await main();
