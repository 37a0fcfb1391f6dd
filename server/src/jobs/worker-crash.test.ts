import 'reflect-metadata';
import pg from 'pg';
import { pino } from 'pino';
import { openDatabase } from '../db/database.js';
import {
  ensureServerBuild,
  startLedgerline,
  type LedgerlineProcess,
} from '../test/built-server.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { waitFor } from './wait.fixture.js';

/**
 * A worker process SIGKILLed in the middle of the renewal job: its pg-boss run stays `active`
 * with nobody behind it. The heartbeat (jobs/queue.ts) lets the surviving worker fail it and run
 * renewals again; the rest must be renewed within two minutes, each subscription exactly once,
 * and the invoice numbers of the new period must stay gap-free. Real processes (server/dist) on
 * the PostgreSQL at TEST_DATABASE_URL.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const describeOnPostgres = serverUrl ? describe : describe.skip;
if (!serverUrl) {
  // eslint-disable-next-line no-console
  console.warn('worker-crash.test.ts skipped: TEST_DATABASE_URL (a PostgreSQL server) unset');
}

/** Enough due subscriptions that the job is still running when the test kills it. */
const due = 3_000;

/** bench/lib/renewal-seed.mjs (plain JavaScript over server/dist, hence imported by path). */
const renewalSeed = '../../../bench/lib/renewal-seed.mjs';
interface Seed {
  seedDueSubscriptions(
    client: pg.Client,
    options: { from: number; to: number; now: Date },
  ): Promise<{ count: number; period: { start: Date; end: Date } }>;
}

describeOnPostgres('a worker killed in the middle of the renewal job', () => {
  let testDb: TestDatabase;
  let client: pg.Client;
  const processes: LedgerlineProcess[] = [];

  beforeAll(async () => {
    ensureServerBuild();
    testDb = await createTestDatabase();
    // Migrations and the plan catalog, as a first start would apply them.
    const db = await openDatabase(
      { database: { url: testDb.url, poolMax: 2, dataDir: '' } },
      pino({ level: 'silent' }),
    );
    await db.close();
    client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
  }, 180_000);
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await client?.end();
    await testDb?.drop();
  });

  const workerEnv = () => ({
    DATABASE_URL: testDb.url,
    DATABASE_POOL_MAX: '4',
    WORKERS_ENABLED: '1',
    JOB_POLL_SECONDS: '0.5',
  });

  it('renews the rest within two minutes, each exactly once, numbers gap-free', async () => {
    // The renewal benchmark's bulk seed (SQL over generate_series): `due` subscriptions whose
    // period ended at or before now, each with its paid invoice of that period.
    const { seedDueSubscriptions } = (await import(renewalSeed)) as Seed;
    const { period } = await seedDueSubscriptions(client, { from: 1, to: due, now: new Date() });
    const renewedCount = async () => {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from invoice where period_start = $1',
        [period.end],
      );
      return rows[0]!.n;
    };

    // The first worker starts renewing at once (due runs catch up at start); kill it mid-run.
    const first = await startLedgerline(workerEnv());
    processes.push(first);
    const atKill = await waitFor(
      'the first worker to renew some subscriptions',
      async () => {
        const n = await renewedCount();
        return n >= due / 10 ? n : undefined;
      },
      90_000,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const afterKill = await renewedCount();
    // Killed while work was left: otherwise this test proves nothing (raise `due`).
    expect(afterKill).toBeLessThan(due);

    // The job the dead worker held is still `active` in the queue.
    const { rows: stuck } = await client.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job where name = 'renew-subscriptions' and state = 'active'`,
    );
    expect(stuck[0]!.n).toBe(1);

    // A worker (the restarted one) picks the rest up within two minutes.
    const second = await startLedgerline(workerEnv());
    processes.push(second);
    const started = Date.now();
    await waitFor(
      'every due subscription to be renewed',
      async () => ((await renewedCount()) === due ? true : undefined),
      120_000,
    );
    if (process.env.TEST_VERBOSE) {
      // eslint-disable-next-line no-console
      console.log({ atKill, afterKill, restOfRenewalsSeconds: (Date.now() - started) / 1000 });
    }

    // Exactly once: one invoice per subscription for the new period, every period moved once.
    const { rows: perSubscription } = await client.query<{ invoices: number; subs: number }>(
      `select count(*)::int as invoices, count(distinct subscription_id)::int as subs
         from invoice where period_start = $1`,
      [period.end],
    );
    expect(perSubscription[0]).toEqual({ invoices: due, subs: due });
    const { rows: moved } = await client.query<{ n: number }>(
      'select count(*)::int as n from subscription where current_period_start = $1',
      [period.end],
    );
    expect(moved[0]!.n).toBe(due);
    // Gap-free: the new invoices' numbers are 1..due within their series.
    const { rows: numbers } = await client.query<{
      series: string;
      min: number;
      max: number;
      n: number;
    }>(
      `select regexp_replace(number, '-[0-9]+$', '') as series,
              min(substring(number from '[0-9]+$')::int) as min,
              max(substring(number from '[0-9]+$')::int) as max,
              count(distinct number)::int as n
         from invoice where period_start = $1 group by 1`,
      [period.end],
    );
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ min: 1, max: due, n: due });
    // No half-written invoice: every new invoice has its lines.
    const { rows: bare } = await client.query<{ n: number }>(
      `select count(*)::int as n from invoice i where i.period_start = $1
         and not exists (select 1 from invoice_line l where l.invoice_id = i.id)`,
      [period.end],
    );
    expect(bare[0]!.n).toBe(0);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 300_000);
});
