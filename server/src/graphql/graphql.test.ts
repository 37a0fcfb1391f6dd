import 'reflect-metadata';
import { CookieClient } from '../test/browser.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';

describe('GraphQL API', () => {
  let server: TestServer;
  let admin: CookieClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('admin@example.com', 'Admin Person');
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists the four seeded plans without signing in, with exact prices', async () => {
    const anonymous = new CookieClient(server.url);
    const { data, errors } = await anonymous.graphql<{
      plans: {
        code: string;
        name: string;
        includedSeats: number;
        trialDays: number;
        customPricing: boolean;
        prices: {
          interval: string;
          currency: string;
          amount: { amount: number; formatted: string };
        }[];
        limits: { key: string; limit: number | null }[];
      }[];
    }>(
      `{ plans { code name includedSeats trialDays customPricing
          prices { interval currency amount { amount formatted } }
          limits { key limit } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.plans.map((p) => p.name)).toEqual(['Free', 'Basic', 'Advanced', 'Enterprise']);
    const basic = data!.plans[1]!;
    expect(basic.trialDays).toBe(14);
    const usdMonthly = basic.prices.find((p) => p.currency === 'USD' && p.interval === 'MONTH');
    expect(usdMonthly?.amount).toEqual({ amount: 2900, formatted: '$29.00' });
    const eurYearly = basic.prices.find((p) => p.currency === 'EUR' && p.interval === 'YEAR');
    expect(eurYearly?.amount).toEqual({ amount: 27000, formatted: '€270.00' });
    expect(data!.plans[3]!.customPricing).toBe(true);
    expect(data!.plans[3]!.limits).toEqual([
      { key: 'api_requests_per_month', limit: null },
      { key: 'api_tokens', limit: null },
    ]);
    expect(data!.plans[0]!.prices).toEqual([]);
  });

  it('answers null for viewer and UNAUTHENTICATED for account when signed out', async () => {
    const anonymous = new CookieClient(server.url);
    const { data, errors } = await anonymous.graphql(`{ viewer { user { id } } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ viewer: null });
    const account = await anonymous.graphql(`{ account { id name } }`);
    expect(account.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mutation = await anonymous.graphql(
      `mutation { updateAccount(input: { name: "x" }) { id } }`,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renames the account, trimming spaces, and records it in the audit log', async () => {
    const { data, errors } = await admin.graphql<{ updateAccount: { name: string } }>(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`,
      { input: { name: '  Acme   Corporation  ' } },
    );
    expect(errors).toBeUndefined();
    expect(data?.updateAccount.name).toBe('Acme Corporation');
    const em = server.db.orm.em.fork();
    const event = await em.findOne(AuditEvent, { action: 'account.update' });
    expect(event?.summary).toEqual({ name: { from: 'Admin Person', to: 'Acme Corporation' } });
  });

  it.each([
    ['', 'Enter a name for the account.'],
    ['   ', 'Enter a name for the account.'],
    ['x'.repeat(101), 'Use at most 100 characters.'],
    ['bad\u0007name', 'Use printable characters only.'],
  ])(
    'rejects the account name %j with a field error and keeps the old name',
    async (name, message) => {
      const before = await admin.graphql<{ account: { name: string } }>(`{ account { name } }`);
      const { data, errors } = await admin.graphql(
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`,
        { input: { name } },
      );
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message,
        extensions: { code: 'BAD_USER_INPUT', field: 'name' },
      });
      const after = await admin.graphql<{ account: { name: string } }>(`{ account { name } }`);
      expect(after.data?.account.name).toBe(before.data?.account.name);
    },
  );

  it('rejects operations beyond the alias, cost and depth limits', async () => {
    const fine = await admin.graphql(
      `{ viewer { account { plan { prices { amount { currency } } } } } a: plans { code } }`,
    );
    expect(fine.errors).toBeUndefined();

    const aliases = Array.from({ length: 11 }, (_, i) => `p${i}: plans { code }`).join(' ');
    const tooMany = await admin.graphql(`{ ${aliases} }`);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Aliases limit of 10 exceeded, found 11.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    // The cost estimate multiplies a list's selection by its literal `first`: a page of 100
    // invoices with their lines is about 8,000 against the limit of 5,000; a page of 20 passes.
    const page = (first: number) =>
      `{ invoices(first: ${first}) { edges { node { id number status total { amount currency formatted }
         lines { description quantity amount { amount currency formatted } } } } } }`;
    expect((await admin.graphql(page(20))).errors).toBeUndefined();
    const tooCostly = await admin.graphql(page(100));
    expect(tooCostly.errors?.[0]?.message).toMatch(/Query Cost limit of 5000 exceeded/);
  });

  it('rejects operations nested deeper than the depth limit', async () => {
    const { validate, parse, buildSchema, specifiedRules } = await import('graphql');
    const { abuseLimitRules } = await import('./limits.js');
    // The public schema is not yet deep enough to exceed 8 levels, so a nested test type proves
    // the rule the server installs.
    const nested = buildSchema('type Query { n: N } type N { n: N v: Int }');
    const deep = parse('{ n { n { n { n { n { n { n { n { n { v } } } } } } } } } }');
    const errors = validate(nested, deep, [...specifiedRules, ...abuseLimitRules]);
    expect(errors.map((e) => e.message)).toContain('Query depth limit of 8 exceeded, found 10.');
  });

  it('refuses a GET or a simple-content-type POST without a preflight header (CSRF prevention)', async () => {
    const response = await admin.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({
        query: 'mutation { updateAccount(input: { name: "csrf" }) { name } }',
      }),
    });
    expect(response.status).toBe(400);
    const after = await admin.graphql<{ account: { name: string } }>(`{ account { name } }`);
    expect(after.data?.account.name).not.toBe('csrf');
  });

  it('answers many concurrent requests correctly', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0
          ? admin.graphql<{ updateAccount: { name: string } }>(
              `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`,
              { input: { name: `Concurrent ${i}` } },
            )
          : admin.graphql<{ viewer: { role: string } }>(`{ viewer { role } plans { code } }`),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const final = await admin.graphql<{ account: { name: string } }>(`{ account { name } }`);
    expect(final.data?.account.name).toMatch(/^Concurrent \d+$/);
  });
});

describe('GraphQL API in production mode', () => {
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
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses introspection and does not suggest field names', async () => {
    const client = new CookieClient(server.url, 'https://billing.example.com');
    const introspection = await client.graphql(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await client.graphql(`{ plan { code } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('offers Google and no development sign-in', async () => {
    const client = new CookieClient(server.url, 'https://billing.example.com');
    const { data } = await client.graphql<{
      authProviders: { id: string; development: boolean }[];
    }>(`{ authProviders { id development } }`);
    expect(data?.authProviders).toEqual([{ id: 'google', development: false }]);
    const dev = await client.request('/auth/dev/start');
    expect(dev.headers.get('location')).toBe('/sign-in/error?reason=unknown_provider');
  });
});
