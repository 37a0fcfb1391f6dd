import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { CookieClient } from '../../../test/browser.js';
import { startTestServer, type TestServer } from '../../../test/server.js';

const contract = `mutation($input: StartEnterpriseContractInput!) {
  startEnterpriseContract(input: $input) {
    outcome
    subscription { status plan { code } interval seats price { amount { amount currency } } }
    invoice { id number total { amount } tax { amount } lines { description amount { amount } } }
  } }`;

const cancelPreview = `query($input: PreviewSubscriptionChangeInput!) {
  previewSubscriptionChange(input: $input) {
    outcome amountDueToday { amount } subtotal { amount } tax { amount }
    lines { kind description amount { amount } }
  } }`;

const cancelNow = `mutation($input: CancelSubscriptionInput!) {
  cancelSubscription(input: $input) {
    outcome subscription { status cancellationReason }
    invoice { number subtotal { amount } tax { amount } total { amount } lines { kind amount { amount } } }
  } }`;

const transfer = `mutation($input: RecordBankTransferInput!) {
  recordBankTransfer(input: $input) { invoice { status } } }`;

interface ContractAnswer {
  startEnterpriseContract: {
    outcome: string;
    subscription: {
      status: string;
      plan: { code: string };
      interval: string;
      seats: number;
      price: { amount: { amount: number; currency: string } };
    };
    invoice: {
      id: string;
      number: string;
      total: { amount: number };
      tax: { amount: number };
      lines: { description: string; amount: { amount: number } }[];
    };
  };
}

describe('Enterprise contracts (operators) and their cancellation fee', () => {
  const clock = new FixedClock(new Date('2027-01-01T00:00:00Z'));
  let server: TestServer;
  let admin: CookieClient;
  let operator: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('cfo@bigco.example', 'Carla CFO');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    accountId = viewer.data!.viewer.account.id;
    const saved = await admin.graphql(
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: {
          legalName: 'BigCo GmbH',
          billingEmail: 'ap@bigco.example',
          line1: 'Hauptstraße 1',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    operator = new CookieClient(server.url);
    await operator.signInWithDevProvider('ops@vendor.example', 'Ops');
  });
  afterAll(async () => {
    await server.close();
  });

  const contractInput = (overrides: Record<string, unknown> = {}) => ({
    accountId,
    interval: 'YEAR',
    currency: 'EUR',
    unitAmount: 1_200_000,
    seats: 50,
    idempotencyKey: 'bigco-2027',
    ...overrides,
  });

  it('is for operators only, and refuses bad amounts and unknown accounts', async () => {
    const denied = await admin.graphql(contract, { input: contractInput() });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [input, field] of [
      [{ unitAmount: 0 }, 'unitAmount'],
      [{ perSeatAmount: -5 }, 'perSeatAmount'],
      [{ currency: 'XYZ' }, 'currency'],
      [{ seats: 0 }, 'seats'],
    ] as const) {
      const refused = await operator.graphql(contract, {
        input: contractInput({ ...input, idempotencyKey: `bad-${field}` }),
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await operator.graphql(contract, {
      input: contractInput({ accountId: 'acc_nope', idempotencyKey: 'nope' }),
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('starts the contract at its own price, invoiced now, once per key, and off the catalog', async () => {
    const first = await operator.graphql<ContractAnswer>(contract, { input: contractInput() });
    expect(first.errors).toBeUndefined();
    const started = first.data!.startEnterpriseContract;
    // 12,000.00 a year, German VAT 19 %: 2,280.00 tax, 14,280.00 in all.
    expect(started).toMatchObject({
      outcome: 'STARTED',
      subscription: {
        status: 'INCOMPLETE',
        plan: { code: 'enterprise' },
        interval: 'YEAR',
        seats: 50,
        price: { amount: { amount: 1_200_000, currency: 'EUR' } },
      },
      invoice: {
        number: 'INV-2027-01-00001',
        total: { amount: 1_428_000 },
        tax: { amount: 228_000 },
      },
    });
    const replay = await operator.graphql<ContractAnswer>(contract, { input: contractInput() });
    expect(replay.data!.startEnterpriseContract.invoice.number).toBe('INV-2027-01-00001');

    const catalog = await admin.graphql<{ plans: { code: string; prices: unknown[] }[] }>(
      `{ plans { code prices { id } } }`,
    );
    expect(catalog.data!.plans.find((plan) => plan.code === 'enterprise')!.prices).toEqual([]);

    const paid = await operator.graphql<{ recordBankTransfer: { invoice: { status: string } } }>(
      transfer,
      {
        input: {
          invoiceId: started.invoice.id,
          amount: { amount: 1_428_000, currency: 'EUR' },
          reference: 'INV-2027-01-00001',
          receivedAt: '2027-01-01T00:00:00.000Z',
          idempotencyKey: 'wire-1',
        },
      },
    );
    expect(paid.data?.recordBankTransfer.invoice.status).toBe('PAID');
  });

  it("shows each account its own contract price on its plan, never another account's", async () => {
    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('cfo@otherco.example', 'Olga CFO');
    const otherId = (
      await other.graphql<{ viewer: { account: { id: string } } }>(`{ viewer { account { id } } }`)
    ).data!.viewer.account.id;
    const details = await other.graphql(
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: {
          legalName: 'OtherCo SAS',
          billingEmail: 'ap@otherco.example',
          line1: '1 rue de Rivoli',
          city: 'Paris',
          postalCode: '75001',
          country: 'FR',
        },
      },
    );
    expect(details.errors).toBeUndefined();
    const started = await operator.graphql(contract, {
      input: contractInput({
        accountId: otherId,
        unitAmount: 900_000,
        idempotencyKey: 'otherco-2027',
      }),
    });
    expect(started.errors).toBeUndefined();

    const planPrices = `{ viewer { account {
      plan { prices { amount { amount } } }
      subscription { plan { prices { amount { amount } } } }
    } } }`;
    type Prices = { prices: { amount: { amount: number } }[] };
    type Answer = { viewer: { account: { plan: Prices; subscription: { plan: Prices } } } };
    const amounts = (plan: Prices) => plan.prices.map((price) => price.amount.amount);
    for (const [client, own] of [
      [admin, 1_200_000],
      [other, 900_000],
    ] as const) {
      const seen = (await client.graphql<Answer>(planPrices)).data!.viewer.account;
      expect(amounts(seen.plan)).toEqual([own]);
      expect(amounts(seen.subscription.plan)).toEqual([own]);
    }
  });

  it('discloses and invoices 25 % of the remaining contract on immediate cancellation', async () => {
    // 1 April 2027: 275 of the year's 365 days remain. Fee = 1,200,000 × 25 % × 275/365
    // = 226,027.397… → 226,027 (rounded once, half-even); VAT 19 % = 42,945.13 → 42,945.
    clock.set(new Date('2027-04-01T00:00:00Z'));
    await admin.signInWithDevProvider('cfo@bigco.example', 'Carla CFO'); // sessions expired
    // Asking for what already is, is a state conflict, not a bad field.
    const nothingToTakeBack = await admin.graphql(
      `mutation { reactivateSubscription { outcome } }`,
    );
    expect(nothingToTakeBack.errors?.[0]).toMatchObject({
      message: 'The subscription is not set to cancel',
      extensions: { code: 'CONFLICT', reason: 'NO_CHANGE' },
    });
    const previewed = await admin.graphql<{
      previewSubscriptionChange: {
        outcome: string;
        amountDueToday: { amount: number };
        subtotal: { amount: number };
        tax: { amount: number };
        lines: { kind: string; amount: { amount: number } }[];
      };
    }>(cancelPreview, { input: { action: 'CANCEL', timing: 'NOW', reason: 'TOO_EXPENSIVE' } });
    expect(previewed.errors).toBeUndefined();
    expect(previewed.data!.previewSubscriptionChange).toMatchObject({
      outcome: 'CANCELED',
      subtotal: { amount: 226_027 },
      tax: { amount: 42_945 },
      amountDueToday: { amount: 268_972 },
    });

    const canceled = await admin.graphql<{
      cancelSubscription: {
        outcome: string;
        subscription: { status: string; cancellationReason: string };
        invoice: { number: string; subtotal: { amount: number }; total: { amount: number } };
      };
    }>(cancelNow, {
      input: { timing: 'NOW', reason: 'TOO_EXPENSIVE', idempotencyKey: 'leave-now' },
    });
    expect(canceled.errors).toBeUndefined();
    expect(canceled.data!.cancelSubscription).toMatchObject({
      outcome: 'CANCELED',
      subscription: { status: 'CANCELED', cancellationReason: 'TOO_EXPENSIVE' },
      invoice: {
        number: 'INV-2027-04-00001',
        subtotal: { amount: 226_027 },
        total: { amount: 268_972 },
      },
    });
  });
});
