import 'reflect-metadata';
import { createServer } from 'node:http';
import { systemClock, type Clock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { DataDirInUseError } from './db/embedded.js';
import { createApp } from './http/app.js';
import { lowerSchedulingPriority } from './jobs/priority.js';
import { JobQueue } from './jobs/queue.js';
import { registerJobs } from './jobs/workers.js';
import { createLogger } from './logging.js';
import { PersistedTestClock } from './modules/clock/index.js';

/**
 * Process entry: read config, open the database, start the job queue and HTTP, stop gracefully on
 * SIGTERM.
 */
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const log = createLogger(config.logLevel);
// WORKER_NICE: before anything starts threads, so they inherit it (jobs/priority.ts).
if (config.jobs.workersEnabled && config.jobs.workerNice > 0) {
  lowerSchedulingPriority(config.jobs.workerNice);
  log.info({ nice: config.jobs.workerNice }, 'runs workers at a lower scheduling priority');
}
let database: Database;
try {
  database = await openDatabase(config, log);
} catch (error) {
  if (error instanceof DataDirInUseError) {
    log.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
    process.exit(75); // EX_TEMPFAIL
  }
  log.fatal({ err: error }, 'could not open the database');
  process.exit(1);
}

// One clock for billing, sessions, sign-in and jobs: real time, or with TEST_CLOCK=1 real time
// plus the offset operators move (shared through the database).
let testClock: PersistedTestClock | undefined;
let jobs: JobQueue;
try {
  if (config.testClock) {
    testClock = await PersistedTestClock.start(database.orm, log);
    log.warn(
      { offsetSeconds: Math.floor(testClock.offsetMs / 1000) },
      'test clock is on: billing time is real time plus an offset operators can move (never in production)',
    );
  }
  jobs = new JobQueue({ database, config, clock: testClock ?? systemClock, log });
  registerJobs(jobs);
  await jobs.start();
} catch (error) {
  log.fatal({ err: error }, 'could not start the test clock or the job queue');
  testClock?.stop();
  await database.close();
  process.exit(1);
}
const clock: Clock = testClock ?? systemClock;

let shuttingDown = false;
const httpServer = createServer();
const { app, apollo } = await createApp({
  config,
  orm: database.orm,
  clock,
  jobs,
  log,
  isShuttingDown: () => shuttingDown,
  poolHealth: database.poolHealth,
});
// Requests whose handlers have not finished responding. Shutdown waits for them (up to the grace
// period) even when their clients already went away, so the database is not closed under them.
let inFlight = 0;
let drained: (() => void) | undefined;
httpServer.on('request', (req, res) => {
  inFlight++;
  res.once('finish', () => {
    inFlight--;
    if (inFlight === 0) drained?.();
  });
  app(req, res);
});
httpServer.listen(config.port, config.host, () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  log.info(
    { port, publicUrl: config.publicUrl.toString() },
    `Ledgerline is listening on port ${port}`,
  );
});

/**
 * SIGTERM/SIGINT: stop taking requests, let in-flight ones finish, stop the jobs (a running job
 * gets its share of the time, then is failed and retried by another worker), close the database —
 * all within SHUTDOWN_TIMEOUT_SECONDS, after which the process exits anyway (a wedged pool or a
 * database that stopped answering cannot hold it up).
 */
async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  const budgetMs = config.resilience.shutdownTimeoutMs;
  const deadline = Date.now() + budgetMs;
  const remainingMs = () => Math.max(0, deadline - Date.now());
  log.info({ signal, timeoutMs: budgetMs }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    log.error(
      { timeoutMs: budgetMs },
      'shutdown did not finish within SHUTDOWN_TIMEOUT_SECONDS; exiting',
    );
    process.exit(1);
  }, budgetMs);
  timer.unref();
  try {
    // Stop accepting connections, close idle keep-alive ones, let in-flight requests finish
    // (for at most 40 % of the budget), then stop Apollo, the jobs and the database.
    const requestGraceMs = Math.round(budgetMs * 0.4);
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    const grace = setTimeout(() => httpServer.closeAllConnections(), requestGraceMs);
    await closed;
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, Math.max(0, requestGraceMs - (budgetMs - remainingMs()))).unref();
      });
    }
    clearTimeout(grace);
    log.debug('http server closed');
    await apollo.stop();
    log.debug('apollo stopped');
    // Running jobs get up to 30 % of the budget; what is left is failed and retried later.
    await jobs.stop(Math.min(Math.round(budgetMs * 0.3), remainingMs()));
    log.info('job queue stopped');
    testClock?.stop();
    // Closing the pool waits for checked-out connections: bounded by what is left of the budget.
    const closedInTime = await Promise.race([
      database.close().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), remainingMs()).unref()),
    ]);
    if (!closedInTime) {
      log.error({ pool: database.poolHealth.stats() }, 'database did not close in time; exiting');
      process.exit(1);
    }
    log.info('stopped');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
