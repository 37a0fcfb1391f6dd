import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { JobQueue } from './queue.js';
import { waitFor } from './wait.fixture.js';

interface TestJobs {
  record: { n: number };
  later: { n: number };
  flaky: Record<string, never>;
  slow: Record<string, never>;
  tick: Record<string, never>;
}

const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** One process as main.ts runs it: its own MikroORM pool and its own pg-boss pool. */
interface Process {
  db: Database;
  queue: JobQueue<TestJobs>;
  stop(): Promise<void>;
}

describe('job queue (pg-boss on the application database)', () => {
  let testDb: TestDatabase;
  let running: Process[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterEach(async () => {
    for (const process of running) await process.stop();
    running = [];
  });
  afterAll(async () => {
    await testDb.drop();
  });

  function configFor(env: Record<string, string>) {
    return loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      // PGlite's socket server admits 8 connections: two processes of 1 + 2 fit.
      DATABASE_POOL_MAX: '1',
      WORKERS_ENABLED: '1',
      JOB_POLL_SECONDS: '0.5',
      ...env,
    });
  }

  async function startProcess(
    define: (queue: JobQueue<TestJobs>) => void,
    env: Record<string, string> = {},
  ): Promise<Process> {
    const config = configFor(env);
    const db = await openDatabase(config, log);
    const queue = new JobQueue<TestJobs>({
      database: { orm: db.orm, kind: testDb.kind },
      config,
      clock: systemClock,
      log,
    });
    define(queue);
    await queue.start();
    let stopped = false;
    const process: Process = {
      db,
      queue,
      async stop() {
        if (stopped) return;
        stopped = true;
        await queue.stop(5_000);
        await db.close();
      },
    };
    running.push(process);
    return process;
  }

  async function jobStates(db: Database, name: keyof TestJobs): Promise<string[]> {
    const rows = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ state: string }[]>('select state from pgboss.job where name = ?', [name]);
    return rows.map((row) => row.state);
  }

  const allCompleted = (db: Database, name: keyof TestJobs, count: number) => async () => {
    const states = await jobStates(db, name);
    return states.length === count && states.every((s) => s === 'completed') ? states : undefined;
  };

  it("keeps its own schema out of the entities' schema diff", async () => {
    const db = await openDatabase(configFor({}), log);
    const before = await db.orm.schema.getUpdateSchemaSQL();
    await db.close();
    const process = await startProcess(() => {});
    // pg-boss has installed the `pgboss` schema; MikroORM must not offer to drop or change it.
    expect(await process.db.orm.schema.getUpdateSchemaSQL()).toBe(before);
  });

  it('two processes share the work: each job runs exactly once and both take part', async () => {
    const ran: { n: number; process: string }[] = [];
    const recordAs =
      (name: string) =>
      async ({ n }: { n: number }) => {
        ran.push({ n, process: name });
        await sleep(20);
      };
    const a = await startProcess((queue) => queue.defineJob('record', recordAs('a')));
    await startProcess((queue) => queue.defineJob('record', recordAs('b')));

    const count = 20;
    for (let n = 0; n < count; n++) await a.queue.enqueue('record', { n });
    await waitFor('every job to complete', allCompleted(a.db, 'record', count), 60_000);

    expect(ran.map((r) => r.n).sort((x, y) => x - y)).toEqual([...Array(count).keys()]);
    expect(new Set(ran.map((r) => r.process))).toEqual(new Set(['a', 'b']));
  });

  it('keeps jobs across a restart: what an API-only process enqueued runs when a worker starts', async () => {
    const producer = await startProcess((queue) => queue.defineJob('later', async () => {}), {
      WORKERS_ENABLED: '0',
    });
    for (const n of [1, 2, 3]) await producer.queue.enqueue('later', { n });
    await producer.stop();

    const ran: number[] = [];
    const worker = await startProcess((queue) =>
      queue.defineJob('later', async ({ n }) => {
        ran.push(n);
      }),
    );
    await waitFor('the waiting jobs to complete', allCompleted(worker.db, 'later', 3));
    expect(ran.sort()).toEqual([1, 2, 3]);
  });

  it('retries a job that failed', async () => {
    const attempts: number[] = [];
    const process = await startProcess((queue) =>
      queue.defineJob(
        'flaky',
        async (_data, { job }) => {
          attempts.push(job.retryCount);
          if (job.retryCount === 0) throw new Error('the first attempt fails');
        },
        { retryLimit: 2, retryDelaySeconds: 1 },
      ),
    );
    await process.queue.enqueue('flaky', {});
    await waitFor('the retry to complete', allCompleted(process.db, 'flaky', 1));
    expect(attempts).toEqual([0, 1]);
  });

  it('lets a running job finish when it stops', async () => {
    let started = false;
    let finished = false;
    const process = await startProcess((queue) =>
      queue.defineJob('slow', async () => {
        started = true;
        await sleep(1_000);
        finished = true;
      }),
    );
    await process.queue.enqueue('slow', {});
    await waitFor('the job to start', () => (started ? true : undefined));
    await process.queue.stop(10_000);
    expect(finished).toBe(true);
    // The pool is closed; read the job's state through the ORM's.
    expect(await jobStates(process.db, 'slow')).toEqual(['completed']);
  });

  it('schedules periodic jobs, runs what is waiting when workers start, and never doubles a waiting run', async () => {
    const apiOnly = await startProcess(
      (queue) => queue.defineJob('tick', async () => {}, { cron: '0 0 1 1 *' }),
      { WORKERS_ENABLED: '0' },
    );
    expect(await apiOnly.queue.runPeriodicJobsNow()).toEqual(['tick']);
    expect(await apiOnly.queue.runPeriodicJobsNow()).toEqual([]);
    expect(await jobStates(apiOnly.db, 'tick')).toEqual(['created']);
    await apiOnly.stop();

    let runs = 0;
    const worker = await startProcess((queue) =>
      queue.defineJob(
        'tick',
        async () => {
          runs += 1;
        },
        { cron: '0 0 1 1 *' },
      ),
    );
    await waitFor('the waiting run to complete', allCompleted(worker.db, 'tick', 1));
    expect(runs).toBe(1);
    const schedules = await worker.db.orm.em
      .fork()
      .getConnection()
      .execute<{ name: string; cron: string; timezone: string }[]>(
        'select name, cron, timezone from pgboss.schedule',
      );
    expect(schedules).toEqual([{ name: 'tick', cron: '0 0 1 1 *', timezone: 'UTC' }]);
  });
});

describe('job configuration', () => {
  it('runs workers by default, polling every 2 s', () => {
    expect(loadConfig({}).jobs).toEqual({
      workersEnabled: true,
      pollSeconds: 2,
      workerNice: 0,
    });
    expect(loadConfig({ WORKERS_ENABLED: '0', JOB_POLL_SECONDS: '0.5' }).jobs).toEqual({
      workersEnabled: false,
      pollSeconds: 0.5,
      workerNice: 0,
    });
  });

  it.each([
    [{ WORKERS_ENABLED: 'yes' }, 'WORKERS_ENABLED must be one of 0, 1, true, false'],
    [{ JOB_POLL_SECONDS: '0.1' }, 'JOB_POLL_SECONDS must be a number of seconds from 0.5 to 300'],
    [{ JOB_POLL_SECONDS: 'soon' }, 'JOB_POLL_SECONDS must be a number of seconds from 0.5 to 300'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${message}`);
  });
});
