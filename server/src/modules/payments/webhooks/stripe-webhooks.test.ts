import 'reflect-metadata';
import { pino } from 'pino';
import type Stripe from 'stripe';
import { FixedClock } from '../../../clock.js';
import { CookieClient } from '../../../test/browser.js';
import { startLocalstripe, type Localstripe } from '../../../test/localstripe.js';
import { signedInWithoutAccount } from '../../../test/sessions.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { CreditNote, Invoice } from '../../billing/invoices/invoice.entity.js';
import { MailMessage } from '../../notifications/mail/mail-message.entity.js';
import { paidByCard as paidCardInvoice } from '../card-payment.fixture.js';
import { PaymentDispute, PaymentRefund } from '../refund.entity.js';
import { billingAdminEmails } from '../../members/billing-admins.js';
import { createStripeClient, stripeClientFor } from '../stripe/stripe-client.js';
import { StripeEvent } from './stripe-event.entity.js';
import { type StripeEventDeps, stripeEventHandlers } from './stripe-event-handlers.js';
import { drainStripeEvents, maxAutomaticAttempts } from './stripe-events.service.js';
import { deliver, signedDelivery, stripeEventOf } from './stripe-webhook.fixture.js';

/**
 * The webhook route against the real app, with localstripe (a stateful Stripe stand-in) behind
 * the SDK: handlers re-read charges and refunds from it. localstripe never sends `charge.*` or
 * dispute events (and has no disputes API), so those are signed here with the endpoint secret,
 * exactly as Stripe signs them. Events are processed by calling the job's drain directly, so each
 * test decides when processing happens.
 */
describe('Stripe webhooks', () => {
  let standIn: Localstripe;
  let server: TestServer;
  let stripe: Stripe;
  let secret: string;
  let operator: CookieClient;
  const operatorEmails = ['ops@vendor.example', 'finance@vendor.example'];
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    standIn = await startLocalstripe();
    server = await startTestServer({
      env: { ...standIn.env, OPERATOR_EMAILS: operatorEmails.join(',') },
    });
    stripe = stripeClientFor(server.config.stripe!);
    secret = server.config.stripe!.webhookSecret!;
    operator = await signedInWithoutAccount(server, operatorEmails[0]!);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await standIn?.stop();
  });

  const em = () => server.db.orm.em.fork();
  const drain = (deps: Partial<StripeEventDeps> = {}, clock = server.clock) =>
    drainStripeEvents(em(), stripeEventHandlers, {
      clock,
      log,
      deps: {
        stripe,
        config: server.config,
        billingAdminEmails,
        requestPaymentRetry: () => {},
        ...deps,
      },
    });
  const post = (event: Record<string, unknown>) =>
    deliver(server.url, signedDelivery(JSON.stringify(event), secret));

  const paidByCard = (amount: number) => paidCardInvoice(server, stripe, amount);

  describe('refuses what it cannot trust, with 400, and stores nothing', () => {
    const event = () => stripeEventOf('charge.refunded', { id: 'ch_untrusted', object: 'charge' });

    it.each([
      ['no signature', () => ({ body: JSON.stringify(event()) }), /Stripe-Signature/],
      [
        'a signature made with another secret',
        () => signedDelivery(JSON.stringify(event()), 'whsec_someone_else'),
        /signature check failed/,
      ],
      [
        'a signature 301 seconds old',
        () => signedDelivery(JSON.stringify(event()), secret, Math.floor(Date.now() / 1000) - 301),
        /signature check failed: Timestamp outside the tolerance zone/,
      ],
      [
        'a signed body that is not JSON',
        () => signedDelivery('{"id": "evt_cut_short", "type": "charge.ref', secret),
        /not JSON/,
      ],
      [
        'a body re-serialised after signing',
        () => {
          const signed = signedDelivery(JSON.stringify(event()), secret);
          return { ...signed, body: JSON.stringify(JSON.parse(signed.body), null, 2) };
        },
        /signature check failed/,
      ],
      [
        'signed JSON that is not an event',
        () => signedDelivery(JSON.stringify({ id: 'evt_x', hello: 'world' }), secret),
        /no valid type/,
      ],
    ])('%s', async (_case, delivery, reason) => {
      const answer = await deliver(server.url, delivery());
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        error: { code: 'BAD_REQUEST', message: expect.stringMatching(reason) },
      });
      expect(await em().count(StripeEvent, {})).toBe(0);
    });
  });

  it('takes a signature four minutes old (inside the five-minute tolerance)', async () => {
    const event = stripeEventOf('balance.available', { id: 'txn_recent', object: 'balance' });
    const answer = await deliver(
      server.url,
      signedDelivery(JSON.stringify(event), secret, Math.floor(Date.now() / 1000) - 240),
    );
    expect(answer).toEqual({ status: 200, body: { received: true, duplicate: false } });
    await drain();
    const stored = await em().findOneOrFail(StripeEvent, { id: event.id as string });
    expect(stored.status).toBe('processed');
    expect(stored.outcome).toBe(
      'nothing to do: balance.available is not an event Ledgerline acts on',
    );
  });

  it('refunds recorded in Stripe become one credit note each, however often the event comes', async () => {
    const { payment, charge } = await paidByCard(8_900);
    // Two refunds made in Stripe's dashboard: 20.00 and then 15.50.
    const first = await stripe.refunds.create({ charge, amount: 2_000 });
    const second = await stripe.refunds.create({ charge, amount: 1_550 });
    const event = stripeEventOf('charge.refunded', { id: charge, object: 'charge' });

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(event));
    expect(answers.map((a) => [a.status, a.body.duplicate])).toEqual([
      [200, false],
      [200, true],
      [200, true],
      [200, true],
      [200, true],
    ]);
    // Stripe also sends a second event (another id) about the same charge.
    await post(stripeEventOf('charge.refunded', { id: charge, object: 'charge' }));
    expect(await drain()).toEqual({ processed: 2, retrying: 0, failed: 0 });
    expect(await drain()).toEqual({ processed: 0, retrying: 0, failed: 0 });

    const refunds = await em().find(
      PaymentRefund,
      { payment: payment.id },
      { populate: ['creditNote'], orderBy: { amount: 'desc' } },
    );
    expect(refunds.map((r) => [r.stripeRefundId, r.amount, r.creditNote.amount])).toEqual([
      [first.id, 2_000, 2_000],
      [second.id, 1_550, 1_550],
    ]);
    expect(await em().count(CreditNote, { invoice: payment.invoice.id })).toBe(2);
    expect(await em().count(AuditEvent, { action: 'payment.refunded', target: payment.id })).toBe(
      2,
    );
    const invoice = await em().findOneOrFail(Invoice, { id: payment.invoice.id });
    expect(invoice.status).toBe('paid');
  });

  it('a dispute marks the payment disputed once, audits it and e-mails every operator', async () => {
    const { payment, charge } = await paidByCard(2_900);
    const dispute = {
      id: 'dp_test_fraud',
      object: 'dispute',
      charge,
      amount: 2_900,
      currency: 'eur',
      reason: 'fraudulent',
      status: 'needs_response',
    };
    const event = stripeEventOf('charge.dispute.created', dispute);
    for (let i = 0; i < 5; i++) expect((await post(event)).status).toBe(200);
    await drain();

    const disputes = await em().find(PaymentDispute, { payment: payment.id });
    expect(disputes.map((d) => [d.stripeDisputeId, d.amount, d.currency, d.reason])).toEqual([
      ['dp_test_fraud', 2_900, 'EUR', 'fraudulent'],
    ]);
    const audit = await em().find(AuditEvent, { action: 'payment.disputed', target: payment.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.accountId).toBe(payment.account.id);
    const mails = await em().find(MailMessage, { template: 'paymentDisputed' });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([...operatorEmails].sort());
    expect(mails[0]!.subject).toBe(`Payment disputed: €29.00 on ${payment.invoice.number}`);

    const shown = await operator.graphql<{
      stripeWebhookEvent: { status: string; outcome: string };
    }>('query($id: ID!) { stripeWebhookEvent(id: $id) { status outcome } }', { id: event.id });
    expect(shown.data?.stripeWebhookEvent).toEqual({
      status: 'PROCESSED',
      outcome: `payment ${payment.id} marked disputed; operators e-mailed`,
    });
  });

  it('retries a failing event with back-off, then leaves it to an operator, who retries it', async () => {
    const { payment, charge } = await paidByCard(5_000);
    await stripe.refunds.create({ charge, amount: 5_000 });
    const event = stripeEventOf('charge.refunded', { id: charge, object: 'charge' });
    await post(event);
    // Stripe unreachable: a client for a port nothing listens on.
    const unreachable = createStripeClient({
      ...server.config.stripe!,
      apiBase: new URL('http://127.0.0.1:9'),
    });
    const clock = new FixedClock(new Date());
    const stored = () => em().findOneOrFail(StripeEvent, { id: event.id as string });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= maxAutomaticAttempts; attempt++) {
      const run = await drain({ stripe: unreachable }, clock);
      const now = await stored();
      expect(now.attempts).toBe(attempt);
      if (attempt < maxAutomaticAttempts) {
        expect(run).toEqual({ processed: 0, retrying: 1, failed: 0 });
        expect(now.status).toBe('pending');
        delays.push((now.nextAttemptAt!.getTime() - clock.now().getTime()) / 1000);
        // Nothing is due before the back-off ends.
        expect(await drain({ stripe: unreachable }, clock)).toEqual({
          processed: 0,
          retrying: 0,
          failed: 0,
        });
        clock.set(now.nextAttemptAt!);
      } else {
        expect(run).toEqual({ processed: 0, retrying: 0, failed: 1 });
        expect(now.status).toBe('failed');
        expect(now.lastError).toMatch(/connect|ECONNREFUSED|error/i);
      }
    }
    expect(delays).toEqual([30, 120, 600, 3_600, 21_600]);
    expect(await em().count(PaymentRefund, { payment: payment.id })).toBe(0);

    const failed = await operator.graphql<{
      stripeWebhookEvents: { edges: { node: { id: string; attempts: number } }[] };
    }>('{ stripeWebhookEvents(status: FAILED) { edges { node { id attempts } } } }');
    expect(failed.data?.stripeWebhookEvents.edges.map((e) => e.node)).toEqual([
      { id: event.id, attempts: maxAutomaticAttempts },
    ]);

    const retried = await operator.graphql<{
      retryStripeWebhookEvent: { status: string; attempts: number };
    }>('mutation($id: ID!) { retryStripeWebhookEvent(input: { id: $id }) { status attempts } }', {
      id: event.id,
    });
    expect(retried.data?.retryStripeWebhookEvent).toEqual({ status: 'PENDING', attempts: 0 });
    expect(await drain({}, clock)).toEqual({ processed: 1, retrying: 0, failed: 0 });
    expect(await em().count(PaymentRefund, { payment: payment.id })).toBe(1);
    expect(
      await em().count(AuditEvent, { action: 'stripe_event.retried', target: event.id as string }),
    ).toBe(1);

    const again = await operator.graphql(
      'mutation($id: ID!) { retryStripeWebhookEvent(input: { id: $id }) { status } }',
      { id: event.id },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
