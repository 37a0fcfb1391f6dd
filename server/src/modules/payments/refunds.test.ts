import 'reflect-metadata';
import type Stripe from 'stripe';
import type { CookieClient } from '../../test/browser.js';
import { startLocalstripe, type Localstripe } from '../../test/localstripe.js';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { CreditNote, Invoice } from '../billing/invoices/invoice.entity.js';
import { paidByCard } from './card-payment.fixture.js';
import { PaymentRefund } from './refund.entity.js';
import { stripeClientFor } from './stripe/stripe-client.js';

const refundMutation = `mutation($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    payment { id refunded { amount currency } }
    invoice { status }
    creditNote { number amount { amount currency } reason }
  }
}`;

type RefundAnswer = {
  refundPayment: {
    payment: { id: string; refunded: { amount: number; currency: string } };
    invoice: { status: string };
    creditNote: { number: string; amount: { amount: number; currency: string }; reason: string };
  };
};

/**
 * Operators refund card payments through Stripe (localstripe, a stateful stand-in for it, which
 * does not refuse refunds beyond the amount charged: our own checks must).
 */
describe('refundPayment', () => {
  let standIn: Localstripe;
  let server: TestServer;
  let stripe: Stripe;
  let operator: CookieClient;

  beforeAll(async () => {
    standIn = await startLocalstripe();
    server = await startTestServer({
      env: { ...standIn.env, OPERATOR_EMAILS: 'ops@vendor.example' },
    });
    stripe = stripeClientFor(server.config.stripe!);
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await standIn?.stop();
  });

  const em = () => server.db.orm.em.fork();
  const refund = (input: Record<string, unknown>) =>
    operator.graphql<RefundAnswer>(refundMutation, { input });

  it('refunds part, then the rest, each with a credit note; the invoice stays paid', async () => {
    const { payment, charge } = await paidByCard(server, stripe, 8_900);

    const part = await refund({
      paymentId: payment.id,
      amount: 2_500,
      reason: 'Goodwill: outage on 3 December',
      idempotencyKey: 'refund-1',
    });
    expect(part.errors).toBeUndefined();
    expect(part.data!.refundPayment.payment.refunded).toEqual({ amount: 2_500, currency: 'EUR' });
    expect(part.data!.refundPayment.invoice.status).toBe('PAID');
    expect(part.data!.refundPayment.creditNote).toEqual({
      number: expect.stringMatching(/^CN-\d{4}-\d{2}-\d{5}$/),
      amount: { amount: 2_500, currency: 'EUR' },
      reason: 'Goodwill: outage on 3 December',
    });

    const rest = await refund({ paymentId: payment.id, reason: 'Cancelled', idempotencyKey: 'r2' });
    expect(rest.errors).toBeUndefined();
    // 89.00 − 25.00 = 64.00 left, all of it.
    expect(rest.data!.refundPayment.creditNote.amount.amount).toBe(6_400);
    expect(rest.data!.refundPayment.payment.refunded.amount).toBe(8_900);

    const inStripe = await stripe.refunds.list({ charge });
    expect(inStripe.data.map((r) => r.amount).sort()).toEqual([2_500, 6_400]);
    expect(await em().count(CreditNote, { invoice: payment.invoice.id })).toBe(2);
    expect(await em().count(AuditEvent, { action: 'payment.refunded', target: payment.id })).toBe(
      2,
    );

    const more = await refund({ paymentId: payment.id, reason: 'Again', idempotencyKey: 'r3' });
    expect(more.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(more.errors?.[0]?.message).toBe('This payment was already refunded in full.');
  });

  it('refuses more than is left, a non-positive amount and an empty reason, refunding nothing', async () => {
    const { payment, charge } = await paidByCard(server, stripe, 1_000);
    const cases = [
      [
        { amount: 1_001, reason: 'Too much' },
        'amount',
        'At most 1000 (minor units) is left to refund.',
      ],
      [{ amount: 0, reason: 'Nothing' }, 'amount', expect.stringContaining('above zero')],
      [{ amount: 100, reason: '   ' }, 'reason', 'Say why the payment is refunded.'],
    ] as const;
    for (const [input, field, message] of cases) {
      const answer = await refund({
        paymentId: payment.id,
        idempotencyKey: `bad-${field}-${input.amount}`,
        ...input,
      });
      expect(answer.errors?.[0]).toMatchObject({
        message,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    expect((await stripe.refunds.list({ charge })).data).toHaveLength(0);
    expect(await em().count(PaymentRefund, { payment: payment.id })).toBe(0);
  });

  it('20 simultaneous refunds of 10.00 on a 50.00 payment give back 50.00: five succeed', async () => {
    const { payment, charge } = await paidByCard(server, stripe, 5_000);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        refund({ paymentId: payment.id, amount: 1_000, reason: 'Split', idempotencyKey: `k${i}` }),
      ),
    );
    const succeeded = answers.filter((a) => a.errors === undefined);
    const refused = answers.filter((a) => a.errors !== undefined);
    expect(succeeded).toHaveLength(5);
    expect(refused.map((a) => a.errors![0]!.extensions?.code).sort()).toEqual([
      ...Array(15).fill('CONFLICT'),
    ]);
    const inStripe = await stripe.refunds.list({ charge, limit: 100 });
    expect(inStripe.data.reduce((sum, r) => sum + r.amount, 0)).toBe(5_000);
    const notes = await em().find(CreditNote, { invoice: payment.invoice.id });
    expect(notes.reduce((sum, n) => sum + n.amount, 0)).toBe(5_000);
    expect(new Set(notes.map((n) => n.number)).size).toBe(5);
    const invoice = await em().findOneOrFail(Invoice, { id: payment.invoice.id });
    expect(invoice.status).toBe('paid');
  });

  it('the same key sent 10 times at once refunds once and answers the same credit note', async () => {
    const { payment, charge } = await paidByCard(server, stripe, 3_000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        refund({ paymentId: payment.id, amount: 700, reason: 'Once', idempotencyKey: 'same' }),
      ),
    );
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(new Set(answers.map((a) => a.data!.refundPayment.creditNote.number)).size).toBe(1);
    expect((await stripe.refunds.list({ charge })).data.map((r) => r.amount)).toEqual([700]);
    expect(await em().count(PaymentRefund, { payment: payment.id })).toBe(1);
  });
});
