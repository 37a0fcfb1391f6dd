import pg from 'pg';
import { seedLists } from '../../../bench/lib/list-seed.mjs';
import { createCustomer } from '../modules/billing/subscriptions/billing.fixture.js';
import { CookieClient } from '../test/browser.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { signedInWithoutAccount } from '../test/sessions.js';

/**
 * What a request costs in SQL statements, counted at the `pg` driver (every statement the app
 * sends, PostgreSQL or PGlite; the job queue's own polling is left out). Counts, not times: the
 * benchmark (bench/viewer-throughput.mjs) measures throughput. Lists must cost the same number of
 * statements whatever their length (their rows come in batches), and the viewer query, which
 * every page makes first, one statement.
 */

const overviewQuery = `query Overview {
  viewer { role permissions account {
    id name
    plan { id name description includedSeats trialDays features { key label } limits { key label limit } }
    amountDue { amount currency formatted }
    creditBalance { amount currency formatted }
    subscription { id status currency upcomingInvoice { date amountDue { amount currency formatted } } }
    usage { key label used limit resetsAt }
    suspendedAt preferredCurrency onboardedAt
    billingDetails { updatedAt }
  } }
  plans { id code name description rank customPricing
    prices { id interval currency amount { amount currency formatted } } }
}`;

/** The back office's accounts list (web/src/pages/operator/accounts/OperatorAccounts.graphql). */
const operatorAccountsQuery = `query($first: Int) {
  operatorAccounts(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name createdAt suspendedAt plan { code name } subscription { id status } } }
  }
}`;

const partnerInvoicesQuery =
  '{ invoices(first: 50) { edges { node { id number status currency issuedAt total { amount } ' +
  'lines { kind quantity } payments { id status } creditNotes { id number } } } ' +
  'pageInfo { hasNextPage } } }';

type Query = (sql: string, ...rest: unknown[]) => unknown;
const clientPrototype = pg.Client.prototype as unknown as { query: Query };

/** The statements the app sends while `fn` runs (the job queue's excepted). */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const original = clientPrototype.query;
  const seen: string[] = [];
  clientPrototype.query = function (this: unknown, config: unknown, ...rest: unknown[]) {
    const text =
      typeof config === 'string' ? config : String((config as { text?: string })?.text ?? '');
    if (!text.includes('pgboss')) seen.push(text);
    return original.call(this, config as string, ...rest);
  } as Query;
  try {
    await fn();
  } finally {
    clientPrototype.query = original;
  }
  return seen;
}

async function answered(
  client: CookieClient,
  query: string,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const result = await client.graphql(query, undefined, headers);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

let server: TestServer;
let admin: CookieClient;
let accountId: string;
let db: pg.Client;

beforeAll(async () => {
  server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@cost.example' } });
  admin = new CookieClient(server.url);
  await admin.signInWithDevProvider('cost@example.com', 'Cost Admin');
  const data = await answered(admin, '{ viewer { account { id } } }');
  accountId = (data.viewer as { account: { id: string } }).account.id;
  db = new pg.Client({ connectionString: server.config.database.url });
  await db.connect();
  // Enterprise: no monthly API request limit, tokens allowed.
  await db.query(
    `update account set plan_id = (select id from plan where code = 'enterprise') where id = $1`,
    [accountId],
  );
});

afterAll(async () => {
  await db?.end();
  await server?.close();
});

const viewer =
  '{ viewer { user { id email name } account { id name plan { code name } } role permissions isOperator } }';
const epochRead = /^select n from auth_epoch where id = 1$/;

test("the viewer query costs one statement: the auth epoch's, its row coming from the cache", async () => {
  await answered(admin, viewer);
  const warm = await statementsDuring(() => answered(admin, viewer));
  expect(warm).toHaveLength(1);
  expect(warm[0]).toMatch(epochRead);

  // Anything that changes an auth table moves the epoch: the next request reads its row again
  // (the epoch, then the joined statement), and the one after is warm again.
  await db.query(`update app_user set name = name || '' where email = 'cost@example.com'`);
  const afterChange = await statementsDuring(() => answered(admin, viewer));
  expect(afterChange).toHaveLength(2);
  expect(afterChange[0]).toMatch(epochRead);
  expect(afterChange[1]).toMatch(/from session s\s+join app_user u/);
  expect(await statementsDuring(() => answered(admin, viewer))).toHaveLength(1);
});

test('without the auth cache (AUTH_CACHE=0) the viewer query costs one statement: the joined one', async () => {
  const config = server.config as { authCache: boolean };
  config.authCache = false;
  try {
    await answered(admin, viewer);
    const statements = await statementsDuring(() => answered(admin, viewer));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/from session s\s+join app_user u/);
  } finally {
    config.authCache = true;
  }
});

test("the Overview and a partner's invoices cost as many statements for 20 items as for 2", async () => {
  const created = await answered(
    admin,
    'mutation { createApiToken(input: { name: "cost", scopes: [ACCOUNT_READ, INVOICES_READ] }) { secret } }',
  );
  const secret = (created.createApiToken as { secret: string }).secret;
  const partner = new CookieClient(server.url);
  const bearer = { authorization: `Bearer ${secret}` };

  const cost = async (length: number) => {
    await seedLists(db, accountId, length);
    // Warm: the first request of a minute records the token's last use (a write).
    await answered(admin, overviewQuery);
    await answered(partner, partnerInvoicesQuery, bearer);
    const overview = await statementsDuring(() => answered(admin, overviewQuery));
    let invoices: Record<string, unknown> = {};
    const partnerStatements = await statementsDuring(async () => {
      invoices = await answered(partner, partnerInvoicesQuery, bearer);
    });
    const edges = (invoices.invoices as { edges: unknown[] }).edges;
    expect(edges).toHaveLength(length);
    return { overview, partner: partnerStatements };
  };

  const two = await cost(2);
  const twenty = await cost(20);
  // The Overview: the auth row, amount due, the plans with their prices, billing details, the
  // subscription (once, for every field that needs it), the credit balance, the usage counts.
  expect(two.overview).toHaveLength(7);
  expect(twenty.overview.length).toBe(two.overview.length);
  // A read writes nothing: entities built from the auth row are not taken for changed.
  expect(twenty.overview.filter((sql) => /^\s*(insert|update|delete|begin)\b/i.test(sql))).toEqual(
    [],
  );
  expect(twenty.partner.length).toBe(two.partner.length);
  // Not vacuous: the invoices' lines, payments and credit notes were read.
  expect(twenty.partner.some((sql) => /from "?credit_note"?/.test(sql))).toBe(true);
  expect(twenty.partner.some((sql) => /from "?payment"?/.test(sql))).toBe(true);
});

/** An account of its own with billing details and an active subscription, paid by bank transfer. */
async function subscribedCustomer(email: string): Promise<CookieClient> {
  const customer = new CookieClient(server.url);
  await customer.signInWithDevProvider(email, 'Subscribed Customer');
  await answered(
    customer,
    `mutation { updateBillingDetails(input: { legalName: "Subscribed GmbH",
      billingEmail: "billing@subscribed.example", line1: "Hauptstraße 1", city: "Berlin",
      postalCode: "10115", country: "DE" }) { legalName } }`,
  );
  const start = (key: string) =>
    answered(
      customer,
      `mutation { startSubscription(input: { planCode: "basic", interval: MONTH, currency: "EUR",
        seats: 1, idempotencyKey: "${key}" }) { invoice { id total { amount currency } } } }`,
    );
  // The trial is used up first, so the next start is invoiced at once.
  await start('trial');
  await answered(
    customer,
    'mutation { cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: "end-trial" }) { outcome } }',
  );
  const paid = await start('paid');
  const invoice = (
    paid.startSubscription as {
      invoice: { id: string; total: { amount: number; currency: string } };
    }
  ).invoice;
  const operator = await signedInWithoutAccount(server, 'ops@cost.example');
  const recorded = await operator.graphql(
    `mutation($input: RecordBankTransferInput!) { recordBankTransfer(input: $input) { invoice { status } } }`,
    {
      input: {
        invoiceId: invoice.id,
        amount: invoice.total,
        receivedAt: new Date().toISOString(),
        reference: 'SEPA COST',
        idempotencyKey: 'cost-transfer',
      },
    },
  );
  expect(recorded.errors).toBeUndefined();
  return customer;
}

test('the Overview of an account with an active subscription and billing details reads them once', async () => {
  const customer = await subscribedCustomer('subscribed@cost.example');
  const data = await answered(customer, overviewQuery);
  const account = (
    data.viewer as {
      account: {
        subscription: { status: string; upcomingInvoice: { amountDue: { amount: number } } | null };
        billingDetails: { updatedAt: string } | null;
      };
    }
  ).account;
  expect(account.subscription.status).toBe('ACTIVE');
  expect(account.subscription.upcomingInvoice?.amountDue.amount).toBeGreaterThan(0);
  expect(account.billingDetails).not.toBeNull();

  const statements = await statementsDuring(() => answered(customer, overviewQuery));
  // The auth row, the plans, amount due, billing details (once: for `billingDetails` and for the
  // upcoming invoice's tax), the usage counts, the subscription, the credit balance, and for the
  // upcoming invoice the subscription with its price, the balance's currency, the prices and the
  // balance.
  expect(statements).toHaveLength(11);
  expect(statements.filter((sql) => /from "?billing_details"?/.test(sql))).toHaveLength(1);

  // However many fields ask at the same time: one statement, not one each.
  const concurrent = await statementsDuring(() =>
    answered(
      customer,
      `{ viewer { account { a: billingDetails { updatedAt } b: billingDetails { legalName }
        subscription { upcomingInvoice { amountDue { amount } } } } } }`,
    ),
  );
  expect(concurrent.filter((sql) => /from "?billing_details"?/.test(sql))).toHaveLength(1);
});

test('mutations that change billing details return them fresh, even after a read in the same request', async () => {
  const customer = new CookieClient(server.url);
  await customer.signInWithDevProvider('fresh@cost.example', 'Fresh Customer');
  // Renaming writes no billing details: it only reads them, as the Overview would.
  const read =
    'updateAccount(input: { name: "Fresh" }) { billingDetails { legalName billingEmail } }';
  const data = await answered(
    customer,
    `mutation {
      none: ${read}
      saved: updateBillingDetails(input: { legalName: "Fresh GmbH",
        billingEmail: "saved@fresh.example", line1: "Hauptstraße 1", city: "Berlin",
        postalCode: "10115", country: "DE" }) { legalName }
      added: ${read}
      changed: updateAccountPreferences(input: { country: "DE", currency: "EUR",
        billingEmail: "changed@fresh.example", alerts: [] }) { billingDetails { billingEmail } }
      afterChange: ${read}
      removed: removeBillingDetails
      gone: ${read}
    }`,
  );
  const details = (key: string) => (data[key] as { billingDetails: unknown }).billingDetails;
  expect(details('none')).toBeNull();
  expect(details('added')).toEqual({
    legalName: 'Fresh GmbH',
    billingEmail: 'saved@fresh.example',
  });
  expect(details('changed')).toEqual({ billingEmail: 'changed@fresh.example' });
  expect(details('afterChange')).toEqual({
    legalName: 'Fresh GmbH',
    billingEmail: 'changed@fresh.example',
  });
  expect(data.removed).toBe(true);
  expect(details('gone')).toBeNull();
});

test("the back office's accounts list costs as many statements for 20 accounts as for 2", async () => {
  const operator = await signedInWithoutAccount(server, 'ops@cost.example');
  const em = server.db.orm.em.fork();
  for (let i = 0; i < 20; i++) {
    await createCustomer(em, `Cost customer ${i}`, null, new Date());
  }
  // Accounts on several plans, so their plans are not all one cached row.
  await db.query(
    `update account set plan_id = (select id from plan where code = 'basic')
     where name like 'Cost customer %' and right(name, 1) in ('1', '3', '5')`,
  );
  const list = async (first: number) => {
    await operator.graphql(operatorAccountsQuery, { first });
    let data: Record<string, unknown> = {};
    const statements = await statementsDuring(async () => {
      const result = await operator.graphql(operatorAccountsQuery, { first });
      expect(result.errors).toBeUndefined();
      data = result.data!;
    });
    const edges = (data.operatorAccounts as { edges: { node: { plan: { code: string } } }[] })
      .edges;
    expect(edges).toHaveLength(first);
    return { statements, plans: new Set(edges.map((edge) => edge.node.plan.code)) };
  };
  const two = await list(2);
  const twenty = await list(20);
  expect(twenty.plans.size).toBeGreaterThan(1);
  expect(twenty.statements.length).toBe(two.statements.length);
  expect(twenty.statements.some((sql) => /from "?subscription"?/.test(sql))).toBe(true);
});
