import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';

const amountDue = `{ account { amountDue { amount currency formatted } } }`;

const updateDetails = `mutation($input: UpdateBillingDetailsInput!) {
  updateBillingDetails(input: $input) { legalName } }`;
const start = `mutation($input: StartSubscriptionInput!) {
  startSubscription(input: $input) { outcome invoice { id amountDue { amount } } } }`;
const cancelNow = `mutation($key: String!) {
  cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: $key }) { outcome } }`;
const recordTransfer = `mutation($input: RecordBankTransferInput!) {
  recordBankTransfer(input: $input) { invoice { status } } }`;
const createToken = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;

type AmountDue = {
  account: { amountDue: { amount: number; currency: string; formatted: string } };
};
type Started = { startSubscription: { outcome: string; invoice: { id: string } | null } };

describe('Account.amountDue', () => {
  let server: TestServer;
  let admin: CookieClient;
  let operator: CookieClient;
  let accountId: string;
  const clock = new FixedClock(new Date());
  const invoiceIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('owner@due.example', 'Owner');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    accountId = viewer.data!.viewer.account.id;
    operator = new CookieClient(server.url);
    await operator.signInWithDevProvider('ops@vendor.example', 'Ops');
    const saved = await admin.graphql(updateDetails, {
      input: {
        legalName: 'Due GmbH',
        billingEmail: 'billing@due.example',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    });
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server.close();
  });

  /** Basic, monthly, EUR, one seat: 27.00 + 19 % German VAT 5.13 = 32.13 on each paid start. */
  async function startBasic(key: string): Promise<Started['startSubscription']> {
    const started = await admin.graphql<Started>(start, {
      input: {
        planCode: 'basic',
        interval: 'MONTH',
        currency: 'EUR',
        seats: 1,
        idempotencyKey: key,
      },
    });
    expect(started.errors).toBeUndefined();
    return started.data!.startSubscription;
  }

  async function transfer(invoiceId: string, amount: number, key: string): Promise<void> {
    const recorded = await operator.graphql(recordTransfer, {
      input: {
        invoiceId,
        amount: { amount, currency: 'EUR' },
        receivedAt: clock.now().toISOString(),
        reference: key,
        idempotencyKey: key,
      },
    });
    expect(recorded.errors).toBeUndefined();
  }

  it('is zero in the default currency before anything was invoiced, and after a free trial', async () => {
    const before = await admin.graphql<AmountDue>(amountDue);
    expect(before.data?.account.amountDue).toEqual({
      amount: 0,
      currency: 'EUR',
      formatted: '€0.00',
    });
    const trial = await startBasic('trial');
    expect(trial).toEqual({ outcome: 'TRIAL_STARTED', invoice: null });
    const after = await admin.graphql<AmountDue>(amountDue);
    expect(after.data?.account.amountDue.amount).toBe(0);
  });

  it('adds up every open invoice', async () => {
    expect((await admin.graphql(cancelNow, { key: 'end-trial' })).errors).toBeUndefined();
    const first = await startBasic('paid-1');
    expect(first.outcome).toBe('STARTED');
    invoiceIds.push(first.invoice!.id);
    const one = await admin.graphql<AmountDue>(amountDue);
    expect(one.data?.account.amountDue).toEqual({
      amount: 3213,
      currency: 'EUR',
      formatted: '€32.13',
    });

    // Cancelled before paying, then started again: the first invoice is still owed.
    expect((await admin.graphql(cancelNow, { key: 'cancel-unpaid' })).errors).toBeUndefined();
    const second = await startBasic('paid-2');
    invoiceIds.push(second.invoice!.id);
    const two = await admin.graphql<AmountDue>(amountDue);
    expect(two.data?.account.amountDue).toEqual({
      amount: 6426,
      currency: 'EUR',
      formatted: '€64.26',
    });
  });

  it('drops what was paid, part or whole, and is zero when everything is paid', async () => {
    await transfer(invoiceIds[0]!, 1000, 'part');
    const partly = await admin.graphql<AmountDue>(amountDue);
    // 6426 − 1000 received.
    expect(partly.data?.account.amountDue.amount).toBe(5426);

    await transfer(invoiceIds[0]!, 2213, 'rest');
    await transfer(invoiceIds[1]!, 3213, 'second');
    const settled = await admin.graphql<AmountDue>(amountDue);
    expect(settled.data?.account.amountDue).toEqual({
      amount: 0,
      currency: 'EUR',
      formatted: '€0.00',
    });
  });

  it('is readable by a Viewer, and by a partner token only with invoices:read', async () => {
    const viewer = await memberOf(server, accountId, 'VIEWER');
    const read = await viewer.graphql<AmountDue>(amountDue);
    expect(read.errors).toBeUndefined();
    expect(read.data?.account.amountDue.amount).toBe(0);

    const asPartner = async (scopes: string[]) => {
      const created = await admin.graphql<{ createApiToken: { secret: string } }>(createToken, {
        input: { name: scopes.join(' '), scopes },
      });
      expect(created.errors).toBeUndefined();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${created.data!.createApiToken.secret}`,
        },
        body: JSON.stringify({ query: amountDue }),
      });
      return (await response.json()) as {
        data: AmountDue | null;
        errors?: { extensions: { code: string } }[];
      };
    };
    const accountOnly = await asPartner(['ACCOUNT_READ']);
    expect(accountOnly.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const withInvoices = await asPartner(['ACCOUNT_READ', 'INVOICES_READ']);
    expect(withInvoices.errors).toBeUndefined();
    expect(withInvoices.data?.account.amountDue.amount).toBe(0);
  });
});
