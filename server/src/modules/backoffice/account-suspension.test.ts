import 'reflect-metadata';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import type { CookieClient } from '../../test/browser.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { createCustomer } from '../billing/subscriptions/billing.fixture.js';
import { OutboxMessage } from '../notifications/index.js';

const suspend = `mutation($input: AccountSuspensionInput!) {
  suspendAccount(input: $input) { id suspendedAt suspensionReason }
}`;
const reactivate = `mutation($input: AccountSuspensionInput!) {
  reactivateAccount(input: $input) { id suspendedAt suspensionReason }
}`;
const start = `mutation { startSubscription(input: {
  planCode: "basic", interval: MONTH, currency: "EUR", seats: 1, idempotencyKey: "k-${'$'}{n}"
}) { subscription { status } } }`;

const codeOf = (answer: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.code;

describe('suspendAccount and reactivateAccount (docs/OPERATIONS.md "Suspending an account")', () => {
  let server: TestServer;
  let operator: CookieClient;
  let admin: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
    accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Suspect GmbH',
      'de_individual',
      new Date(),
    );
    admin = await memberOf(server, accountId, 'BILLING_ADMIN', { email: 'admin@suspect.example' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is for operators only: a Billing Admin cannot suspend or reactivate', async () => {
    const input = { accountId, reason: 'I want to' };
    expect(codeOf(await admin.graphql(suspend, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await admin.graphql(reactivate, { input }))).toBe('FORBIDDEN');
  });

  it('needs a reason and a real account', async () => {
    const blank = await operator.graphql(suspend, { input: { accountId, reason: '  ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const unknown = await operator.graphql(suspend, {
      input: { accountId: 'acc_unknown', reason: 'Fraud' },
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('makes the account read-only for its members, who see why; paying and reading stay open; audited', async () => {
    const done = await operator.graphql<{ suspendAccount: { suspensionReason: string } }>(suspend, {
      input: { accountId, reason: 'Chargeback under review' },
    });
    expect(done.data?.suspendAccount.suspensionReason).toBe('Chargeback under review');
    expect(codeOf(await operator.graphql(suspend, { input: { accountId, reason: 'Again' } }))).toBe(
      'CONFLICT',
    );

    // Members still sign in and read, and see the reason.
    const viewer = await admin.graphql<{
      viewer: { account: { suspendedAt: string | null; suspensionReason: string | null } };
    }>(`{ viewer { account { suspendedAt suspensionReason } } }`);
    expect(viewer.data?.viewer.account).toMatchObject({
      suspendedAt: expect.any(String),
      suspensionReason: 'Chargeback under review',
    });
    expect((await admin.graphql(`{ invoices { edges { node { id } } } }`)).errors).toBeUndefined();

    // Money-moving and paid-feature operations are refused with the reason …
    const started = await admin.graphql(start.replace('${n}', '1'));
    expect(started.errors?.[0]).toMatchObject({
      message: 'This account is suspended: Chargeback under review.',
      extensions: { code: 'ACCOUNT_SUSPENDED' },
    });
    for (const mutation of [
      `mutation { inviteMember(input: { email: "new@suspect.example", role: VIEWER }) { invitation { id } } }`,
      `mutation { createApiToken(input: { name: "erp", scopes: [ACCOUNT_READ] }) { secret } }`,
      `mutation { updateAccount(input: { name: "Renamed" }) { id } }`,
    ]) {
      expect(codeOf(await admin.graphql(mutation))).toBe('ACCOUNT_SUSPENDED');
    }
    // … while taking access away and personal settings stay open.
    expect(
      codeOf(await admin.graphql(`mutation { revokeOtherSessions { revokedCount } }`)),
    ).not.toBe('ACCOUNT_SUSPENDED');

    const reactivated = await operator.graphql<{ reactivateAccount: { suspendedAt: null } }>(
      reactivate,
      { input: { accountId, reason: 'Review closed' } },
    );
    expect(reactivated.data?.reactivateAccount).toMatchObject({
      suspendedAt: null,
      suspensionReason: null,
    });
    expect(codeOf(await operator.graphql(reactivate, { input: { accountId, reason: 'x' } }))).toBe(
      'CONFLICT',
    );
    expect((await admin.graphql(start.replace('${n}', '2'))).errors).toBeUndefined();

    const audit = await server.db.orm.em.fork().find(
      AuditEvent,
      { accountId, action: { $in: ['account.suspend', 'account.reactivate'] } },
      {
        orderBy: { occurredAt: 'asc', id: 'asc' },
      },
    );
    expect(audit.map((e) => [e.action, e.summary])).toEqual([
      ['account.suspend', { reason: 'Chargeback under review' }],
      ['account.reactivate', { reason: 'Review closed', suspendedFor: 'Chargeback under review' }],
    ]);
    // Members are told, once each way (the refused second suspension told nobody).
    const told = await server.db.orm.em
      .fork()
      .find(
        OutboxMessage,
        { accountId, topic: { $in: ['account.suspended', 'account.reactivated'] } },
        { orderBy: { id: 'asc' } },
      );
    expect(told.map((m) => [m.topic, m.payload])).toEqual([
      ['account.suspended', expect.objectContaining({ reason: 'Chargeback under review' })],
      ['account.reactivated', expect.objectContaining({ reason: null })],
    ]);
  });
});
