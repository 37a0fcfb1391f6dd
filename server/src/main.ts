import 'reflect-metadata';
import { createServer } from 'node:http';
import { systemClock, type Clock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { DataDirInUseError } from './db/embedded.js';
import { createApp } from './http/app.js';
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

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    log.error('shutdown took longer than 20 s; exiting');
    process.exit(1);
  }, 20_000);
  timer.unref();
  try {
    // Stop accepting connections, close idle keep-alive ones, let in-flight requests finish
    // (for at most 10 s), then stop Apollo and the database.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    const grace = setTimeout(() => httpServer.closeAllConnections(), 10_000);
    await closed;
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, 10_000).unref();
      });
    }
    clearTimeout(grace);
    log.debug('http server closed');
    await apollo.stop();
    log.debug('apollo stopped');
    // Running jobs get 8 s to finish; what is left is failed and retried after the restart.
    await jobs.stop(8_000);
    log.info('job queue stopped');
    testClock?.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
