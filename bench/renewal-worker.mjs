/**
 * One renewal worker of the renewal benchmark (started by bench/renewals.mjs with `fork`, one OS
 * process per worker). It does what the `renew-subscriptions` pg-boss job does
 * (server/src/jobs/workers.ts): `renewDueSubscriptions` from the built server, with the
 * deployment's billing configuration, the default collector (bank transfer) and batches of 50 —
 * here at a fixed instant, and again until a run renews nothing (the job would be re-run by its
 * cron; a worker that finds the rest held by the other worker stops).
 *
 * Messages to the parent (IPC): `ready` once the ORM is open, then on `start`: `sample` every
 * 250 ms (RSS, heap, renewed so far) and `done` with its totals, peak RSS and SQL statement count.
 *
 * Environment: DATABASE_URL (required), BENCH_NOW (ISO instant of the fixed clock, required),
 * BENCH_BATCH_SIZE (50).
 */
import pg from 'pg';
import { FixedClock } from '../server/dist/clock.js';
import { loadConfig } from '../server/dist/config.js';
import { openDatabase } from '../server/dist/db/database.js';
import { createLogger } from '../server/dist/logging.js';
import { renewDueSubscriptions } from '../server/dist/modules/billing/subscriptions/renewal.service.js';
import { deploymentCollector } from '../server/dist/modules/payments/collectors.js';

if (process.send === undefined) throw new Error('run by bench/renewals.mjs (needs an IPC channel)');

// Every statement the ORM sends goes through pg's Client#query (MikroORM 7 drives `pg` through
// kysely); counting there gives statements per renewal without pg_stat_statements.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

const url = process.env.DATABASE_URL;
const nowIso = process.env.BENCH_NOW;
if (url === undefined || nowIso === undefined) throw new Error('DATABASE_URL and BENCH_NOW');
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 50);

const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '2', LOG_LEVEL: 'warn' });
const log = createLogger('warn');
const database = await openDatabase(config, log, { migrate: false });
const clock = new FixedClock(new Date(nowIso));

let renewed = 0;
let failed = 0;
let peakRss = process.memoryUsage.rss();
const sample = () => {
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  process.send({
    type: 'sample',
    at: Date.now(),
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    renewed,
  });
};

async function renewUntilNothingIsDue() {
  const startedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  const baseStatements = statements;
  const timer = setInterval(sample, 250);
  try {
    for (;;) {
      const run = await renewDueSubscriptions(database.orm.em.fork(), clock, {
        config,
        collector: deploymentCollector(config.billing),
        batchSize,
        log,
      });
      renewed += run.renewed;
      failed += run.failed;
      if (run.renewed === 0) break;
    }
  } finally {
    clearInterval(timer);
  }
  sample();
  const cpu = process.cpuUsage(cpuBefore);
  process.send({
    type: 'done',
    seconds: (performance.now() - startedAt) / 1000,
    // This process's own CPU time: unlike the seconds, barely moved by other load on the machine.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    renewed,
    failed,
    statements: statements - baseStatements,
    peakRssBytes: peakRss,
    // The kernel's high-water mark for the whole process life (includes start-up).
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  });
}

let finished = false;
process.on('message', (message) => {
  if (message?.type !== 'start') return;
  renewUntilNothingIsDue()
    .catch((error) => {
      process.send({
        type: 'error',
        message: error instanceof Error ? error.stack : String(error),
      });
    })
    .finally(async () => {
      finished = true;
      await database.close();
      process.disconnect();
    });
});
// The benchmark went away (killed): stop rather than renew on with nobody measuring.
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});
process.on('SIGTERM', () => {
  void database.close().finally(() => process.exit(143));
});
process.send({ type: 'ready', pid: process.pid });
