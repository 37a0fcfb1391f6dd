import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import { memberOf } from '../../test/members.js';
import { Account } from '../accounts/account.entity.js';
import { User } from '../users/user.entity.js';
import { Membership } from './membership.entity.js';
import { startTestServer, type TestServer } from '../../test/server.js';

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const viewerQuery = `{ viewer { user { email } account { id name } role permissions
  accounts { account { id name } role current } } }`;
const membersQuery = `{ members { id role grants permissions isYou user { email name } } }`;
const invitationsQuery = `{ invitations { id email role grants status expiresAt invitedBy { email } } }`;
const invite = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { inviteUrl invitation { id email role grants status } } }`;
const resend = `mutation($input: InvitationIdInput!) {
  resendInvite(input: $input) { inviteUrl invitation { id status } } }`;
const revoke = `mutation($input: InvitationIdInput!) { revokeInvite(input: $input) { id } }`;
const accept = `mutation($input: InvitationTokenInput!) {
  acceptInvite(input: $input) { account { id name } role current } }`;
const preview = `query($token: String!) {
  invitation(token: $token) { accountName invitedByName role email status } }`;
const changeRole = `mutation($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { id role grants } }`;
const setPermissions = `mutation($input: SetMemberPermissionsInput!) {
  setMemberPermissions(input: $input) { id grants permissions } }`;
const remove = `mutation($input: MemberIdInput!) { removeMember(input: $input) { id } }`;
const transfer = `mutation($input: MemberIdInput!) { transferOwnership(input: $input) { id role } }`;
const leave = `mutation { leaveAccount { account { id } role } }`;
const switchTo = `mutation($input: SwitchAccountInput!) {
  switchAccount(input: $input) { account { id } current } }`;

interface Viewer {
  viewer: {
    user: { email: string };
    account: { id: string; name: string } | null;
    role: string | null;
    permissions: string[];
    accounts: { account: { id: string; name: string }; role: string; current: boolean }[];
  } | null;
}
interface Members {
  members: {
    id: string;
    role: string;
    grants: string[];
    isYou: boolean;
    user: { email: string };
  }[];
}
interface Invited {
  inviteMember: {
    inviteUrl: string;
    invitation: { id: string; email: string; role: string; grants: string[]; status: string };
  };
}

const tokenOf = (url: string) => new URL(url).pathname.replace('/invite/', '');
const pathOf = (url: string) => new URL(url).pathname;

describe('members and invitations', () => {
  const clock = new FixedClock(new Date('2026-09-01T09:00:00Z'));
  let server: TestServer;
  let admin: CookieClient;
  let accountId: string;

  async function setPlan(id: string, code: string) {
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(`update account set plan_id = (select id from plan where code = ?) where id = ?`, [
        code,
        id,
      ]);
  }

  async function viewerOf(client: CookieClient) {
    return (await client.graphql<Viewer>(viewerQuery)).data!.viewer!;
  }

  async function signedIn(email: string, name: string, returnTo = '/') {
    const client = new CookieClient(server.url);
    await client.signInWithDevProvider(email, name, returnTo);
    return client;
  }

  async function inviteAs(
    client: CookieClient,
    input: Record<string, unknown>,
  ): Promise<Answer<Invited>> {
    return client.graphql<Invited>(invite, { input });
  }

  async function memberId(email: string): Promise<string> {
    const { data } = await admin.graphql<Members>(membersQuery);
    return data!.members.find((m) => m.user.email === email)!.id;
  }

  beforeAll(async () => {
    server = await startTestServer({ clock });
    admin = await signedIn('ada@acme.example', 'Ada Admin');
    accountId = (await viewerOf(admin)).account!.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses an invitation beyond the seats with SEAT_LIMIT naming a plan with more', async () => {
    // Free includes one seat, which Ada takes.
    const refused = await inviteAs(admin, { email: 'bea@acme.example', role: 'VIEWER' });
    expect(refused.errors?.[0]).toMatchObject({
      message:
        'Your Free plan has 1 seat, all taken (1 member). Change your seats on the Plans page, or move to Basic (3 seats included).',
      extensions: { code: 'SEAT_LIMIT', seatsAllowed: 1, seatsUsed: 1, upgradePlan: 'basic' },
    });
    await setPlan(accountId, 'basic');
  });

  it('checks the invitation input field by field', async () => {
    for (const [input, field] of [
      [{ email: 'not-an-address', role: 'VIEWER' }, 'email'],
      [
        { email: 'x@acme.example', role: 'VIEWER', permissions: ['BILLING_DETAILS_EDIT'] },
        'permissions',
      ],
      [
        { email: 'x@acme.example', role: 'BILLING_USER', permissions: ['MEMBERS_MANAGE'] },
        'permissions',
      ],
    ] as const) {
      const refused = await inviteAs(admin, input);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const self = await inviteAs(admin, { email: 'ADA@acme.example', role: 'VIEWER' });
    expect(self.errors?.[0]).toMatchObject({
      message: 'ada@acme.example is already a member of this account.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('lets a first sign-in through the link join the account with the role and grants', async () => {
    const sent = await inviteAs(admin, {
      email: 'Bea@Acme.example',
      role: 'BILLING_USER',
      permissions: ['INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
    });
    expect(sent.errors).toBeUndefined();
    const { inviteUrl, invitation } = sent.data!.inviteMember;
    expect(invitation).toMatchObject({
      email: 'bea@acme.example',
      role: 'BILLING_USER',
      grants: ['INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
      status: 'OPEN',
    });
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
    // The invitee gets the link by e-mail (the outbox here: no SMTP_URL in this test).
    const mail = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ subject: string; text: string; status: string }[]>(
        `select subject, text, status from mail_message where to_address = 'bea@acme.example'`,
      );
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      subject: 'Join Ada Admin on Ledgerline Demo Seller GmbH',
      status: 'outbox',
    });
    expect(mail[0]!.text).toContain(inviteUrl);
    expect(mail[0]!.text).toContain('Ada Admin invited you to join Ada Admin as Billing User');

    const anonymous = new CookieClient(server.url);
    const shown = await anonymous.graphql(preview, { token: tokenOf(inviteUrl) });
    expect(shown.data).toEqual({
      invitation: {
        accountName: 'Ada Admin',
        invitedByName: 'Ada Admin',
        role: 'BILLING_USER',
        email: 'b***@acme.example',
        status: 'OPEN',
      },
    });

    const bea = await signedIn('bea@acme.example', 'Bea Billing', pathOf(inviteUrl));
    const viewer = await viewerOf(bea);
    expect(viewer.account!.id).toBe(accountId);
    expect(viewer.role).toBe('BILLING_USER');
    expect(viewer.permissions).toEqual([
      'BILLING_READ',
      'INVOICES_DOWNLOAD',
      'INVOICES_PAY',
      'BILLING_DETAILS_EDIT',
    ]);
    expect(viewer.accounts).toHaveLength(1); // no account of her own was created

    const after = await anonymous.graphql(preview, { token: tokenOf(inviteUrl) });
    expect(after.data).toMatchObject({ invitation: { status: 'ACCEPTED' } });
    const reused = await bea.graphql(accept, { input: { token: tokenOf(inviteUrl) } });
    expect(reused.errors?.[0]).toMatchObject({
      message: 'This invitation has already been used.',
      extensions: { code: 'CONFLICT' },
    });
    const pending = await admin.graphql<{ invitations: unknown[] }>(invitationsQuery);
    expect(pending.data!.invitations).toEqual([]);
  });

  it('accepts only the invited, verified e-mail; expired and withdrawn links fail clearly', async () => {
    const sent = await inviteAs(admin, { email: 'cy@acme.example', role: 'VIEWER' });
    const token = tokenOf(sent.data!.inviteMember.inviteUrl);

    // Someone else, signing in from Cy's link, gets an account of their own and cannot accept.
    const mallory = await signedIn('mallory@evil.example', 'Mallory', `/invite/${token}`);
    expect((await viewerOf(mallory)).account!.id).not.toBe(accountId);
    const wrong = await mallory.graphql(accept, { input: { token } });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'This invitation is for c***@acme.example. Sign in with that address to accept it.',
      extensions: { code: 'FORBIDDEN' },
    });

    // A resend replaces the link: the old one is unknown from then on.
    const resent = await admin.graphql<{ resendInvite: { inviteUrl: string } }>(resend, {
      input: { invitationId: sent.data!.inviteMember.invitation.id },
    });
    const fresh = tokenOf(resent.data!.resendInvite.inviteUrl);
    expect(fresh).not.toBe(token);
    const stale = await mallory.graphql(accept, { input: { token } });
    expect(stale.errors?.[0]).toMatchObject({
      message: 'This invitation link is not valid. Ask for a new one.',
      extensions: { code: 'NOT_FOUND' },
    });

    // Seven days later the link has expired.
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(`update invitation set expires_at = ? where email = 'cy@acme.example'`, [
        new Date(clock.now().getTime() - 1000),
      ]);
    const cy = await signedIn('cy@acme.example', 'Cy', `/invite/${fresh}`);
    expect((await viewerOf(cy)).account!.id).not.toBe(accountId);
    const expired = await cy.graphql(accept, { input: { token: fresh } });
    expect(expired.errors?.[0]).toMatchObject({
      message: 'This invitation has expired. Ask for a new one.',
      extensions: { code: 'CONFLICT' },
    });
    const listed = await admin.graphql<{ invitations: { status: string; id: string }[] }>(
      invitationsQuery,
    );
    expect(listed.data!.invitations.map((i) => i.status)).toEqual(['EXPIRED']);

    // Withdrawn: the link stops working too.
    const again = await admin.graphql<{ resendInvite: { inviteUrl: string } }>(resend, {
      input: { invitationId: listed.data!.invitations[0]!.id },
    });
    await admin.graphql(revoke, { input: { invitationId: listed.data!.invitations[0]!.id } });
    const withdrawn = await cy.graphql(accept, {
      input: { token: tokenOf(again.data!.resendInvite.inviteUrl) },
    });
    expect(withdrawn.errors?.[0]).toMatchObject({
      message: 'This invitation was withdrawn. Ask for a new one.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('lets an existing user accept, belong to two accounts and switch between them', async () => {
    const dan = await signedIn('dan@elsewhere.example', 'Dan');
    const own = (await viewerOf(dan)).account!.id;
    const sent = await inviteAs(admin, { email: 'dan@elsewhere.example', role: 'VIEWER' });
    const accepted = await dan.graphql(accept, {
      input: { token: tokenOf(sent.data!.inviteMember.inviteUrl) },
    });
    expect(accepted.data).toMatchObject({
      acceptInvite: { account: { id: accountId }, role: 'VIEWER', current: true },
    });
    let viewer = await viewerOf(dan);
    expect(viewer.account!.id).toBe(accountId);
    expect(viewer.accounts.map((a) => [a.account.id, a.role, a.current])).toEqual([
      [own, 'BILLING_ADMIN', false],
      [accountId, 'VIEWER', true],
    ]);

    await dan.graphql(switchTo, { input: { accountId: own } });
    viewer = await viewerOf(dan);
    expect(viewer.account!.id).toBe(own);
    const foreign = await dan.graphql(switchTo, { input: { accountId: 'acc_not_mine' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('moves the session that leaves to the next account, or to none', async () => {
    const erin = await signedIn('erin@elsewhere.example', 'Erin');
    const own = (await viewerOf(erin)).account!.id;
    // Erin belongs to Ada's account too (written directly: this is about leaving, not joining).
    const em = server.db.orm.em.fork();
    em.create(Membership, {
      user: await em.findOneOrFail(User, { email: 'erin@elsewhere.example' }),
      account: em.getReference(Account, accountId),
      role: 'VIEWER',
    });
    await em.flush();
    await erin.graphql(switchTo, { input: { accountId } });

    const left = await erin.graphql(leave);
    expect(left.data).toEqual({ leaveAccount: { account: { id: own }, role: 'BILLING_ADMIN' } });
    const after = await viewerOf(erin);
    expect(after.account!.id).toBe(own);
    expect(after.accounts.map((a) => a.account.id)).toEqual([own]);

    const solo = await memberOf(server, accountId, 'VIEWER');
    expect((await solo.graphql(leave)).data).toEqual({ leaveAccount: null });
    expect(await viewerOf(solo)).toMatchObject({ account: null, role: null, accounts: [] });
  });

  it('keeps a Billing Admin: the last one cannot be demoted, removed or leave', async () => {
    const ada = await memberId('ada@acme.example');
    const demoted = await admin.graphql(changeRole, { input: { memberId: ada, role: 'VIEWER' } });
    expect(demoted.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const removed = await admin.graphql(remove, { input: { memberId: ada } });
    expect(removed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const left = await admin.graphql(leave);
    expect(left.errors?.[0]?.message).toMatch(/^An account needs a Billing Admin/);
  });

  it('sets grants for Billing Users only, and transfers ownership', async () => {
    const bea = await memberId('bea@acme.example');
    const granted = await admin.graphql(setPermissions, {
      input: { memberId: bea, permissions: ['PAYMENT_METHODS_MANAGE', 'INVOICES_PAY'] },
    });
    expect(granted.data).toMatchObject({
      setMemberPermissions: { grants: ['INVOICES_PAY', 'PAYMENT_METHODS_MANAGE'] },
    });
    // Paying is a Billing User's default, and revocable (docs/API.md "Operations").
    const revoked = await admin.graphql(setPermissions, {
      input: { memberId: bea, permissions: [] },
    });
    expect(revoked.data).toMatchObject({
      setMemberPermissions: { grants: [], permissions: ['BILLING_READ', 'INVOICES_DOWNLOAD'] },
    });
    const dan = await memberId('dan@elsewhere.example');
    const viewerGrant = await admin.graphql(setPermissions, {
      input: { memberId: dan, permissions: ['INVOICES_PAY'] },
    });
    expect(viewerGrant.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'permissions',
    });

    const handed = await admin.graphql(transfer, { input: { memberId: bea } });
    expect(handed.data).toMatchObject({ transferOwnership: { role: 'BILLING_ADMIN' } });
    expect((await viewerOf(admin)).role).toBe('BILLING_USER');
    // Ada is no longer allowed to manage members; Bea hands the role back.
    const beaClient = await signedIn('bea@acme.example', 'Bea Billing');
    const denied = await admin.graphql(membersQuery);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const back = await beaClient.graphql(changeRole, {
      input: { memberId: await memberIdAs(beaClient, 'ada@acme.example'), role: 'BILLING_ADMIN' },
    });
    expect(back.errors).toBeUndefined();
  });

  async function memberIdAs(client: CookieClient, email: string): Promise<string> {
    const { data } = await client.graphql<Members>(membersQuery);
    return data!.members.find((m) => m.user.email === email)!.id;
  }

  it('ends a removed member’s sessions and API tokens at once', async () => {
    const bea = await signedIn('bea@acme.example', 'Bea Billing');
    const created = await bea.graphql<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "ERP", scopes: [INVOICES_READ] }) { secret } }`,
    );
    const secret = created.data!.createApiToken.secret;
    const partnerRequest = () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ account { id } }' }),
      });
    expect((await partnerRequest()).status).toBe(200);

    await admin.graphql(remove, { input: { memberId: await memberId('bea@acme.example') } });
    expect((await bea.graphql<Viewer>(viewerQuery)).data!.viewer).toBeNull(); // signed out
    const refused = await bea.graphql(`{ account { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect((await partnerRequest()).status).toBe(401);
  });

  it('never leaves the account without an admin when two admins demote each other at once', async () => {
    const eve = await signedIn('eve@acme.example', 'Eve');
    // Eve joins as a second Billing Admin.
    const sent = await inviteAs(admin, { email: 'eve@acme.example', role: 'BILLING_ADMIN' });
    await eve.graphql(accept, { input: { token: tokenOf(sent.data!.inviteMember.inviteUrl) } });
    const ada = await memberId('ada@acme.example');
    const eveId = await memberId('eve@acme.example');
    const [one, two] = await Promise.all([
      admin.graphql(changeRole, { input: { memberId: eveId, role: 'VIEWER' } }),
      eve.graphql(changeRole, { input: { memberId: ada, role: 'VIEWER' } }),
    ]);
    const outcomes = [one, two].map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
    // One demotion wins; the other is refused (CONFLICT: last admin, or FORBIDDEN: demoted first).
    expect(outcomes.filter((code) => code === 'OK')).toHaveLength(1);
    const { data } = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ admins: number }[]>(
        `select count(*)::int as admins from membership where account_id = ? and role = 'BILLING_ADMIN'`,
        [accountId],
      )
      .then((rows) => ({ data: rows[0]! }));
    expect(data.admins).toBe(1);
  });

  it('never exceeds the seats when invitations race', async () => {
    const racer = await signedIn('racer@seats.example', 'Racer');
    const racerAccount = (await viewerOf(racer)).account!.id;
    await setPlan(racerAccount, 'basic'); // 3 seats: the admin and two more
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inviteAs(racer, { email: `guest${i}@seats.example`, role: 'VIEWER' }),
      ),
    );
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(2);
    expect(codes.filter((code) => code === 'SEAT_LIMIT')).toHaveLength(8);
  });
});
