import 'reflect-metadata';
import { systemClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import {
  ensureServerBuild,
  startLedgerline,
  type LedgerlineProcess,
} from '../../test/built-server.js';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { Account } from '../accounts/account.entity.js';
import { createSession } from '../identity/session.service.js';
import { grantOperator, revokeOperator } from '../operators/index.js';
import pg from 'pg';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { User } from '../users/user.entity.js';

/**
 * Several Ledgerline processes share one database. Whatever one of them changes about who may do
 * what — a revoked session, a changed role, a removed member, a suspension, an operator's revoke —
 * must hold on the very next request to any other process. Both processes keep the auth cache on
 * (AUTH_CACHE, the default; modules/signin/auth-cache.ts): each request below on B comes after B
 * answered the same session before, so B has its row cached, and must not answer from it once the
 * change committed. Process A is this test's in-process app; process B is
 * `node server/dist/main.js` on the same PostgreSQL database (so no memory is shared with A).
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const describeOnPostgres = serverUrl ? describe : describe.skip;
if (!serverUrl) {
  // eslint-disable-next-line no-console
  console.warn('auth-across-processes.test.ts skipped: TEST_DATABASE_URL (PostgreSQL) unset');
}

const viewerQuery = '{ viewer { user { id } account { id } role permissions } }';
interface ViewerAnswer {
  viewer: {
    user: { id: string };
    account: { id: string } | null;
    role: string | null;
    permissions: string[];
  } | null;
}

async function viewerOf(client: CookieClient): Promise<ViewerAnswer['viewer']> {
  const result = await client.graphql<ViewerAnswer>(viewerQuery);
  expect(result.errors).toBeUndefined();
  return result.data!.viewer;
}

/** The same session cookie, sent to another process. */
function sameSessionOn(url: string, client: CookieClient): CookieClient {
  const other = new CookieClient(url);
  other.setCookie('ll_session', client.cookie('ll_session')!);
  return other;
}

describeOnPostgres('auth state across two processes on one database', () => {
  let testDb: TestDatabase;
  let a: TestServer;
  let b: LedgerlineProcess;
  let admin: CookieClient;
  let accountId: string;
  let sql: pg.Client;

  beforeAll(async () => {
    ensureServerBuild();
    testDb = await createTestDatabase();
    a = await startTestServer({ database: testDb });
    expect(a.config.authCache).toBe(true);
    // B's connections are named, so a test can cut them (pg_terminate_backend).
    b = await startLedgerline({
      DATABASE_URL: `${testDb.url}?application_name=ledgerline-b`,
      DATABASE_POOL_MAX: '2',
      AUTH_CACHE: '1',
    });
    sql = new pg.Client({ connectionString: testDb.url });
    await sql.connect();
    admin = new CookieClient(a.url);
    await admin.signInWithDevProvider('owner@across.example', 'Owner');
    accountId = (await viewerOf(admin))!.account!.id;
  }, 180_000);

  afterAll(async () => {
    if (b !== undefined) {
      b.child.kill('SIGTERM');
      await b.exited;
    }
    await sql?.end();
    await a?.close();
    await testDb?.drop();
  });

  test("a role change and a member's removal hold on the other process's next request", async () => {
    const member = await memberOf(a, accountId, 'BILLING_ADMIN');
    const onB = sameSessionOn(b.url, member);
    const before = await viewerOf(onB);
    expect(before).toMatchObject({ account: { id: accountId }, role: 'BILLING_ADMIN' });
    expect(before!.permissions).toContain('MEMBERS_MANAGE');

    const members = await admin.graphql<{ members: { id: string; user: { id: string } }[] }>(
      '{ members { id user { id } } }',
    );
    const memberId = members.data!.members.find((m) => m.user.id === before!.user.id)!.id;
    const changed = await admin.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId, role: 'VIEWER' } },
    );
    expect(changed.errors).toBeUndefined();
    const demoted = await viewerOf(onB);
    expect(demoted).toMatchObject({ account: { id: accountId }, role: 'VIEWER' });
    expect(demoted!.permissions).not.toContain('MEMBERS_MANAGE');

    const removed = await admin.graphql(
      'mutation($input: MemberIdInput!) { removeMember(input: $input) { id } }',
      { input: { memberId } },
    );
    expect(removed.errors).toBeUndefined();
    // Removed: no longer acts in the account (removal also ends the person's sessions there).
    const after = await viewerOf(onB);
    expect(after?.account ?? null).toBeNull();
    expect(after?.permissions ?? []).toEqual([]);
    const invoices = await onB.graphql('{ invoices(first: 1) { edges { cursor } } }');
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(invoices.errors?.[0]?.extensions?.code);
  });

  test("a session revoked on one process is signed out on the other's next request", async () => {
    // The owner's second browser, used on process B.
    const em = a.db.orm.em.fork();
    const owner = await em.findOneOrFail(User, { email: 'owner@across.example' });
    const account = em.getReference(Account, accountId);
    const token = await createSession(
      em,
      { user: owner, account, provider: 'test', ip: null, userAgent: null },
      a.config,
      systemClock,
    );
    const secondBrowser = new CookieClient(b.url);
    secondBrowser.setCookie('ll_session', token);
    expect(await viewerOf(secondBrowser)).toMatchObject({ account: { id: accountId } });

    const revoked = await admin.graphql<{ revokeOtherSessions: { revokedCount: number } }>(
      'mutation { revokeOtherSessions { revokedCount } }',
    );
    expect(revoked.data?.revokeOtherSessions.revokedCount).toBe(1);
    expect(await viewerOf(secondBrowser)).toBeNull();
    // The owner's own session (process A's cookie) still works on process B.
    expect(await viewerOf(sameSessionOn(b.url, admin))).toMatchObject({
      account: { id: accountId },
      role: 'BILLING_ADMIN',
    });
  });
  test("a suspension and an operator's revoke hold on the other process's next request", async () => {
    await grantOperator(a.db.orm.em.fork(), 'staff@across.example', systemClock.now());
    const staff = await signedInWithoutAccount(a, 'staff@across.example');
    const staffOnB = sameSessionOn(b.url, staff);
    const isOperator = async (client: CookieClient) =>
      (await client.graphql<{ viewer: { isOperator: boolean } }>('{ viewer { isOperator } }')).data
        ?.viewer.isOperator;
    expect(await isOperator(staffOnB)).toBe(true);

    const member = sameSessionOn(b.url, await memberOf(a, accountId, 'BILLING_ADMIN'));
    const suspendedAt = async () =>
      (
        await member.graphql<{ viewer: { account: { suspendedAt: string | null } } }>(
          '{ viewer { account { suspendedAt } } }',
        )
      ).data?.viewer.account.suspendedAt;
    expect(await suspendedAt()).toBeNull();

    const input = { accountId, reason: 'Chargeback under review' };
    const suspended = await staff.graphql(
      'mutation($input: AccountSuspensionInput!) { suspendAccount(input: $input) { id } }',
      { input },
    );
    expect(suspended.errors).toBeUndefined();
    expect(await suspendedAt()).toEqual(expect.any(String));
    const renamed = await member.graphql('mutation { updateAccount(input: { name: "X" }) { id } }');
    expect(renamed.errors?.[0]?.extensions?.code).toBe('ACCOUNT_SUSPENDED');

    const reactivated = await staff.graphql(
      'mutation($input: AccountSuspensionInput!) { reactivateAccount(input: $input) { id } }',
      { input },
    );
    expect(reactivated.errors).toBeUndefined();
    expect(await suspendedAt()).toBeNull();

    // The grant goes (as `npm run operator -- revoke` does it, on A's database connection).
    const revoked = await revokeOperator(
      a.db.orm.em.fork(),
      'staff@across.example',
      systemClock.now(),
      a.config,
    );
    expect(revoked.changed).toBe(true);
    expect(await isOperator(staffOnB)).toBe(false);
    const refused = await staffOnB.graphql(
      'mutation($input: AccountSuspensionInput!) { suspendAccount(input: $input) { id } }',
      { input },
    );
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused.errors?.[0]?.extensions?.code);
  });

  test('B answers from its cache while the auth epoch stands, and reads afresh once it moves', async () => {
    const member = await memberOf(a, accountId, 'BILLING_ADMIN');
    const onB = sameSessionOn(b.url, member);
    const me = (await viewerOf(onB))!.user.id;
    expect(await viewerOf(member)).toMatchObject({ role: 'BILLING_ADMIN' });
    // A change made with the triggers switched off (replica mode) does not move the epoch: the
    // processes keep answering from their cached rows, which shows the cache is in use …
    await sql.query('begin');
    await sql.query('set local session_replication_role = replica');
    await sql.query(`update membership set role = 'VIEWER' where user_id = $1`, [me]);
    await sql.query('commit');
    expect(await viewerOf(onB)).toMatchObject({ role: 'BILLING_ADMIN' });
    expect(await viewerOf(member)).toMatchObject({ role: 'BILLING_ADMIN' });
    // … and whatever moves the epoch makes every process read its row again at once.
    await sql.query('update auth_epoch set n = n + 1 where id = 1');
    expect(await viewerOf(onB)).toMatchObject({ role: 'VIEWER' });
    expect(await viewerOf(member)).toMatchObject({ role: 'VIEWER' });
  });

  test("with its database connections cut, B's next request still sees the change made meanwhile", async () => {
    const member = await memberOf(a, accountId, 'BILLING_ADMIN');
    const onB = sameSessionOn(b.url, member);
    const me = await viewerOf(onB);
    expect(me).toMatchObject({ role: 'BILLING_ADMIN' });
    const cut = await sql.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ledgerline-b'`,
    );
    expect(cut.rowCount).toBeGreaterThan(0);

    const members = await admin.graphql<{ members: { id: string; user: { id: string } }[] }>(
      '{ members { id user { id } } }',
    );
    const memberId = members.data!.members.find((m) => m.user.id === me!.user.id)!.id;
    const changed = await admin.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId, role: 'VIEWER' } },
    );
    expect(changed.errors).toBeUndefined();
    expect(await viewerOf(onB)).toMatchObject({ role: 'VIEWER' });
  });
});
