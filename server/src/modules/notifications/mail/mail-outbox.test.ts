import 'reflect-metadata';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { systemClock } from '../../../clock.js';
import { sessionCookieName } from '../../identity/cookies.js';
import { createSession } from '../../identity/session.service.js';
import { User } from '../../users/user.entity.js';
import { MailMessage } from './mail-message.entity.js';
import { enqueueMail } from './mail.service.js';

const operatorEmail = 'ops@vendor.example';

const outboxQuery = `query Outbox($first: Int, $after: String) {
  mailOutbox(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id to subject template status createdAt attempts } }
  }
}`;
const messageQuery = `query Message($id: ID!) {
  mailMessage(id: $id) { id to from subject status html text }
}`;

interface OutboxPage {
  mailOutbox: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; to: string; subject: string; status: string } }[];
  } | null;
}

async function enqueueInvites(server: TestServer, accountNames: string[]): Promise<string[]> {
  return server.db.orm.em.fork().transactional(async (tx) =>
    accountNames.map(
      (accountName, i) =>
        enqueueMail(tx, server.config, {
          to: `invitee${i}@customer.example`,
          template: 'invite',
          data: {
            inviterName: 'Ada Admin',
            accountName,
            roleLabel: 'Viewer',
            acceptUrl: 'http://localhost:3000/invite/tok',
            expiresAt: new Date('2027-02-08T09:00:00Z'),
          },
          accountId: null,
          // One second apart, oldest first, so "newest first" is the reverse order.
          at: new Date(Date.UTC(2027, 0, 1, 9, 0, i)),
        }).id,
    ),
  );
}

describe('the mail outbox (no SMTP_URL, outside production)', () => {
  let server: TestServer;
  let operator: CookieClient;
  let ids: string[];

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: operatorEmail } });
    operator = new CookieClient(server.url);
    await operator.signInWithDevProvider(operatorEmail, 'Olga Operator');
    ids = await enqueueInvites(server, ['Acme GmbH', 'Globex', '<script>x</script> Ltd']);
  });
  afterAll(async () => {
    await server.close();
  });

  it('keeps every message in the outbox and lists it to operators, newest first, page by page', async () => {
    const rows = await server.db.orm.em.fork().find(MailMessage, {});
    expect(rows.map((row) => row.status)).toEqual(['outbox', 'outbox', 'outbox']);

    const first = await operator.graphql<OutboxPage>(outboxQuery, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.mailOutbox?.totalCount).toBe(3);
    expect(first.data?.mailOutbox?.edges.map(({ node }) => [node.id, node.status])).toEqual([
      [ids[2], 'OUTBOX'],
      [ids[1], 'OUTBOX'],
    ]);
    expect(first.data?.mailOutbox?.edges[1]?.node).toMatchObject({
      to: 'invitee1@customer.example',
      subject: 'Join Globex on Ledgerline Demo Seller GmbH',
      template: 'invite',
      attempts: 0,
    });
    expect(first.data?.mailOutbox?.pageInfo.hasNextPage).toBe(true);

    const rest = await operator.graphql<OutboxPage>(outboxQuery, {
      first: 2,
      after: first.data?.mailOutbox?.pageInfo.endCursor,
    });
    expect(rest.data?.mailOutbox?.edges.map(({ node }) => node.id)).toEqual([ids[0]]);
    expect(rest.data?.mailOutbox?.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: expect.any(String),
    });
  });

  it('shows an operator one message with its escaped HTML and its text', async () => {
    const { data, errors } = await operator.graphql<{
      mailMessage: { id: string; from: string; html: string; text: string };
    }>(messageQuery, { id: ids[2] });
    expect(errors).toBeUndefined();
    expect(data?.mailMessage.from).toBe('"Ledgerline Demo Seller GmbH" <billing@example.com>');
    expect(data?.mailMessage.html).toContain('<strong>&lt;script&gt;x&lt;/script&gt; Ltd</strong>');
    expect(data?.mailMessage.text).toContain('join <script>x</script> Ltd as Viewer');

    const unknown = await operator.graphql(messageQuery, { id: 'mail_unknown' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a bad page size or cursor at the field', async () => {
    const tooMany = await operator.graphql(outboxQuery, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = await operator.graphql(outboxQuery, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('is closed to a Billing Admin (FORBIDDEN) and to the signed-out (UNAUTHENTICATED)', async () => {
    const admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('cfo@customer.example', 'Carla CFO');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    const member = await memberOf(server, viewer.data!.viewer.account.id, 'BILLING_ADMIN');
    for (const client of [admin, member]) {
      const list = await client.graphql<OutboxPage>(outboxQuery);
      expect(list.data?.mailOutbox ?? null).toBeNull();
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const one = await client.graphql(messageQuery, { id: ids[0] });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await new CookieClient(server.url).graphql(outboxQuery);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the mail outbox in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://billing.example.com',
        GOOGLE_CLIENT_ID: 'id',
        GOOGLE_CLIENT_SECRET: 'secret',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        TWO_FACTOR_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
        OPERATOR_EMAILS: operatorEmail,
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is hidden even from operators: no list, and no message by id', async () => {
    const [id] = await enqueueInvites(server, ['Acme GmbH']);
    // Production has no development sign-in: an operator's session as Google would leave it.
    const em = server.db.orm.em.fork();
    const user = em.create(User, { email: operatorEmail, emailVerified: true, name: 'Olga' });
    await em.flush();
    const token = await createSession(
      em,
      { user, account: null, provider: 'google', ip: null, userAgent: null },
      server.config,
      systemClock,
    );
    const operator = new CookieClient(server.url, 'https://billing.example.com');
    operator.setCookie(sessionCookieName(server.config), token);
    const viewer = await operator.graphql<{ viewer: { isOperator: boolean } }>(
      `{ viewer { isOperator } }`,
    );
    expect(viewer.data?.viewer.isOperator).toBe(true);

    const list = await operator.graphql<OutboxPage>(outboxQuery);
    expect(list.errors).toBeUndefined();
    expect(list.data?.mailOutbox).toBeNull();
    const one = await operator.graphql(messageQuery, { id });
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
