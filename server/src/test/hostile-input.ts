import { CookieClient } from './browser.js';
import type { TestServer } from './server.js';
import { signedInWithoutAccount } from './sessions.js';

/**
 * Strings and numbers that broke requests before the input guard (CONTRIBUTING.md, "Hostile
 * input"), and neighbours of them that must keep working.
 */
export const hostileStrings = [
  '\u0000',
  'x\u0000y',
  'x\ud800y',
  '\udc00',
  'x\udbff',
  '%00',
  '\\u0000',
  '',
  ' ',
  '\n\r\t',
  '\u202e\u0007\u001b[31m',
  '\uffff\ufffe',
  '🙂',
  "'; drop table invoice; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'x'.repeat(5_000),
] as const;

export const hostileInts = [0, -1, 1, 2, 2147483647, -2147483648, 86_400, 3_650] as const;

export const hostileDates = [
  '0001-01-01T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999Z',
  '2000-02-29T12:00:00.000Z',
] as const;

export const operatorEmail = 'ops@vendor.example';
export const adminEmail = 'ada@a.example';

/** Real objects of one account, for arguments that name them. */
export interface HostileFixture {
  accountId: string;
  /** An open invoice of the account. */
  invoiceId: string;
  /** The Billing Admin's own membership. */
  memberId: string;
  invitationId: string;
  apiTokenId: string;
  /** Another session of the Billing Admin (signed in elsewhere). */
  sessionId: string;
  identityId: string;
  admin: CookieClient;
  operator: CookieClient;
}

async function ok<T>(client: CookieClient, query: string, variables?: Record<string, unknown>) {
  const answer = await client.graphql<T>(query, variables);
  if (answer.errors !== undefined) {
    throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data!;
}

/**
 * Account A with billing details, a paid Basic subscription with an open invoice, an API token,
 * an open invitation and a second session of its Billing Admin; plus an operator (the server
 * needs OPERATOR_EMAILS=operatorEmail).
 */
export async function hostileFixture(server: TestServer): Promise<HostileFixture> {
  const admin = new CookieClient(server.url);
  await admin.signInWithDevProvider(adminEmail, 'Ada Admin');
  const { viewer } = await ok<{ viewer: { account: { id: string } } }>(
    admin,
    `{ viewer { account { id } } }`,
  );
  await ok(
    admin,
    `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
    {
      input: {
        legalName: 'Acme GmbH',
        billingEmail: 'billing@acme.example',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    },
  );
  const start = `mutation($input: StartSubscriptionInput!) {
    startSubscription(input: $input) { invoice { id status } } }`;
  const subscription = { interval: 'MONTH', currency: 'EUR', seats: 1, planCode: 'basic' };
  // The trial goes first, so the second start is paid and leaves an open invoice.
  await ok(admin, start, { input: { ...subscription, idempotencyKey: 'trial' } });
  await ok(
    admin,
    `mutation($input: CancelSubscriptionInput!) { cancelSubscription(input: $input) { outcome } }`,
    { input: { timing: 'NOW', reason: 'UNUSED', idempotencyKey: 'end-trial' } },
  );
  const paid = await ok<{ startSubscription: { invoice: { id: string } } }>(admin, start, {
    input: { ...subscription, idempotencyKey: 'paid' },
  });
  const token = await ok<{ createApiToken: { token: { id: string } } }>(
    admin,
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
    { input: { name: 'ERP sync', scopes: ['INVOICES_READ'] } },
  );
  const invitation = await ok<{ inviteMember: { invitation: { id: string } } }>(
    admin,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
    { input: { email: 'pending@a.example', role: 'VIEWER' } },
  );
  const members = await ok<{ members: { id: string; isYou: boolean }[] }>(
    admin,
    `{ members { id isYou } }`,
  );
  await new CookieClient(server.url).signInWithDevProvider(adminEmail, 'Ada Admin');
  const sessions = await ok<{ sessions: { id: string; current: boolean }[] }>(
    admin,
    `{ sessions { id current } }`,
  );
  const identities = await server.db.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `select i.id from identity i join app_user u on u.id = i.user_id where u.email = ?`,
      [adminEmail],
    );
  return {
    accountId: viewer.account.id,
    invoiceId: paid.startSubscription.invoice.id,
    memberId: members.members.find((m) => m.isYou)!.id,
    invitationId: invitation.inviteMember.invitation.id,
    apiTokenId: token.createApiToken.token.id,
    sessionId: sessions.sessions.find((s) => !s.current)!.id,
    identityId: identities[0]!.id,
    admin,
    operator: await signedInWithoutAccount(server, operatorEmail),
  };
}
