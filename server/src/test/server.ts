import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { systemClock, type Clock } from '../clock.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createApp } from '../http/app.js';
import { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import { registerJobs } from '../jobs/workers.js';
import { PersistedTestClock } from '../modules/clock/test-clock.js';
import { createTestDatabase, type TestDatabase, testAcquireTimeoutSeconds } from './database.js';

export interface TestServer {
  url: string;
  config: Config;
  db: Database;
  /** The clock the app reads: `options.clock`, or with TEST_CLOCK=1 the persisted test clock. */
  clock: Clock;
  jobs: JobQueue;
  close(): Promise<void>;
}

/**
 * The real app (Express + Apollo + development OIDC provider) on a free local port, over an
 * isolated test database. `env` overrides configuration as the environment would.
 */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    clock?: Clock;
    database?: TestDatabase;
    /** The app's logger (to read what it logs); default: silent, or TEST_LOG_LEVEL. */
    log?: Logger;
  } = {},
): Promise<TestServer> {
  const testDb = options.database ?? (await createTestDatabase());
  const httpServer: Server = createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: testDb.url,
    DATABASE_POOL_MAX: '4',
    // Jobs are enqueued but not run unless a test asks for workers (WORKERS_ENABLED=1).
    WORKERS_ENABLED: '0',
    // Test files sign in far more often than a person does, all from 127.0.0.1; the limit's own
    // tests (modules/rate-limits) set a small one.
    SIGN_IN_LIMIT_PER_IP: '10000',
    DATABASE_ACQUIRE_TIMEOUT_SECONDS: String(testAcquireTimeoutSeconds),
    ...options.env,
  });
  const log = options.log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const db = await openDatabase(config, log);
  const testClock = config.testClock
    ? await PersistedTestClock.start(db.orm, log, options.clock ?? systemClock)
    : undefined;
  const clock = testClock ?? options.clock ?? systemClock;
  // The test database's own kind: PGlite behind DATABASE_URL still needs PGlite's small pools.
  const jobs = new JobQueue({ database: { orm: db.orm, kind: testDb.kind }, config, clock, log });
  registerJobs(jobs);
  await jobs.start();
  const { app, apollo } = await createApp({
    config,
    orm: db.orm,
    clock,
    jobs,
    log,
    poolHealth: db.poolHealth,
  });
  httpServer.on('request', app);
  return {
    url: `http://localhost:${port}`,
    config,
    db,
    clock,
    jobs,
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
      await jobs.stop(1_000);
      testClock?.stop();
      await db.close();
      if (options.database === undefined) await testDb.drop();
    },
  };
}
