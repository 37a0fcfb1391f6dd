/**
 * Webhook ingestion: how fast `POST /webhooks/stripe` accepts validly signed Stripe events, how
 * fast the workers then process them, and proof that every effect was applied exactly once —
 * with the route queueing (the deployment's mode) and, in the same run, processing inline
 * (STRIPE_WEBHOOK_INLINE=1), for comparison.
 *
 * One localstripe (the Stripe stand-in the tests use, from .venv-localstripe) holds K card
 * payments, each charged (PaymentIntent, confirmed) and then refunded once. For each mode a fresh
 * database (created here, dropped at the end, Ctrl-C included) is migrated and seeded with the K
 * paid invoices and their card payments (SQL), and server/dist/main.js starts on it with workers
 * (as `npm start` would, LOG_LEVEL=warn). Then:
 * - N deliveries are made from U = N × (1 − duplicate share) unique events about those K charges:
 *   three in four `charge.refunded`, one in four `charge.dispute.created` (a dispute per charge),
 *   the rest redeliveries of random ones, shuffled, each signed with the endpoint secret just
 *   before the run, and posted by autocannon over C connections, each request once;
 * - accepted/s = N ÷ the posting time; p50/p99 from every response's latency;
 * - processed/s = U ÷ (time the last event was processed − the first post), from the database;
 * - CPU a delivery while posting (ms of one core): of the process posted to, of this database's
 *   PostgreSQL backends (the route's and the worker's connections), of the worker process beside
 *   it and of localstripe (read from /proc: robust on a shared machine, unlike the rates);
 * - checks (SQL): every unique event stored once and processed; per charge exactly one refund and
 *   one credit note for it, one dispute, one dispute audit event and one mail per operator; no
 *   event needed a second attempt.
 * Handlers re-read every charge (and its refunds) from localstripe, which answers one request at
 * a time: processed/s is bounded by it, and the inline mode's accepted/s too.
 *
 * Run it with `bash bench/run.sh webhooks` (builds the server first). Writes JSON and Markdown into
 * bench/results/ and prints the table. Exits 1 when a check fails or a delivery was not answered 200.
 *
 * Environment (all optional; the defaults are what docs/BENCHMARKS.md reports):
 *   WEBHOOK_EVENTS          deliveries per mode (10000)
 *   WEBHOOK_DUPLICATES      share of deliveries that are redeliveries (0.2)
 *   WEBHOOK_CONNECTIONS     concurrent connections (32)
 *   WEBHOOK_CHARGES         card payments the events are about (100)
 *   WEBHOOK_MODES           comma-separated, of queued,inline (both)
 *   WEBHOOK_SEPARATE_WORKER 0: one process posts and works (default 1: the process posted to
 *                           runs no workers, a second process does, as in a scaled deployment)
 *   WEBHOOK_WORKERS_AFTER_POSTING=1  start the worker process only once every delivery was
 *                           answered (queued mode): the route measured without processing beside
 *                           it on the same cores, and processing timed from the worker's start
 *   WEBHOOK_WORKER_NICE     WORKER_NICE of the worker process, 0 to 19 (10, what
 *                           docs/DEPLOYMENT.md recommends for a worker process sharing cores with
 *                           the API, as this one does; 0 measures it at the same priority)
 *   BENCH_PG_ADMIN_URL      a loopback PostgreSQL to create the databases on
 *                           (postgres://postgres@127.0.0.1:5432/postgres)
 *   LOCALSTRIPE_BIN         localstripe executable (.venv-localstripe/bin/localstripe)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import Stripe from 'stripe';
import {
  command,
  machineCpuSeconds,
  machineFacts,
  packageVersion,
  processCpuSeconds,
  readText,
  rootDir,
  serverBuild,
} from './lib/machine.mjs';

const resultsDir = path.join(rootDir, 'bench', 'results');
const serverEntry = path.join(rootDir, 'server', 'dist', 'main.js');
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
/** The issue's goal for the queued route on this machine. */
const goal = { acceptedPerSecond: 1_500, p99Ms: 25 };
const webhookSecret = 'whsec_ledgerline_bench';
const operatorEmail = 'ops@vendor.example';

function numberSetting(name, fallback, { integer = true, min = 1, max = Infinity } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max
  ) {
    throw new Error(`${name} must be a number from ${min} to ${max}`);
  }
  return value;
}

const settings = {
  events: numberSetting('WEBHOOK_EVENTS', 10_000),
  duplicateShare: numberSetting('WEBHOOK_DUPLICATES', 0.2, { integer: false, min: 0, max: 0.9 }),
  connections: numberSetting('WEBHOOK_CONNECTIONS', 32),
  charges: numberSetting('WEBHOOK_CHARGES', 100),
  separateWorker: process.env.WEBHOOK_SEPARATE_WORKER !== '0',
  workersAfterPosting: process.env.WEBHOOK_WORKERS_AFTER_POSTING === '1',
  workerNice: numberSetting('WEBHOOK_WORKER_NICE', 10, { min: 0, max: 19 }),
  modes: (process.env.WEBHOOK_MODES ?? 'queued,inline').split(',').map((m) => m.trim()),
  pgAdminUrl: process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  localstripeBin:
    process.env.LOCALSTRIPE_BIN ?? path.join(rootDir, '.venv-localstripe', 'bin', 'localstripe'),
};
for (const mode of settings.modes) {
  if (mode !== 'queued' && mode !== 'inline') throw new Error(`unknown mode ${mode}`);
}
if (!loopbackHosts.has(new URL(settings.pgAdminUrl).hostname)) {
  throw new Error('BENCH_PG_ADMIN_URL must point at a loopback address');
}
if (!existsSync(settings.localstripeBin)) {
  throw new Error(
    `localstripe not found at ${settings.localstripeBin}: bash scripts/setup.sh --test`,
  );
}

// ---------------------------------------------------------------------------------------------
// Clean-up and interruption

const cleanups = [];
let interrupted = false;
let activeLoad = null;

function checkInterrupted() {
  if (interrupted) throw new Error('interrupted');
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

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the benchmark and cleaning up…`);
    activeLoad?.stop();
  });
}

// ---------------------------------------------------------------------------------------------
// Processes

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

function tail(file, lines = 30) {
  return (readText(file) ?? '').trimEnd().split('\n').slice(-lines).join('\n');
}

/** A child process whose output goes to a log file; stopped (SIGTERM, then SIGKILL) on clean-up. */
function startChild(name, file, args, env, logPath) {
  const log = createWriteStream(logPath);
  const child = spawn(file, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      if (running()) {
        child.kill('SIGTERM');
        const ended = await Promise.race([exited, sleep(25_000).then(() => null)]);
        if (ended === null) child.kill('SIGKILL');
      }
      await exited;
      await new Promise((resolve) => log.end(resolve));
    })());
  cleanups.push(stop);
  return { name, pid: child.pid, running, stop, logPath };
}

async function waitReady(proc, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    checkInterrupted();
    if (!proc.running()) throw new Error(`${proc.name} exited:\n${tail(proc.logPath)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status < 500) return;
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

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrlOf(name) {
  const url = new URL(settings.pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database with the project's migrations and catalog (as the server applies them). */
async function createDatabase(name) {
  await withClient(settings.pgAdminUrl, (c) => c.query(`create database ${name}`));
  cleanups.push(() =>
    withClient(settings.pgAdminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)),
  );
  const { loadConfig } = await import('../server/dist/config.js');
  const { openDatabase } = await import('../server/dist/db/database.js');
  const { createLogger } = await import('../server/dist/logging.js');
  const database = await openDatabase(
    loadConfig({ DATABASE_URL: databaseUrlOf(name), LOG_LEVEL: 'warn' }),
    createLogger('warn'),
  );
  await database.close();
}

/** K accounts, each with a paid invoice and the card payment (PaymentIntent) that paid it. */
async function seedPaidInvoices(url, charges) {
  await withClient(url, async (client) => {
    const now = new Date();
    const { rows } = await client.query(`select id from plan where code = 'free'`);
    const freePlan = rows[0].id;
    await client.query('begin');
    for (const [index, charge] of charges.entries()) {
      const n = String(index + 1).padStart(5, '0');
      const account = `acc_bench${n}`;
      const invoice = `inv_bench${n}`;
      await client.query(
        `insert into account (id, name, plan_id, created_at, updated_at, alert_topics)
         values ($1, $2, $3, $4, $4, '[]')`,
        [account, `Bench customer ${n}`, freePlan, now],
      );
      await client.query(
        `insert into invoice (id, account_id, number, status, billing_reason, currency, subtotal,
           credit_applied, tax_amount, tax_rate_bps, reverse_charge, total, amount_paid, amount_due,
           issued_at, paid_at, collection_method, created_at)
         values ($1, $2, $3, 'paid', 'subscription_create', 'EUR', $4, 0, 0, 0, false, $4, $4, 0,
           $5, $5, 'card', $5)`,
        [invoice, account, `INV-2026-12-${n}`, charge.amount, now],
      );
      await client.query(
        `insert into payment (id, account_id, invoice_id, method, amount, applied_amount, currency,
           status, reference, idempotency_key, received_at, created_at, stripe_payment_intent_id)
         values ($1, $2, $3, 'card', $4, $4, 'EUR', 'succeeded', $5, $6, $7, $7, $5)`,
        [`pay_bench${n}`, account, invoice, charge.amount, charge.paymentIntent, `bench-${n}`, now],
      );
    }
    await client.query('commit');
  });
}

/** The SQL proof that every effect happened exactly once. */
async function checkEffects(url, expected) {
  return withClient(url, async (client) => {
    const one = async (sql) => (await client.query(sql)).rows[0];
    const events = await one(
      `select count(*)::int as stored,
              count(*) filter (where status = 'processed')::int as processed,
              count(*) filter (where attempts <> 1)::int as retried
       from stripe_event`,
    );
    const perCharge = await one(
      `select
         count(*) filter (where refunds <> 1)::int as payments_without_exactly_one_refund,
         count(*) filter (where notes <> 1)::int as invoices_without_exactly_one_credit_note,
         count(*) filter (where disputes <> 1)::int as payments_without_exactly_one_dispute,
         count(*) filter (where dispute_audits <> 1)::int as disputes_without_exactly_one_audit,
         count(*) filter (where mails <> 1)::int as disputes_without_exactly_one_mail
       from (
         select p.id,
           (select count(*) from payment_refund r where r.payment_id = p.id) as refunds,
           (select count(*) from credit_note c where c.invoice_id = p.invoice_id) as notes,
           (select count(*) from payment_dispute d where d.payment_id = p.id) as disputes,
           (select count(*) from audit_event a where a.action = 'payment.disputed' and a.target = p.id)
             as dispute_audits,
           (select count(*) from mail_message m where m.template = 'paymentDisputed'
              and m.account_id = p.account_id) as mails
         from payment p
       ) per_payment`,
    );
    const totals = await one(
      `select (select count(*) from payment_refund)::int as refunds,
              (select count(*) from credit_note)::int as credit_notes,
              (select count(*) from payment_dispute)::int as disputes,
              (select coalesce(sum(amount), 0)::int from credit_note) as credited`,
    );
    const failures = [];
    if (events.stored !== expected.unique)
      failures.push(`stored ${events.stored} ≠ ${expected.unique}`);
    if (events.processed !== expected.unique) {
      failures.push(`processed ${events.processed} ≠ ${expected.unique}`);
    }
    for (const [name, count] of Object.entries(perCharge)) {
      if (count !== 0) failures.push(`${name}: ${count}`);
    }
    if (totals.refunds !== expected.charges)
      failures.push(`refunds ${totals.refunds} ≠ ${expected.charges}`);
    if (totals.credited !== expected.refunded) {
      failures.push(`credited ${totals.credited} ≠ ${expected.refunded}`);
    }
    return { events, perCharge, totals, failures };
  });
}

/**
 * CPU seconds so far of the PostgreSQL backends serving `database` (the pool's connections of the
 * server and worker processes), by pid: the database's share of a delivery's cost, apart from the
 * other databases on the same PostgreSQL. A backend that ends between two readings loses its CPU
 * from the difference (the pools keep their connections while posting); one that started between
 * them counts whole.
 */
async function backendCpuSeconds(database) {
  const pids = await withClient(settings.pgAdminUrl, async (client) => {
    const { rows } = await client.query(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return rows.map((row) => row.pid);
  });
  const byPid = new Map();
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds !== null) byPid.set(pid, seconds);
  }
  return byPid;
}

/** CPU the backends spent between two readings. */
function backendCpuBetween(before, after) {
  let seconds = 0;
  for (const [pid, end] of after) seconds += end - (before.get(pid) ?? 0);
  return seconds;
}

async function processedTimeline(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `select count(*)::int as processed, max(processed_at) as last, min(received_at) as first
       from stripe_event where status = 'processed'`,
    );
    return rows[0];
  });
}

// ---------------------------------------------------------------------------------------------
// Stripe objects and events

async function startLocalstripe(stamp) {
  const port = await freePort();
  const proc = startChild(
    'localstripe',
    settings.localstripeBin,
    ['--port', String(port), '--from-scratch'],
    process.env,
    path.join(resultsDir, `${stamp}-localstripe.log`),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitReady(proc, `${url}/v1/customers`);
  return { proc, url, port };
}

/** K card payments charged and refunded once in localstripe. */
async function createCharges(stripe, count) {
  const customer = await stripe.customers.create({ email: 'bench@card.example' });
  const method = await stripe.paymentMethods.create({
    type: 'card',
    card: { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' },
  });
  await stripe.paymentMethods.attach(method.id, { customer: customer.id });
  const charges = [];
  for (let i = 0; i < count; i++) {
    checkInterrupted();
    const amount = 2_900 + i;
    const intent = await stripe.paymentIntents.create({
      amount,
      currency: 'eur',
      customer: customer.id,
      payment_method: method.id,
      confirm: true,
    });
    if (intent.status !== 'succeeded')
      throw new Error(`PaymentIntent ${intent.id}: ${intent.status}`);
    const charge =
      typeof intent.latest_charge === 'string' ? intent.latest_charge : intent.latest_charge.id;
    const refund = await stripe.refunds.create({ charge, amount: 1_000 });
    charges.push({ amount, paymentIntent: intent.id, charge, refund: refund.id, refunded: 1_000 });
  }
  return charges;
}

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Unique events about the charges (3 refunds : 1 dispute), then redeliveries, shuffled. */
function buildEvents(charges, total, duplicateShare, runTag) {
  const unique = Math.round(total * (1 - duplicateShare));
  const created = Math.floor(Date.now() / 1000);
  const events = [];
  for (let i = 0; i < unique; i++) {
    // Events come in fours about one charge (three refund events, one dispute event), so every
    // charge gets both kinds once there are at least 4 × K unique events.
    const charge = charges[Math.floor(i / 4) % charges.length];
    const dispute = i % 4 === 3;
    const object = dispute
      ? {
          id: `dp_bench_${charge.charge}`,
          object: 'dispute',
          charge: charge.charge,
          amount: charge.amount,
          currency: 'eur',
          reason: 'fraudulent',
          status: 'needs_response',
        }
      : { id: charge.charge, object: 'charge' };
    events.push(
      JSON.stringify({
        id: `evt_bench_${runTag}_${i}`,
        object: 'event',
        api_version: '2017-08-15',
        created,
        livemode: false,
        type: dispute ? 'charge.dispute.created' : 'charge.refunded',
        data: { object },
      }),
    );
  }
  const deliveries = [...events];
  while (deliveries.length < total) deliveries.push(events[Math.floor(Math.random() * unique)]);
  return { unique, deliveries: shuffle(deliveries) };
}

// ---------------------------------------------------------------------------------------------
// One mode

async function runMode(mode, charges, localstripe, stamp) {
  const workers = [];
  const tag = `${mode}_${randomBytes(3).toString('hex')}`;
  const database = `ledgerline_bench_webhooks_${tag}`;
  await createDatabase(database);
  const url = databaseUrlOf(database);
  await seedPaidInvoices(url, charges);

  const port = await freePort();
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(STRIPE_|DATABASE_|NODE_ENV$|PORT$|HOST$|LOG_LEVEL$|WORKERS_ENABLED$|JOB_POLL|WORKER_NICE$)/.test(
        name,
      )
    ) {
      delete env[name];
    }
  }
  const serverEnv = {
    ...env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    OPERATOR_EMAILS: operatorEmail,
    STRIPE_SECRET_KEY: 'sk_test_ledgerline_bench',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_ledgerline_bench',
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_BASE: localstripe.url,
    STRIPE_WEBHOOK_INLINE: mode === 'inline' ? '1' : '0',
    JOB_POLL_SECONDS: '0.5',
  };
  // The process Stripe posts to. With a separate worker process it only enqueues
  // (WORKERS_ENABLED=0), as a deployment with API and worker processes runs.
  const server = startChild(
    `ledgerline-${mode}`,
    process.execPath,
    [serverEntry],
    {
      ...serverEnv,
      PORT: String(port),
      WORKERS_ENABLED: settings.separateWorker ? '0' : '1',
    },
    path.join(resultsDir, `${stamp}-ledgerline-${mode}.log`),
  );
  const workerPort = await freePort();
  const startWorker = () => {
    const worker = startChild(
      `ledgerline-${mode}-worker`,
      process.execPath,
      [serverEntry],
      {
        ...serverEnv,
        PORT: String(workerPort),
        WORKERS_ENABLED: '1',
        WORKER_NICE: String(settings.workerNice),
      },
      path.join(resultsDir, `${stamp}-ledgerline-${mode}-worker.log`),
    );
    cleanups.push(() => worker.stop());
    workers.push(worker);
  };
  if (settings.separateWorker && !settings.workersAfterPosting) startWorker();
  const target = `http://127.0.0.1:${port}`;
  await waitReady(server, `${target}/readyz`);

  const { unique, deliveries } = buildEvents(
    charges,
    settings.events,
    settings.duplicateShare,
    tag,
  );
  // Signed as each request goes out, as Stripe signs each delivery: a slow run (inline) would
  // otherwise post signatures older than the five-minute tolerance.
  const signed = deliveries.map((body) => ({ body }));
  const sign = (body) =>
    Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret });

  let next = 0;
  let latencies = new Float64Array(signed.length);
  let answered = 0;
  const statuses = new Map();
  const cpuBefore = { server: processCpuSeconds(server.pid), machine: machineCpuSeconds() };
  const workerCpuBefore = workers.map((worker) => processCpuSeconds(worker.pid));
  const localstripeCpuBefore = processCpuSeconds(localstripe.proc.pid);
  const backendsBefore = await backendCpuSeconds(database);
  const started = performance.now();
  const startedAt = new Date();
  const instance = autocannon({
    url: `${target}/webhooks/stripe`,
    method: 'POST',
    connections: settings.connections,
    amount: signed.length,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const delivery = signed[next++ % signed.length];
          return {
            ...request,
            method: 'POST',
            body: delivery.body,
            headers: {
              ...request.headers,
              'content-type': 'application/json',
              'stripe-signature': sign(delivery.body),
            },
          };
        },
      },
    ],
  });
  activeLoad = instance;
  instance.on('response', (_client, status, _bytes, ms) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (answered < latencies.length) latencies[answered++] = ms;
  });
  const result = await instance;
  activeLoad = null;
  const postingSeconds = (performance.now() - started) / 1000;
  const cpuAfterPosting = { server: processCpuSeconds(server.pid), machine: machineCpuSeconds() };
  const workerCpuAfterPosting = workers.map((worker) => processCpuSeconds(worker.pid));
  const localstripeCpuAfterPosting = processCpuSeconds(localstripe.proc.pid);
  const backendsAfterPosting = await backendCpuSeconds(database);
  const msPerDelivery = (seconds) => Number(((seconds * 1000) / signed.length).toFixed(3));
  latencies = latencies.subarray(0, answered).sort();
  const percentile = (p) =>
    answered === 0
      ? null
      : Number(latencies[Math.min(answered - 1, Math.floor((p / 100) * answered))].toFixed(2));

  let processingStartedAt = startedAt;
  if (settings.separateWorker && settings.workersAfterPosting) {
    processingStartedAt = new Date();
    startWorker();
  }
  // Processing: until every unique event is processed (or nothing moves for a minute).
  let timeline = await processedTimeline(url);
  let lastCount = -1;
  let stalledSince = Date.now();
  while (timeline.processed < unique) {
    checkInterrupted();
    if (timeline.processed !== lastCount) {
      lastCount = timeline.processed;
      stalledSince = Date.now();
    } else if (Date.now() - stalledSince > 60_000) {
      break;
    }
    await sleep(250);
    timeline = await processedTimeline(url);
  }
  const processingSeconds =
    timeline.last === null
      ? null
      : (new Date(timeline.last).getTime() - processingStartedAt.getTime()) / 1000;
  const cpuAfter = { server: processCpuSeconds(server.pid), machine: machineCpuSeconds() };
  const checks = await checkEffects(url, {
    unique,
    charges: charges.length,
    refunded: charges.reduce((sum, c) => sum + c.refunded, 0),
  });
  const non200 = [...statuses.entries()].filter(([status]) => status !== 200);
  if (non200.length > 0 || result.errors > 0 || result.timeouts > 0) {
    checks.failures.push(
      `answers other than 200: ${JSON.stringify(Object.fromEntries(non200))}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
  }
  await server.stop();
  for (const worker of workers) await worker.stop();
  const cpuPct = (a, b, seconds) => ({
    serverPct:
      a.server === null || b.server === null
        ? null
        : Math.round(((b.server - a.server) / seconds) * 1000) / 10,
    machinePct: Math.round(((b.machine.busy - a.machine.busy) / seconds) * 1000) / 10,
    stealPct: Math.round(((b.machine.steal - a.machine.steal) / seconds) * 1000) / 10,
  });
  return {
    mode,
    deliveries: signed.length,
    unique,
    duplicates: signed.length - unique,
    postingSeconds: Number(postingSeconds.toFixed(3)),
    acceptedPerSecond: Number((signed.length / postingSeconds).toFixed(1)),
    latencyMs: {
      p50: percentile(50),
      p90: percentile(90),
      p99: percentile(99),
      max: percentile(100),
    },
    processingSeconds: processingSeconds === null ? null : Number(processingSeconds.toFixed(3)),
    processedPerSecond:
      processingSeconds === null
        ? null
        : Number((timeline.processed / processingSeconds).toFixed(1)),
    processed: timeline.processed,
    statuses: Object.fromEntries(statuses),
    cpuWhilePosting: cpuPct(cpuBefore, cpuAfterPosting, postingSeconds),
    // CPU the process posted to spent per delivery: what the route costs, whatever else the
    // machine was doing (ms of one core).
    serverCpuMsPerDelivery:
      cpuBefore.server === null || cpuAfterPosting.server === null
        ? null
        : Number((((cpuAfterPosting.server - cpuBefore.server) * 1000) / signed.length).toFixed(3)),
    // The same for the PostgreSQL backends of this database (server's and worker's connections)
    // and for the worker process beside the route (null when none ran while posting) and the
    // localstripe its handlers call (Stripe's own machines in a deployment).
    postgresCpuMsPerDelivery: msPerDelivery(
      backendCpuBetween(backendsBefore, backendsAfterPosting),
    ),
    workerCpuMsPerDelivery:
      workerCpuBefore.length === 0 || workerCpuBefore.some((v) => v === null)
        ? null
        : msPerDelivery(
            workerCpuAfterPosting.reduce((sum, end, i) => sum + (end ?? 0) - workerCpuBefore[i], 0),
          ),
    localstripeCpuMsPerDelivery:
      localstripeCpuBefore === null || localstripeCpuAfterPosting === null
        ? null
        : msPerDelivery(localstripeCpuAfterPosting - localstripeCpuBefore),
    cpuUntilProcessed:
      processingSeconds === null ? null : cpuPct(cpuBefore, cpuAfter, processingSeconds),
    checks,
  };
}

// ---------------------------------------------------------------------------------------------
// Main

function markdown(report) {
  const lines = [
    `# Webhook ingestion — ${report.startedAt}`,
    '',
    `Machine: ${report.machine.nproc} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, ${report.machine.kernel}, Node ${report.machine.node}; PostgreSQL ${report.postgres}; server build ${report.build.sha256} (${report.build.builtAt}); localstripe ${report.localstripeVersion}.`,
    '',
    `${report.settings.events} deliveries a mode (${Math.round(report.settings.duplicateShare * 100)} % redeliveries, shuffled) at ${report.settings.connections} connections, about ${report.settings.charges} card payments.`,
    '',
    '| Mode | Accepted events/s | p50 ms | p99 ms | Processed events/s | Until all processed (s) | Server CPU while posting | ms CPU a delivery: server | PostgreSQL | worker | localstripe | Machine CPU while posting | Checks |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const run of report.runs) {
    lines.push(
      `| ${run.mode} | ${run.acceptedPerSecond} | ${run.latencyMs.p50} | ${run.latencyMs.p99} | ${run.processedPerSecond ?? '—'} | ${run.processingSeconds ?? '—'} | ${run.cpuWhilePosting.serverPct} % | ${run.serverCpuMsPerDelivery} | ${run.postgresCpuMsPerDelivery} | ${run.workerCpuMsPerDelivery ?? '—'} | ${run.localstripeCpuMsPerDelivery ?? '—'} | ${run.cpuWhilePosting.machinePct} % | ${run.checks.failures.length === 0 ? 'all effects exactly once' : run.checks.failures.join('; ')} |`,
    );
  }
  lines.push('', 'Exactly-once query results:', '');
  for (const run of report.runs) {
    lines.push(
      `- ${run.mode}: events ${JSON.stringify(run.checks.events)}; per charge ${JSON.stringify(run.checks.perCharge)}; totals ${JSON.stringify(run.checks.totals)}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = `webhooks-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const report = {
    startedAt: new Date().toISOString(),
    command: 'bash bench/run.sh webhooks',
    settings: { ...settings, localstripeBin: undefined },
    machine: machineFacts(),
    build: serverBuild(),
    postgres: await withClient(
      settings.pgAdminUrl,
      async (c) => (await c.query('show server_version')).rows[0].server_version,
    ),
    localstripeVersion:
      command(path.join(path.dirname(settings.localstripeBin), 'pip'), [
        'show',
        'localstripe',
      ])?.match(/^Version: (.+)$/m)?.[1] ?? null,
    versions: { stripe: packageVersion('stripe'), autocannon: packageVersion('autocannon') },
    loadAverageAtStart: readText('/proc/loadavg')?.trim() ?? null,
    runs: [],
  };
  console.log(`bench: ${report.machine.nproc} CPUs, load ${report.loadAverageAtStart}`);
  const localstripe = await startLocalstripe(stamp);
  const stripe = new Stripe('sk_test_ledgerline_bench', {
    host: '127.0.0.1',
    port: localstripe.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  console.log(`bench: charging and refunding ${settings.charges} card payments in localstripe…`);
  const charges = await createCharges(stripe, settings.charges);
  for (const mode of settings.modes) {
    checkInterrupted();
    console.log(
      `bench: ${mode}: posting ${settings.events} deliveries at ${settings.connections} connections…`,
    );
    const run = await runMode(mode, charges, localstripe, stamp);
    report.runs.push(run);
    console.log(
      `  ${mode.padEnd(7)} accepted ${run.acceptedPerSecond}/s  p50 ${run.latencyMs.p50} ms  p99 ${run.latencyMs.p99} ms  ` +
        `processed ${run.processedPerSecond}/s  ${run.checks.failures.length === 0 ? 'exactly once: ok' : `FAILED: ${run.checks.failures.join('; ')}`}`,
    );
  }
  report.loadAverageAtEnd = readText('/proc/loadavg')?.trim() ?? null;
  const queued = report.runs.find((run) => run.mode === 'queued');
  report.goal = queued && {
    ...goal,
    met:
      queued.acceptedPerSecond >= goal.acceptedPerSecond &&
      queued.latencyMs.p99 < goal.p99Ms &&
      queued.checks.failures.length === 0,
  };
  writeFileSync(path.join(resultsDir, `${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(resultsDir, `${stamp}.md`), markdown(report));
  writeFileSync(path.join(resultsDir, 'webhooks-latest.json'), JSON.stringify(report, null, 2));
  console.log('\n' + markdown(report));
  return report.runs.every((run) => run.checks.failures.length === 0) ? 0 : 1;
}

let status = 1;
try {
  status = await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
} finally {
  await runCleanups();
}
process.exit(status);
