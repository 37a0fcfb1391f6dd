import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { offeredFeatures } from './catalog.seed.js';
import { CookieClient } from '../../test/browser.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';

const accountQuery = `{
  account {
    id
    suspendedAt
    plan { code }
    entitlements { key label }
    usage { key label used limit resetsAt }
  }
}`;

interface AccountAnswer {
  account: {
    id: string;
    suspendedAt: string | null;
    plan: { code: string };
    entitlements: { key: string; label: string }[];
    usage: { key: string; label: string; used: number; limit: number | null; resetsAt: string }[];
  };
}

describe('entitlements and usage of an account', () => {
  const clock = new FixedClock(new Date('2026-06-17T08:30:00Z'));
  let server: TestServer;
  let admin: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('owner@meters.example', 'Mia Meters');
    const { data } = await admin.graphql<AccountAnswer>(accountQuery);
    accountId = data!.account.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows a new Free account its features and each limit with its usage', async () => {
    const { data, errors } = await admin.graphql<AccountAnswer>(accountQuery);
    expect(errors).toBeUndefined();
    expect(data!.account).toMatchObject({
      suspendedAt: null,
      plan: { code: 'free' },
      entitlements: [{ key: 'invoices', label: 'Invoices, receipts and PDF downloads' }],
      usage: [
        { key: 'seats', label: 'Seats', used: 1, limit: 1, resetsAt: null },
        {
          key: 'api_requests_per_month',
          label: 'API requests per month',
          used: 0,
          limit: 1000,
          resetsAt: '2026-07-01T00:00:00.000Z',
        },
        { key: 'api_tokens', label: 'API tokens', used: 0, limit: 1, resetsAt: null },
      ],
    });
  });

  it('counts partner requests this month, live tokens and members', async () => {
    const created = await admin.graphql<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "ERP", scopes: [INVOICES_READ] }) { secret } }`,
    );
    const secret = created.data!.createApiToken.secret;
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ invoices(first: 1) { edges { node { id } } } }' }),
      });
      expect(response.status).toBe(200);
    }
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `update account set plan_id = (select id from plan where code = 'basic') where id = ?`,
        [accountId],
      );
    await memberOf(server, accountId, 'VIEWER');

    const { data } = await admin.graphql<AccountAnswer>(accountQuery);
    const usage = Object.fromEntries(data!.account.usage.map((m) => [m.key, [m.used, m.limit]]));
    expect(usage).toEqual({
      seats: [2, 3],
      api_requests_per_month: [3, 50_000],
      api_tokens: [1, 5],
    });
    // Basic includes card payments, which this portal (no Stripe keys) cannot take: not shown.
    expect(data!.account.entitlements.map((e) => e.key)).toEqual([
      'invoices',
      'team_roles',
      'partner_api',
    ]);
    const plans = await admin.graphql<{
      plans: { code: string; description: string; features: { key: string; label: string }[] }[];
    }>(`{ plans { code description features { key label } } }`);
    const promised = JSON.stringify(plans.data!.plans);
    expect(promised).not.toMatch(/card/i);
  });
});

describe('offeredFeatures', () => {
  const basic = ['invoices', 'card_payments', 'team_roles'];
  it('leaves card payments out without Stripe, and lists them with it', () => {
    expect(offeredFeatures(basic, { cardPayments: false }).map((f) => f.key)).toEqual([
      'invoices',
      'team_roles',
    ]);
    expect(offeredFeatures(basic, { cardPayments: true })).toEqual([
      { key: 'invoices', label: 'Invoices, receipts and PDF downloads' },
      { key: 'card_payments', label: 'Card payments' },
      { key: 'team_roles', label: 'Team members with roles and permissions' },
    ]);
  });
});
