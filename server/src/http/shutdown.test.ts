import 'reflect-metadata';
import pg from 'pg';
import { waitFor } from '../jobs/wait.fixture.js';
import { CookieClient } from '../test/browser.js';
import {
  ensureServerBuild,
  startLedgerline,
  type LedgerlineProcess,
} from '../test/built-server.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';

/**
 * SIGTERM exits within SHUTDOWN_TIMEOUT_SECONDS even when in-flight work can never finish: here a
 * request waits forever on a row another session holds locked, keeping its pooled connection
 * checked out, which used to keep the pool (and the process) from closing. A real process.
 */
describe('SIGTERM with a request that cannot finish', () => {
  let testDb: TestDatabase;
  let admin: pg.Client;
  let ledgerline: LedgerlineProcess | undefined;

  beforeAll(async () => {
    ensureServerBuild();
    testDb = await createTestDatabase();
    admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
  }, 180_000);
  afterAll(async () => {
    if (ledgerline?.child.exitCode === null) ledgerline.child.kill('SIGKILL');
    await ledgerline?.exited;
    await admin?.end();
    await testDb?.drop();
  });

  it('exits anyway once the shutdown timeout has passed', async () => {
    ledgerline = await startLedgerline({
      DATABASE_URL: testDb.url,
      WORKERS_ENABLED: '0',
      SHUTDOWN_TIMEOUT_SECONDS: '3',
    });
    const browser = new CookieClient(ledgerline.url);
    await browser.signInWithDevProvider('stuck@example.com', 'Stuck');

    // Another session locks every account row; a rename then waits on it indefinitely.
    await admin.query('begin');
    await admin.query('select id from account for update');
    const stuck = browser
      .graphql('mutation { updateAccount(input: { name: "Never" }) { name } }')
      .catch((error: unknown) => error);
    await waitFor('the rename to wait on the row lock', async () => {
      const { rowCount } = await admin.query(
        `select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
      );
      return rowCount! > 0 ? true : undefined;
    });

    ledgerline.child.kill('SIGTERM');
    // Without a bound it would wait for the lock, which this test holds until the end.
    const how = await ledgerline.exited;
    expect(how).toBe(1);
    expect(ledgerline.output()).toMatch(
      /did not (finish|close) (within SHUTDOWN_TIMEOUT_SECONDS|in time)/,
    );
    await stuck;
    await admin.query('rollback');
  }, 120_000);
});
