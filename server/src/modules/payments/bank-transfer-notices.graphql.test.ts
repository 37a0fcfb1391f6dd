import 'reflect-metadata';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { signedInWithoutAccount } from '../../test/sessions.js';

/** The announced-transfer operations over HTTP, as the web app calls them. */
describe('announced bank transfers over GraphQL', () => {
  let server: TestServer;
  const operatorEmail = 'ops@vendor.example';

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: operatorEmail } });
  });
  afterAll(async () => {
    await server.close();
  });

  async function ok<T>(client: CookieClient, query: string, variables?: Record<string, unknown>) {
    const answer = await client.graphql<T>(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  it('lets a customer announce, an operator see it in the queue and approve it, and the customer see the invoice paid', async () => {
    const customer = new CookieClient(server.url);
    await customer.signInWithDevProvider('pay@q.example', 'Quinn Payer');
    await ok(
      customer,
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: {
          legalName: 'Queue GmbH',
          billingEmail: 'billing@q.example',
          line1: 'Hauptstraße 1',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
      },
    );
    const start = `mutation($key: String!) { startSubscription(input: { planCode: "basic", interval: MONTH, currency: "EUR", seats: 1, idempotencyKey: $key }) { invoice { id number issuedAt amountDue { amount currency } } } }`;
    await ok(customer, start, { key: 'trial' });
    await ok(
      customer,
      `mutation { cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: "end" }) { outcome } }`,
    );
    const started = await ok<{
      startSubscription: {
        invoice: { id: string; number: string; issuedAt: string; amountDue: { amount: number } };
      };
    }>(customer, start, { key: 'paid' });
    const invoice = started.startSubscription.invoice;

    const offered = await ok<{
      availablePaymentMethods: {
        country: string;
        methods: string[];
        bankTransfer: { details: string };
      };
    }>(customer, `{ availablePaymentMethods { country methods bankTransfer { details } } }`);
    expect(offered.availablePaymentMethods).toMatchObject({
      country: 'DE',
      methods: ['BANK_TRANSFER'],
    });

    const submitted = await ok<{ submitBankTransfer: { id: string; status: string } }>(
      customer,
      `mutation($input: SubmitBankTransferInput!) { submitBankTransfer(input: $input) { id status } }`,
      {
        input: {
          invoiceId: invoice.id,
          amount: { amount: invoice.amountDue.amount, currency: 'EUR' },
          sentAt: invoice.issuedAt,
          reference: invoice.number,
          idempotencyKey: 'announce',
        },
      },
    );
    expect(submitted.submitBankTransfer.status).toBe('PENDING');

    const operator = await signedInWithoutAccount(server, operatorEmail);
    const queue = await ok<{
      bankTransferQueue: {
        edges: {
          node: {
            accountName: string;
            invoiceNumber: string;
            invoiceStatus: string;
            submittedBy: string;
            invoiceAmountDue: { amount: number };
            notice: { id: string; reference: string; amount: { formatted: string } };
          };
        }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      operator,
      `{ bankTransferQueue { edges { cursor node { accountName invoiceNumber invoiceStatus submittedBy invoicePdfUrl invoiceAmountDue { amount } notice { id status reference sentAt submittedAt decidedAt rejectionReason amount { amount currency formatted } } } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(queue.bankTransferQueue.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        accountName: expect.any(String),
        invoiceNumber: invoice.number,
        invoiceStatus: 'OPEN',
        submittedBy: 'pay@q.example',
        invoiceAmountDue: { amount: invoice.amountDue.amount },
      }),
    ]);

    const approved = await ok<{
      approveBankTransfer: { invoiceStatus: string; notice: { status: string } };
    }>(
      operator,
      `mutation($input: ApproveBankTransferInput!) { approveBankTransfer(input: $input) { invoiceStatus notice { status } } }`,
      { input: { noticeId: submitted.submitBankTransfer.id } },
    );
    expect(approved.approveBankTransfer).toEqual({
      invoiceStatus: 'PAID',
      notice: { status: 'APPROVED' },
    });
    const seen = await ok<{
      invoice: { status: string; bankTransferNotices: { status: string }[] };
    }>(customer, `query($id: ID!) { invoice(id: $id) { status bankTransferNotices { status } } }`, {
      id: invoice.id,
    });
    expect(seen.invoice).toEqual({ status: 'PAID', bankTransferNotices: [{ status: 'APPROVED' }] });
  });
});
