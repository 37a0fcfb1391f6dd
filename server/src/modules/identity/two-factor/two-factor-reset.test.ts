import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { enrolTwoFactor, verifySecondFactor } from '../../../test/authenticator.js';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { signedInWithoutAccount } from '../../../test/sessions.js';

const operatorEmail = 'support@vendor.example';
const reset = `mutation($email: String!, $reason: String!) {
  resetTwoFactor(input: { email: $email, reason: $reason }) { email resetAt sessionsEnded } }`;
const stageQuery = `{ viewer { signInStage user { id } account { id } } }`;

interface Stage {
  viewer: { signInStage: string; user: { id: string }; account: { id: string } | null } | null;
}

describe('support resets a two-factor sign-in', () => {
  const clock = new FixedClock(new Date('2026-11-30T09:15:00Z'));
  let server: TestServer;
  let operator: CookieClient;

  beforeAll(async () => {
    server = await startTestServer({
      clock,
      env: {
        OPERATOR_EMAILS: operatorEmail,
        TWO_FACTOR_KEY: 'c2Vjb25kLWZhY3Rvci10ZXN0LWtleS0zMi1ieXRlcyE=',
        SELLER_EMAIL: 'help@vendor.example',
      },
    });
    operator = await signedInWithoutAccount(server, operatorEmail);
  });
  afterAll(async () => {
    await server.close();
  });

  async function signIn(email: string): Promise<{ client: CookieClient; landed: URL }> {
    const client = new CookieClient(server.url);
    const landed = await client.signInWithDevProvider(email, email.split('@')[0]!, '/');
    return { client, landed };
  }

  const sql = <T>(query: string, params: unknown[] = []) =>
    server.db.orm.em.fork().getConnection().execute<T[]>(query, params);

  it('removes the factor, signs the person out everywhere, audits it and e-mails them', async () => {
    const email = 'lost.phone@example.com';
    const first = await signIn(email);
    await enrolTwoFactor(first.client);
    const { user, account } = (await first.client.graphql<Stage>(stageQuery)).data!.viewer!;
    // A second device, signed in with a code.
    const second = await signIn(email);
    expect(second.landed.pathname).toBe('/sign-in/two-factor');

    const done = await operator.graphql<{
      resetTwoFactor: { email: string; resetAt: string; sessionsEnded: number };
    }>(reset, { email: ' Lost.Phone@Example.com ', reason: 'Ticket 4711: lost phone, ID checked' });
    expect(done.errors).toBeUndefined();
    expect(done.data!.resetTwoFactor).toEqual({
      email,
      resetAt: '2026-11-30T09:15:00.000Z',
      sessionsEnded: 2,
    });

    // Whoever held a session signs in again, and no code is asked.
    expect((await first.client.graphql<Stage>(stageQuery)).data?.viewer).toBeNull();
    expect((await second.client.graphql<Stage>(stageQuery)).data?.viewer).toBeNull();
    const again = await signIn(email);
    expect(again.landed.pathname).toBe('/');
    expect((await again.client.graphql<Stage>(stageQuery)).data!.viewer!.signInStage).toBe(
      'COMPLETE',
    );
    expect(await sql(`select 1 from two_factor where user_id = ?`, [user.id])).toHaveLength(0);
    expect(
      await sql(`select 1 from two_factor_backup_code where user_id = ?`, [user.id]),
    ).toHaveLength(0);

    const events = await sql<{ account_id: string | null; actor: string; summary: unknown }>(
      `select e.account_id, u.email as actor, e.summary from audit_event e
         join app_user u on u.id = e.actor_user_id
        where e.action = 'two_factor.reset' and e.target = ?`,
      [user.id],
    );
    expect(events).toEqual([
      {
        account_id: account!.id,
        actor: operatorEmail,
        summary: {
          email,
          reason: 'Ticket 4711: lost phone, ID checked',
          sessionsRevoked: 2,
          backupCodesRemoved: 10,
        },
      },
    ]);

    const [mail] = await sql<{ to_address: string; subject: string; text: string }>(
      `select to_address, subject, text from mail_message where template = 'twoFactorReset'`,
    );
    expect(mail!.to_address).toBe(email);
    expect(mail!.subject).toMatch(/^Your two-factor sign-in was reset by .+ support$/);
    expect(mail!.text).toContain('on 30 November 2026 at 09:15 UTC');
    expect(mail!.text).toContain(
      'If you did not ask for this, contact support at help@vendor.example',
    );

    // Nothing is left to reset.
    const twice = await operator.graphql(reset, { email, reason: 'again' });
    expect(twice.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'TWO_FACTOR_NOT_ENABLED',
    });
  });

  it('sends someone whose account requires two-factor sign-in to set it up again', async () => {
    const email = 'required@example.com';
    const { client } = await signIn(email);
    const { app } = await enrolTwoFactor(client);
    const accountId = (await client.graphql<Stage>(stageQuery)).data!.viewer!.account!.id;
    await sql(
      `insert into account_two_factor_policy (account_id, required, updated_at) values (?, true, now())`,
      [accountId],
    );
    expect(
      (await operator.graphql(reset, { email, reason: 'Ticket 4712' })).errors,
    ).toBeUndefined();

    const again = await signIn(email);
    expect((await again.client.graphql<Stage>(stageQuery)).data!.viewer!.signInStage).toBe(
      'TWO_FACTOR_ENROLMENT',
    );
    // The old authenticator is of no use any more.
    const old = await verifySecondFactor(again.client, await app.nextCode());
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers NOT_FOUND for an unknown address and asks for a reason', async () => {
    const unknown = await operator.graphql(reset, {
      email: 'nobody@example.com',
      reason: 'Ticket 1',
    });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const noReason = await operator.graphql(reset, { email: 'nobody@example.com', reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('is refused to anyone but an operator, changing nothing', async () => {
    const email = 'keeps.it@example.com';
    const { client } = await signIn(email);
    await enrolTwoFactor(client);
    const accountId = (await client.graphql<Stage>(stageQuery)).data!.viewer!.account!.id;
    const admin = await memberOf(server, accountId, 'BILLING_ADMIN');
    for (const caller of [admin, client, new CookieClient(server.url)]) {
      const refused = await caller.graphql(reset, { email, reason: 'Let me in' });
      expect(refused.data).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused.errors?.[0]?.extensions?.code);
    }
    expect(
      await sql(
        `select 1 from two_factor t join app_user u on u.id = t.user_id where u.email = ?`,
        [email],
      ),
    ).toHaveLength(1);
  });
});
