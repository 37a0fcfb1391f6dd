import 'reflect-metadata';
import { Account } from '../modules/accounts/account.entity.js';
import { Plan } from '../modules/catalog/plan.entity.js';
import { waitFor } from '../jobs/wait.fixture.js';
import {
  postgresInstanceUnavailable,
  startPostgresInstance,
  type PostgresInstance,
} from '../test/postgres-instance.js';
import { memberOf } from '../test/members.js';
import { startTestServer, type TestServer } from '../test/server.js';

/**
 * A PostgreSQL restart under load: requests in flight fail cleanly (503 or an answer, never a
 * hang), the ones after it succeed without restarting Ledgerline, and background jobs resume.
 * The server restarted is one this test starts itself (test/postgres-instance.ts).
 */
const unavailable = postgresInstanceUnavailable();
const describeWithOwnPostgres = unavailable === null ? describe : describe.skip;
if (unavailable !== null) {
  // eslint-disable-next-line no-console
  console.warn(`database-restart.test.ts skipped: ${unavailable}`);
}

describeWithOwnPostgres('a PostgreSQL restart while requests run', () => {
  let postgres: PostgresInstance;
  let server: TestServer;
  let accountId: string;

  beforeAll(async () => {
    postgres = await startPostgresInstance();
    server = await startTestServer({
      database: { url: postgres.url, kind: 'postgresql', drop: async () => {} },
      env: { DATABASE_POOL_MAX: '4', DATABASE_ACQUIRE_TIMEOUT_SECONDS: '2', WORKERS_ENABLED: '1' },
    });
    const em = server.db.orm.em.fork();
    const free = await em.findOneOrFail(Plan, { code: 'free' });
    const account = em.create(Account, { name: 'Restart Co', plan: free });
    await em.flush();
    accountId = account.id;
  });
  afterAll(async () => {
    await server?.close();
    postgres?.stop();
  });

  it('fails requests in flight cleanly, then serves the next ones and runs jobs again', async () => {
    const billingAdmin = await memberOf(server, accountId, 'BILLING_ADMIN');
    let counter = 0;
    /** One rename; the status and code it got, or 'hung' when no answer came in 15 s. */
    const rename = async (): Promise<string> => {
      const name = `Name ${++counter}`;
      try {
        const response = await billingAdmin.request('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }',
            variables: { input: { name } },
          }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as {
          data?: { updateAccount: { name: string } } | null;
          errors?: { extensions?: { code?: string } }[];
        };
        if (body.data?.updateAccount.name === name) return `${response.status} ok`;
        const code = body.errors?.[0]?.extensions?.code;
        // Anything else names itself in full, so a failure says what came back.
        return code !== undefined
          ? `${response.status} ${code}`
          : `${response.status} ${JSON.stringify(body)}`;
      } catch (error) {
        return (error as Error).name === 'TimeoutError' ? 'hung' : `fetch failed`;
      }
    };

    // Four clients keep renaming while the server restarts under them.
    let restarting = true;
    const during: string[] = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (restarting) during.push(await rename());
    });
    await waitFor('requests before the restart', () => (during.length >= 8 ? true : undefined));
    await postgres.restart();
    restarting = false;
    await Promise.all(clients);
    // eslint-disable-next-line no-console
    if (process.env.TEST_VERBOSE) console.log(during.join(', '));

    // In flight: each one got an answer — success, or the 503 that says "try again".
    for (const outcome of during) expect(['200 ok', '503 SERVICE_UNAVAILABLE']).toContain(outcome);

    // After: every request succeeds, on the same Ledgerline process.
    const after: string[] = [];
    for (let i = 0; i < 10; i++) after.push(await rename());
    expect(after).toEqual(Array.from({ length: 10 }, () => '200 ok'));
    // And the row holds what the last answer said (an answer is never about some other write).
    const stored = await server.db.orm.em.fork().findOneOrFail(Account, accountId);
    expect(stored.name).toBe(`Name ${counter}`);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Jobs resume: a run enqueued after the restart is picked up and completes.
    // (Its queue keeps one run waiting: a run still waiting from before absorbs the new one.)
    const enqueued = await waitFor(
      'a run of notify-trials-ending enqueued after the restart',
      async () => (await server.jobs.enqueue('notify-trials-ending', {})) ?? undefined,
    );
    await waitFor(
      'the job enqueued after the restart to complete',
      async () => {
        const jobs = await server.jobs.findJobs('notify-trials-ending');
        return jobs.some((job) => job.id === enqueued && job.state === 'completed')
          ? true
          : undefined;
      },
      60_000,
    );
  });
});
