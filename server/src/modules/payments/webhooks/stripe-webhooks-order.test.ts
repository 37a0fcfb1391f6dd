import 'reflect-metadata';
import { pino } from 'pino';
import { startLocalstripe, type Localstripe } from '../../../test/localstripe.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Invoice } from '../../billing/invoices/invoice.entity.js';
import {
  customerActor,
  customerWithOpenInvoice,
} from '../../billing/subscriptions/billing.fixture.js';
import { MailMessage } from '../../notifications/mail/mail-message.entity.js';
import { processNotificationOutbox } from '../../notifications/notify.service.js';
import { notificationDirectory } from '../../../jobs/notification-directory.js';
import { Payment } from '../payment.entity.js';
import { billingAdminEmails } from '../../members/billing-admins.js';
import { PaymentMethod } from '../stripe/payment-method.entity.js';
import { confirmPaymentMethodSetup, createSetupIntent } from '../stripe/payment-methods.service.js';
import { type StripeClient, stripeClientFor } from '../stripe/stripe-client.js';
import { StripeCustomer } from '../stripe/stripe-customer.entity.js';
import { confirmCardPayment, payInvoice } from '../stripe/stripe-payments.service.js';
import { StripeEvent } from './stripe-event.entity.js';
import { stripeEventHandlers } from './stripe-event-handlers.js';
import { drainStripeEvents } from './stripe-events.service.js';
import { deliver, signedDelivery, stripeEventOf } from './stripe-webhook.fixture.js';

/**
 * Events arriving late, twice and out of order, against real payments in localstripe (the Stripe
 * stand-in): whatever the order, the handlers re-read each object and the final state is the
 * one Stripe holds, applied once. localstripe sends `payment_intent.*` itself about a second after
 * the fact, but once and in order; to control order and repetition the test signs the events
 * itself with the endpoint secret, as Stripe would, and never registers localstripe's webhooks.
 */
describe('Stripe webhooks in any order', () => {
  let standIn: Localstripe;
  let server: TestServer;
  let stripe: StripeClient;
  let secret: string;
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    standIn = await startLocalstripe();
    server = await startTestServer({ env: standIn.env });
    stripe = stripeClientFor(server.config.stripe!);
    secret = server.config.stripe!.webhookSecret!;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await standIn?.stop();
  });

  const em = () => server.db.orm.em.fork();
  const drain = () =>
    drainStripeEvents(em(), stripeEventHandlers, {
      clock: server.clock,
      log,
      deps: { stripe, config: server.config, billingAdminEmails, requestPaymentRetry: () => {} },
    });
  const post = async (event: Record<string, unknown>) => {
    const answer = await deliver(server.url, signedDelivery(JSON.stringify(event), secret));
    expect(answer.status).toBe(200);
  };

  /** An account on Advanced (89.00 EUR a month, reverse charge) whose first invoice is open. */
  const accountWithOpenInvoice = (name: string) => customerWithOpenInvoice(em, name, server.clock);

  /** What Stripe.js's confirmCardSetup does in the browser, then the page's confirmation. */
  async function addCard(accountId: string, number: string) {
    const setup = await createSetupIntent(em(), stripe, accountId, server.clock);
    const card = await stripe.paymentMethods.create({
      type: 'card',
      card: { number, exp_month: 12, exp_year: 2040, cvc: '123' },
    });
    let intent = await stripe.setupIntents.confirm(setup.setupIntentId, {
      payment_method: card.id,
    });
    if (intent.status === 'requires_action') {
      intent = await stripe.setupIntents.confirm(setup.setupIntentId);
    }
    const change = await confirmPaymentMethodSetup(
      em(),
      stripe,
      accountId,
      setup.setupIntentId,
      customerActor,
      server.clock,
    );
    return { method: change.method, stripeId: card.id, setupIntentId: setup.setupIntentId };
  }

  /**
   * A 3-D Secure payment the cardholder approved at the bank, before the browser came back: Stripe
   * holds it succeeded, our payment still waits (`requires_action`).
   */
  async function approvedButNotConfirmed(name: string) {
    const { accountId, invoiceId } = await accountWithOpenInvoice(name);
    const card = await addCard(accountId, '4000000000003220');
    const started = await payInvoice(
      em(),
      stripe,
      accountId,
      { invoiceId, paymentMethodId: card.method.id, idempotencyKey: 'pay-1' },
      customerActor,
      server.clock,
    );
    expect(started.status).toBe('requires_action');
    const payment = await em().findOneOrFail(Payment, { id: started.paymentId });
    await stripe.rawRequest(
      'POST',
      `/v1/payment_intents/${payment.stripePaymentIntentId}/_authenticate`,
      { client_secret: started.clientSecret!, success: 'true' },
    );
    return { accountId, invoiceId, payment, card };
  }

  const intentEvent = (type: string, id: string, status: string) =>
    stripeEventOf(type, { id, object: 'payment_intent', status });

  async function expectPaidOnce(invoiceId: string, paymentId: string) {
    const invoice = await em().findOneOrFail(Invoice, { id: invoiceId });
    expect([
      invoice.status,
      invoice.amountPaid,
      invoice.amountDue,
      invoice.failedPaymentAttempts,
    ]).toEqual(['paid', 8_900, 0, 0]);
    const payments = await em().find(Payment, { invoice: invoiceId });
    expect(payments.map((p) => [p.id, p.status, p.appliedAmount])).toEqual([
      [paymentId, 'succeeded', 8_900],
    ]);
    expect(
      await em().count(AuditEvent, { action: 'payment.card_succeeded', target: invoiceId }),
    ).toBe(1);
    expect(await em().count(AuditEvent, { action: 'payment.failed', target: invoiceId })).toBe(0);
    // One receipt, whichever of the webhooks and the browser recorded the success.
    await processNotificationOutbox(em(), server.clock, {
      config: server.config,
      directory: notificationDirectory(server.config),
    });
    expect(
      await em().count(MailMessage, { template: 'paymentReceipt', accountId: invoice.account.id }),
    ).toBe(1);
  }

  it.each([
    [
      'succeeded, then a late failure, then requires_action',
      ['succeeded', 'payment_failed', 'requires_action'],
    ],
    [
      'failure first, requires_action, then succeeded',
      ['payment_failed', 'requires_action', 'succeeded'],
    ],
    [
      'requires_action, succeeded, failure, each twice',
      [
        'requires_action',
        'succeeded',
        'payment_failed',
        'requires_action',
        'succeeded',
        'payment_failed',
      ],
    ],
  ])('%s: the invoice is paid exactly once', async (name, order) => {
    const { invoiceId, payment } = await approvedButNotConfirmed(`Order ${name.slice(0, 20)}`);
    const pi = payment.stripePaymentIntentId!;
    const events = new Map<string, Record<string, unknown>>();
    for (const step of order) {
      // A repeated step is a redelivery: the same event id again.
      const event =
        events.get(step) ??
        intentEvent(
          `payment_intent.${step}`,
          pi,
          step === 'payment_failed' ? 'requires_payment_method' : step,
        );
      events.set(step, event);
      await post(event);
      await drain();
    }
    await expectPaidOnce(invoiceId, payment.id);
    expect(await em().count(StripeEvent, { objectId: pi })).toBe(3);
  });

  it('a shuffled batch processed concurrently converges, and the browser confirming after it changes nothing', async () => {
    const { accountId, invoiceId, payment, card } = await approvedButNotConfirmed('Batch SAS');
    const pi = payment.stripePaymentIntentId!;
    const batch = [
      intentEvent('payment_intent.payment_failed', pi, 'requires_payment_method'),
      intentEvent('payment_intent.succeeded', pi, 'succeeded'),
      intentEvent('payment_intent.requires_action', pi, 'requires_action'),
      stripeEventOf('setup_intent.succeeded', { id: card.setupIntentId, object: 'setup_intent' }),
      stripeEventOf('payment_method.attached', { id: card.stripeId, object: 'payment_method' }),
      stripeEventOf('payment_method.updated', { id: card.stripeId, object: 'payment_method' }),
    ];
    const deliveries = [...batch, ...batch, batch[1]!, batch[0]!];
    // A fixed shuffle: the failure comes in after the success more often than not.
    const order = [7, 2, 0, 9, 4, 1, 11, 6, 3, 8, 13, 5, 10, 12];
    for (const index of order) await post(deliveries[index]!);
    expect(await drain()).toEqual({ processed: 6, retrying: 0, failed: 0 });
    await expectPaidOnce(invoiceId, payment.id);
    expect(
      (await em().find(PaymentMethod, { account: accountId })).map((m) => [
        m.stripePaymentMethodId,
        m.isDefault,
      ]),
    ).toEqual([[card.stripeId, true]]);

    const late = await confirmCardPayment(em(), stripe, accountId, payment.id, server.clock);
    expect(late.status).toBe('succeeded');
    await expectPaidOnce(invoiceId, payment.id);
  });

  it('a declined payment stays failed whatever arrives after, and is counted once', async () => {
    const { accountId, invoiceId } = await accountWithOpenInvoice('Declines GmbH');
    const card = await addCard(accountId, '4000000000000341');
    await expect(
      payInvoice(
        em(),
        stripe,
        accountId,
        { invoiceId, paymentMethodId: card.method.id, idempotencyKey: 'pay-1' },
        customerActor,
        server.clock,
      ),
    ).rejects.toMatchObject({ code: 'PAYMENT_FAILED' });
    const failed = await em().findOneOrFail(Payment, { invoice: invoiceId });
    const before = await em().findOneOrFail(Invoice, { id: invoiceId });
    expect(failed.status).toBe('failed');
    const auditBefore = await em().count(AuditEvent, { target: invoiceId });
    // The stand-in's decline names the charge, not the intent; find the intent Stripe made for
    // this payment (its metadata names it) to send its events.
    const intents = await stripe.paymentIntents.list({ limit: 100 });
    const pi = intents.data.find((intent) => intent.metadata?.payment_id === failed.id)?.id;
    expect(pi).toMatch(/^pi_/);
    const failure = intentEvent('payment_intent.payment_failed', pi!, 'requires_payment_method');
    for (const event of [
      failure,
      intentEvent('payment_intent.requires_action', pi!, 'requires_action'),
      failure,
    ]) {
      await post(event);
    }
    expect(await drain()).toEqual({ processed: 2, retrying: 0, failed: 0 });
    const after = await em().findOneOrFail(Invoice, { id: invoiceId });
    expect([after.status, after.amountPaid, after.failedPaymentAttempts]).toEqual([
      'open',
      0,
      before.failedPaymentAttempts,
    ]);
    expect((await em().findOneOrFail(Payment, { id: failed.id })).status).toBe('failed');
    expect(await em().count(AuditEvent, { target: invoiceId })).toBe(auditBefore);
  });

  it('cards changed in Stripe (a new default, one removed) reach the account in any order', async () => {
    const { accountId } = await accountWithOpenInvoice('Portal Users BV');
    const first = await addCard(accountId, '4242424242424242');
    const customer = (await em().findOneOrFail(StripeCustomer, { account: accountId }))
      .stripeCustomerId;
    // In Stripe's Customer Portal: a second card added and made the default, the first removed.
    const second = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '5555555555554444', exp_month: 6, exp_year: 2041, cvc: '123' },
    });
    await stripe.paymentMethods.attach(second.id, { customer });
    await stripe.customers.update(customer, {
      invoice_settings: { default_payment_method: second.id },
    });
    await stripe.paymentMethods.detach(first.stripeId);

    // Stripe's events, newest first, the detach twice.
    const detached = stripeEventOf('payment_method.detached', {
      id: first.stripeId,
      object: 'payment_method',
    });
    for (const event of [
      detached,
      stripeEventOf('customer.updated', { id: customer, object: 'customer' }),
      stripeEventOf('payment_method.attached', { id: second.id, object: 'payment_method' }),
      detached,
    ]) {
      await post(event);
    }
    expect(await drain()).toEqual({ processed: 3, retrying: 0, failed: 0 });
    const methods = await em().find(PaymentMethod, { account: accountId });
    expect(methods.map((m) => [m.stripePaymentMethodId, m.last4, m.isDefault])).toEqual([
      [second.id, '4444', true],
    ]);

    // And when Stripe deletes the customer, the account forgets it and its cards.
    await stripe.customers.del(customer);
    await post(stripeEventOf('customer.deleted', { id: customer, object: 'customer' }));
    await drain();
    expect(await em().count(PaymentMethod, { account: accountId })).toBe(0);
    expect(
      (await em().findOneOrFail(StripeCustomer, { account: accountId })).deletedAt,
    ).not.toBeNull();
  });
});
