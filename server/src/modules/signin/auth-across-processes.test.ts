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
import { User } from '../users/user.entity.js';

/**
 * Several Ledgerline processes share one database. Whatever one of them changes about who may do
 * what — a revoked session, a changed role, a removed member — must hold on the very next request
 * to any other process: no process may answer from what it remembered of an earlier request.
 * Process A is this test's in-process app; process B is `node server/dist/main.js` on the same
 * PostgreSQL database (so no memory is shared with A).
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

  beforeAll(async () => {
    ensureServerBuild();
    testDb = await createTestDatabase();
    a = await startTestServer({ database: testDb });
    b = await startLedgerline({ DATABASE_URL: testDb.url, DATABASE_POOL_MAX: '2' });
    admin = new CookieClient(a.url);
    await admin.signInWithDevProvider('owner@across.example', 'Owner');
    accountId = (await viewerOf(admin))!.account!.id;
  }, 180_000);

  afterAll(async () => {
    if (b !== undefined) {
      b.child.kill('SIGTERM');
      await b.exited;
    }
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
});
