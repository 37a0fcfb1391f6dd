import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { FixedClock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { CookieClient } from '../../test/browser.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { validateApiTokenInput, type ApiTokenInput } from './api-token.service.js';

const createMutation = `mutation Create($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token { id name prefix scopes status expiresAt lastUsedAt revokedAt createdBy { email } }
  }
}`;
const revokeMutation = `mutation Revoke($id: ID!) {
  revokeApiToken(input: { id: $id }) { id status revokedAt }
}`;
const listQuery = `{ apiTokens { id name prefix scopes status createdAt expiresAt lastUsedAt revokedAt } }`;

type Scope = 'ACCOUNT_READ' | 'INVOICES_READ';
interface Created {
  secret: string;
  token: {
    id: string;
    name: string;
    prefix: string;
    scopes: Scope[];
    status: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    createdBy: { email: string } | null;
  };
}
interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A partner's request: no cookie, only the bearer token. */
async function asPartner<T = Record<string, unknown>>(
  server: TestServer,
  secret: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; headers: Headers; body: GraphQLAnswer<T> }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLAnswer<T>,
  };
}

async function createToken(
  client: CookieClient,
  input: { name: string; scopes: Scope[]; expiresInDays?: number | null },
): Promise<Created> {
  const answer = await client.graphql<{ createApiToken: Created }>(createMutation, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data!.createApiToken;
}

async function accountIdOf(client: CookieClient): Promise<string> {
  const answer = await client.graphql<{ viewer: { account: { id: string } } }>(
    `{ viewer { account { id } } }`,
  );
  return answer.data!.viewer.account.id;
}

const codeOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('API token input', () => {
  const valid: ApiTokenInput = {
    name: '  ERP   sync ',
    scopes: ['invoices:read'],
    expiresInDays: 90,
  };
  const fieldErrors = (input: ApiTokenInput) => {
    try {
      validateApiTokenInput(input);
      return {};
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const list = error.details?.fieldErrors as { field: string; message: string }[];
      return Object.fromEntries(list.map((e) => [e.field, e.message]));
    }
  };

  it('normalises the name and keeps scopes in their canonical order', () => {
    expect(
      validateApiTokenInput({
        ...valid,
        scopes: ['invoices:read', 'account:read', 'account:read'],
      }),
    ).toEqual({ name: 'ERP sync', scopes: ['account:read', 'invoices:read'], expiresInDays: 90 });
    expect(validateApiTokenInput({ ...valid, expiresInDays: null }).expiresInDays).toBeNull();
  });

  it('reports a missing name, no scope and an expiry outside 1 to 365 days at once', () => {
    expect(fieldErrors({ name: ' ', scopes: [], expiresInDays: 366 })).toEqual({
      name: 'Name the token after what uses it, e.g. "ERP sync".',
      scopes: 'Choose at least one thing the token may read.',
      expiresInDays: 'Choose an expiry from 1 to 365 days, or never.',
    });
    expect(fieldErrors({ ...valid, expiresInDays: 0 })).toHaveProperty('expiresInDays');
    expect(fieldErrors({ ...valid, scopes: ['invoices:write'] })).toEqual({
      scopes: 'Unknown scope: invoices:write.',
    });
  });
});

describe('partner API tokens', () => {
  // Late in a month, so the monthly limit's reset can be reached by moving the clock.
  const clock = new FixedClock(new Date('2026-03-28T12:00:00Z'));
  let server: TestServer;
  /** Billing Admin of an account moved to Enterprise (no token limit), for most tests. */
  let admin: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('owner@tokens.example', 'Owner');
    accountId = await accountIdOf(admin);
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `update account set plan_id = (select id from plan where code = 'enterprise') where id = ?`,
        [accountId],
      );
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows the secret once, stores only its hash, and lists only its prefix', async () => {
    const created = await createToken(admin, {
      name: 'ERP sync',
      scopes: ['INVOICES_READ', 'ACCOUNT_READ'],
      expiresInDays: 30,
    });
    expect(created.secret).toMatch(/^llp_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({
      name: 'ERP sync',
      prefix: created.secret.slice(0, 8),
      scopes: ['ACCOUNT_READ', 'INVOICES_READ'],
      status: 'ACTIVE',
      expiresAt: '2026-04-27T12:00:00.000Z',
      lastUsedAt: null,
      createdBy: { email: 'owner@tokens.example' },
    });

    const list = await admin.graphql<{ apiTokens: { id: string; prefix: string }[] }>(listQuery);
    expect(list.data?.apiTokens.find((t) => t.id === created.token.id)?.prefix).toBe(
      created.secret.slice(0, 8),
    );
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(8));
    expect((await admin.graphql(`{ apiTokens { secret } }`)).errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    const connection = server.db.orm.em.fork().getConnection();
    const [row] = await connection.execute<Record<string, unknown>[]>(
      `select * from api_token where id = ?`,
      [created.token.id],
    );
    expect(row?.secret_hash).toBe(sha256(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(8));
    const audit = await connection.execute<{ action: string; summary: unknown }[]>(
      `select action, summary from audit_event where target = ?`,
      [created.token.id],
    );
    expect(audit.map((e) => e.action)).toEqual(['api_token.create']);
    expect(JSON.stringify(audit)).not.toContain(created.secret.slice(8));
  });

  it('lets a token with account:read read its account and plan, and notes when it was used', async () => {
    const { secret, token } = await createToken(admin, {
      name: 'Reporting',
      scopes: ['ACCOUNT_READ'],
    });
    const answer = await asPartner<{
      account: { id: string; plan: { code: string } };
      plans: { code: string }[];
      viewer: null;
    }>(server, secret, `{ account { id plan { code } } plans { code } viewer { user { id } } }`);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      account: { id: accountId, plan: { code: 'enterprise' } },
      plans: [{ code: 'free' }, { code: 'basic' }, { code: 'advanced' }, { code: 'enterprise' }],
      viewer: null,
    });

    const list = await admin.graphql<{ apiTokens: { id: string; lastUsedAt: string }[] }>(
      listQuery,
    );
    expect(list.data?.apiTokens.find((t) => t.id === token.id)?.lastUsedAt).toBe(
      clock.now().toISOString(),
    );
  });

  it('refuses a token the data its scopes do not cover', async () => {
    const { secret } = await createToken(admin, {
      name: 'Invoices only',
      scopes: ['INVOICES_READ'],
    });
    const account = await asPartner(
      server,
      secret,
      `{ account { id billingDetails { legalName } } }`,
    );
    expect(account.body.data).toBeNull();
    expect(account.body.errors?.[0]).toMatchObject({
      message: 'This API token does not have the account:read scope.',
      extensions: { code: 'FORBIDDEN' },
    });
    const tokens = await asPartner(server, secret, listQuery);
    expect(codeOf(tokens.body)).toBe('FORBIDDEN');
    // The public catalog needs no scope.
    expect((await asPartner(server, secret, `{ plans { code } }`)).body.errors).toBeUndefined();
  });

  it('never lets a token change anything, whatever its scopes', async () => {
    const { secret, token } = await createToken(admin, {
      name: 'Everything',
      scopes: ['ACCOUNT_READ', 'INVOICES_READ'],
    });
    const attempts = [
      [`mutation { updateAccount(input: { name: "Hijacked" }) { id } }`, undefined],
      [`mutation { removeBillingDetails }`, undefined],
      [createMutation, { input: { name: 'Another', scopes: ['ACCOUNT_READ'] } }],
      [revokeMutation, { id: token.id }],
    ] as const;
    for (const [mutation, variables] of attempts) {
      const answer = await asPartner(server, secret, mutation, variables);
      expect(answer.body.errors?.[0]).toMatchObject({
        message: 'API tokens can only read data.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const account = await admin.graphql<{ account: { name: string } }>(`{ account { name } }`);
    expect(account.data?.account.name).not.toBe('Hijacked');
  });

  it('refuses revoked, expired, unknown and malformed tokens as UNAUTHENTICATED', async () => {
    const revoked = await createToken(admin, { name: 'Old ERP', scopes: ['ACCOUNT_READ'] });
    const revocation = await admin.graphql<{ revokeApiToken: { status: string } }>(revokeMutation, {
      id: revoked.token.id,
    });
    expect(revocation.data?.revokeApiToken.status).toBe('REVOKED');

    const expiring = await createToken(admin, {
      name: 'Trial integration',
      scopes: ['ACCOUNT_READ'],
      expiresInDays: 1,
    });
    expect((await asPartner(server, expiring.secret, `{ account { id } }`)).status).toBe(200);
    clock.advance(24 * 3600_000);

    const unknown = `llp_${'A'.repeat(43)}`;
    for (const secret of [revoked.secret, expiring.secret, unknown, 'llp_short', 'not-a-token']) {
      const answer = await asPartner(server, secret, `{ account { id } }`);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('invalid_token');
      expect(answer.body).toEqual({
        errors: [
          { message: 'Invalid or expired API token.', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      });
    }

    const list = await admin.graphql<{ apiTokens: { id: string; status: string }[] }>(listQuery);
    const statusOf = (id: string) => list.data?.apiTokens.find((t) => t.id === id)?.status;
    expect(statusOf(revoked.token.id)).toBe('REVOKED');
    expect(statusOf(expiring.token.id)).toBe('EXPIRED');
  });

  it('acts for the bearer token even when the request carries a session cookie', async () => {
    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('someone@elsewhere.example', 'Someone');
    const { secret } = await createToken(admin, { name: 'Ours', scopes: ['ACCOUNT_READ'] });
    const answer = await other.graphql<{ account: { id: string } }>(
      `{ account { id } }`,
      {},
      {
        authorization: `Bearer ${secret}`,
      },
    );
    expect(answer.data?.account.id).toBe(accountId);
  });

  it("never shows or revokes another account's tokens", async () => {
    const ours = await createToken(admin, { name: 'Ours too', scopes: ['ACCOUNT_READ'] });
    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('admin@other-company.example', 'Other Admin');
    const theirs = await createToken(other, { name: 'Theirs', scopes: ['ACCOUNT_READ'] });

    const theirList = await other.graphql<{ apiTokens: { id: string }[] }>(listQuery);
    expect(theirList.data?.apiTokens.map((t) => t.id)).toEqual([theirs.token.id]);
    const revokeOurs = await other.graphql(revokeMutation, { id: ours.token.id });
    expect(codeOf(revokeOurs)).toBe('NOT_FOUND');
    expect((await asPartner(server, ours.secret, `{ account { id } }`)).status).toBe(200);

    const read = await asPartner<{ account: { id: string } }>(
      server,
      theirs.secret,
      `{ account { id } }`,
    );
    expect(read.body.data?.account.id).toBe(await accountIdOf(other));
  });

  it('lets only a Billing Admin list, create and revoke tokens', async () => {
    const { token } = await createToken(admin, { name: 'Admin only', scopes: ['ACCOUNT_READ'] });
    for (const role of ['VIEWER', 'BILLING_USER'] as const) {
      const member = await memberOf(server, accountId, role);
      expect(codeOf(await member.graphql(listQuery))).toBe('FORBIDDEN');
      const create = await member.graphql(createMutation, {
        input: { name: 'Mine', scopes: ['ACCOUNT_READ'] },
      });
      expect(codeOf(create)).toBe('FORBIDDEN');
      expect(codeOf(await member.graphql(revokeMutation, { id: token.id }))).toBe('FORBIDDEN');
    }
    const granted = await memberOf(server, accountId, 'BILLING_USER', {
      grants: ['PAYMENT_METHODS_MANAGE', 'BILLING_DETAILS_EDIT', 'INVOICES_PAY'],
    });
    expect(codeOf(await granted.graphql(listQuery))).toBe('FORBIDDEN');
  });

  describe('on the Free plan', () => {
    it('answers PLAN_LIMIT for a second live token, naming the plan that allows more', async () => {
      const free = new CookieClient(server.url);
      await free.signInWithDevProvider('founder@tiny.example', 'Founder');
      const first = await createToken(free, { name: 'First', scopes: ['ACCOUNT_READ'] });

      const second = await free.graphql(createMutation, {
        input: { name: 'Second', scopes: ['ACCOUNT_READ'] },
      });
      expect(second.errors?.[0]).toMatchObject({
        message: 'Your Free plan allows 1 API token; Basic allows 5.',
        extensions: { code: 'PLAN_LIMIT', limit: 'api_tokens', allowed: 1, upgradePlan: 'basic' },
      });

      // A revoked token no longer counts.
      await free.graphql(revokeMutation, { id: first.token.id });
      await createToken(free, { name: 'Second', scopes: ['ACCOUNT_READ'] });
    });

    it('creates exactly one token from ten concurrent requests', async () => {
      const free = new CookieClient(server.url);
      await free.signInWithDevProvider('racer@tiny.example', 'Racer');
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          free.graphql(createMutation, { input: { name: `Racer ${i}`, scopes: ['ACCOUNT_READ'] } }),
        ),
      );
      expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
      expect(answers.filter((a) => codeOf(a) === 'PLAN_LIMIT')).toHaveLength(9);
      const list = await free.graphql<{ apiTokens: unknown[] }>(listQuery);
      expect(list.data?.apiTokens).toHaveLength(1);
    });

    it('answers RATE_LIMITED with HTTP 429 after the monthly requests, until the next month', async () => {
      const free = new CookieClient(server.url);
      await free.signInWithDevProvider('busy@tiny.example', 'Busy');
      const freeAccountId = await accountIdOf(free);
      const { secret } = await createToken(free, { name: 'Busy ERP', scopes: ['ACCOUNT_READ'] });

      // Free allows 1,000 requests a month: start this month's count at 999.
      const now = clock.now();
      const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
      const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
      await server.db.orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into api_request_counter (account_id, period_start, count) values (?, ?, 999)`,
          [freeAccountId, monthStart],
        );

      const lastAllowed = await asPartner(server, secret, `{ account { id } }`);
      expect(lastAllowed.status).toBe(200);
      expect(lastAllowed.body.errors).toBeUndefined();

      const refused = await asPartner(server, secret, `{ account { id } }`);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        resetAt: nextMonth.toISOString(),
        limit: 1000,
      });
      expect(refused.body.errors?.[0]?.message).toMatch(
        /^Your Free plan allows 1,000 API requests a month/,
      );
      expect(Number(refused.headers.get('retry-after'))).toBe(
        (nextMonth.getTime() - now.getTime()) / 1000,
      );
      // The browser session of the same account is not limited.
      expect((await free.graphql(`{ account { id } }`)).errors).toBeUndefined();

      clock.set(new Date(nextMonth.getTime() + 60_000));
      const nextMonthAnswer = await asPartner(server, secret, `{ account { id } }`);
      expect(nextMonthAnswer.status).toBe(200);
      const [counter] = await server.db.orm.em
        .fork()
        .getConnection()
        .execute<{ count: number }[]>(
          `select count from api_request_counter where account_id = ? and period_start = ?`,
          [freeAccountId, nextMonth],
        );
      expect(counter?.count).toBe(1);
    });
  });

  it('answers RATE_LIMITED to an address after 20 failed token attempts in a minute', async () => {
    const { secret } = await createToken(admin, { name: 'Good one', scopes: ['ACCOUNT_READ'] });
    clock.advance(61_000); // a fresh window, whatever earlier tests refused
    const guess = `llp_${'B'.repeat(43)}`;
    for (let attempt = 1; attempt <= 20; attempt++) {
      expect((await asPartner(server, guess, `{ account { id } }`)).status).toBe(401);
    }
    for (const attempt of [guess, secret]) {
      const blocked = await asPartner(server, attempt, `{ account { id } }`);
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    clock.advance(60_000);
    expect((await asPartner(server, secret, `{ account { id } }`)).status).toBe(200);
  });
});
