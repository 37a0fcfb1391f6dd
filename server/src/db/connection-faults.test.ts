import 'reflect-metadata';
import pg from 'pg';
import { Account } from '../modules/accounts/account.entity.js';
import { Plan } from '../modules/catalog/plan.entity.js';
import { memberOf } from '../test/members.js';
import { startTestServer, type TestServer } from '../test/server.js';
import type { EntityManager } from './orm.js';

/**
 * Sessions that die inside transactions (pg_terminate_backend, as a restart, a failover or
 * idle_in_transaction_session_timeout would kill them) must not take pool slots with them: the
 * connection is destroyed and the next request gets a fresh one. Needs a real PostgreSQL
 * (TEST_DATABASE_URL): PGlite has no other sessions to terminate.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const describeOnPostgres = serverUrl ? describe : describe.skip;
if (!serverUrl) {
  // eslint-disable-next-line no-console
  console.warn('connection-faults.test.ts skipped: TEST_DATABASE_URL (a PostgreSQL server) unset');
}

const poolMax = 3;

describeOnPostgres('dead database sessions (real PostgreSQL)', () => {
  let server: TestServer;
  let admin: pg.Client;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer({
      env: {
        DATABASE_POOL_MAX: String(poolMax),
        // Long enough that a busy test machine does not starve the pool by itself.
        DATABASE_ACQUIRE_TIMEOUT_SECONDS: '5',
        LIVENESS_STARVED_SECONDS: '1',
      },
    });
    admin = new pg.Client({ connectionString: server.config.database.url });
    await admin.connect();
    const em = server.db.orm.em.fork();
    const free = await em.findOneOrFail(Plan, { code: 'free' });
    const account = em.create(Account, { name: 'Faulty Co', plan: free });
    await em.flush();
    accountId = account.id;
  });
  afterAll(async () => {
    await admin?.end();
    await server?.close();
  });

  const backendPid = async (em: EntityManager): Promise<number> => {
    const rows = await em.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
    return rows[0]!.pid;
  };
  const terminate = async (pid: number) => {
    await admin.query('select pg_terminate_backend($1)', [pid]);
    // The server has closed the socket once the session is gone from pg_stat_activity.
    for (;;) {
      const { rowCount } = await admin.query('select 1 from pg_stat_activity where pid = $1', [
        pid,
      ]);
      if (rowCount === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it(`answers every request after ${poolMax * 3} sessions died inside transactions (pool of ${poolMax})`, async () => {
    const billingAdmin = await memberOf(server, accountId, 'BILLING_ADMIN');
    const rename = (name: string) =>
      billingAdmin.graphql<{ updateAccount: { name: string } }>(
        'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }',
        { input: { name } },
      );
    expect((await rename('Before')).data?.updateAccount.name).toBe('Before');

    for (let round = 0; round < poolMax * 3; round++) {
      // Three ways a session dies inside a transaction: before the next statement, before COMMIT,
      // and (the ORM's unit of work) during the flush that the COMMIT follows.
      const failure = server.db.orm.em.fork().transactional(async (em) => {
        const pid = await backendPid(em);
        const account = await em.findOneOrFail(Account, { id: accountId });
        await terminate(pid);
        if (round % 3 === 0) await em.execute('select 1');
        account.name = `Lost ${round}`;
        if (round % 3 === 1) await em.flush();
      });
      await expect(failure).rejects.toThrow();
    }
    expect(server.db.poolHealth.stats().total).toBeLessThanOrEqual(poolMax);

    // Every later request answers, more of them at once than the pool has connections.
    const renamed = await Promise.all(
      Array.from({ length: poolMax * 2 }, (_, i) => rename(`After ${i}`)),
    );
    for (const [i, result] of renamed.entries()) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateAccount.name).toBe(`After ${i}`);
    }
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // Nothing of the killed transactions was applied.
    const names = await admin.query<{ name: string }>('select name from account where id = $1', [
      accountId,
    ]);
    expect(names.rows[0]!.name).toMatch(/^After \d$/);
  });

  it('gives the connection back when COMMIT itself fails on a live session', async () => {
    // A deferred constraint is checked at COMMIT: the session stays up, the COMMIT fails. Before
    // the kysely patch (patches/kysely+0.29.6.patch) such a connection was never released.
    await admin.query(
      'create table if not exists commit_probe (id int primary key, parent int references commit_probe (id) deferrable initially deferred)',
    );
    for (let round = 0; round < poolMax + 1; round++) {
      const failure = server.db.orm.em.fork().transactional(async (em) => {
        await em.execute('insert into commit_probe (id, parent) values (?, ?)', [round, 9999]);
      });
      await expect(failure).rejects.toThrow(/foreign key/);
    }
    const rows = await server.db.orm.em
      .fork()
      .execute('select count(*)::int as n from commit_probe');
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('answers 503 within the acquire timeout when no connection is free, and liveness notices', async () => {
    // Hold every pooled connection in an open transaction.
    let releaseHolders!: () => void;
    const held = new Promise<void>((resolve) => (releaseHolders = resolve));
    let holding = 0;
    const holders = Array.from({ length: poolMax }, () =>
      server.db.orm.em.fork().transactional(async (em) => {
        await em.execute('select 1');
        holding++;
        await held;
      }),
    );
    while (holding < poolMax) await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      const billingAdmin = await memberOf(server, accountId, 'BILLING_ADMIN').catch(
        (error: unknown) => error,
      );
      // memberOf itself needs a connection: it fails the same way.
      expect(billingAdmin).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });

      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ invitation(token: "x") { accountName } }' }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');

      // Starved longer than LIVENESS_STARVED_SECONDS (1 s): /healthz fails; /readyz too.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      const live = await fetch(`${server.url}/healthz`);
      expect(live.status).toBe(503);
      expect(await live.json()).toMatchObject({ status: 'wedged', database: 'pool_starved' });
    } finally {
      releaseHolders();
      await Promise.all(holders);
    }
    // Once a connection is free again, liveness recovers without a request having to succeed.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
