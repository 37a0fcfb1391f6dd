import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { loadConfig } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { type Localstripe, startLocalstripe } from '../../../test/localstripe.js';
import { Invoice } from '../../billing/invoices/invoice.entity.js';
import {
  type BillingTestDatabase,
  customerActor,
  openBillingTestDatabase,
  utc,
} from '../../billing/subscriptions/billing.fixture.js';
import { Subscription } from '../../billing/subscriptions/subscription.entity.js';
import { Payment } from '../payment.entity.js';
import { PaymentMethod } from './payment-method.entity.js';
import {
  confirmPaymentMethodSetup,
  listPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
  syncPaymentMethodFromStripe,
} from './payment-methods.service.js';
import { createStripeClient, type StripeClient } from './stripe-client.js';
import {
  accountWithOpenInvoice as accountWithOpenInvoiceIn,
  addCard as addCardTo,
  appErrorOf,
} from './stripe.fixture.js';
import { StripeCustomer } from './stripe-customer.entity.js';
import { confirmCardPayment, payInvoice } from './stripe-payments.service.js';

/**
 * Cards and invoice payments against localstripe, a stateful Stripe stand-in (a real peer: the
 * SDK talks HTTP to it). What Stripe.js does in the browser — create the card's payment method
 * and confirm the SetupIntent with it — the test does with the same API calls (`addCard`).
 */
describe('card payments through Stripe', () => {
  let database: BillingTestDatabase;
  let localstripe: Localstripe;
  let stripe: StripeClient;
  const clock = new FixedClock(utc('2026-04-01'));

  beforeAll(async () => {
    [database, localstripe] = await Promise.all([openBillingTestDatabase(), startLocalstripe()]);
    stripe = createStripeClient(loadConfig(localstripe.env).stripe!);
  });
  afterAll(async () => {
    await Promise.all([database.close(), localstripe.stop()]);
  });

  const accountWithOpenInvoice = (name: string) => accountWithOpenInvoiceIn(database, name, clock);
  const addCard = (accountId: string, number: string) =>
    addCardTo(database, stripe, accountId, number, clock);
  const paymentError = appErrorOf;

  it('creates the Stripe customer once, with the billing details, and records a card once', async () => {
    const { accountId } = await accountWithOpenInvoice('Card Adders SARL');
    const added = await addCard(accountId, '4242424242424242');
    expect(added.becameDefault).toBe(true);
    // The browser's confirmation again, and the webhook's re-read: still one method.
    await confirmPaymentMethodSetup(
      database.em(),
      stripe,
      accountId,
      added.setupIntentId,
      customerActor,
      clock,
    );
    await syncPaymentMethodFromStripe(database.em(), stripe, added.stripeId, clock);
    const methods = await listPaymentMethods(database.em(), accountId);
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({
      type: 'card',
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear: 2040,
      isDefault: true,
    });
    const customers = await database.em().find(StripeCustomer, { account: accountId });
    expect(customers).toHaveLength(1);
    const customer = await stripe.customers.retrieve(customers[0]!.stripeCustomerId);
    expect(customer).toMatchObject({
      name: 'Card Adders SARL',
      address: { line1: '1 rue de Rivoli', city: 'Paris', country: 'FR' },
      invoice_settings: { default_payment_method: added.stripeId },
    });
    const taxIds = await stripe.customers.listTaxIds(customers[0]!.stripeCustomerId);
    expect(taxIds.data.map((t) => t.type)).toEqual(['eu_vat']);
  });

  it('pays an open invoice exactly once, and the same key answers the same payment', async () => {
    const { accountId, invoiceId } = await accountWithOpenInvoice('Prompt Payers SAS');
    const card = await addCard(accountId, '4242424242424242');
    const input = { invoiceId, paymentMethodId: card.method.id, idempotencyKey: 'pay-1' };
    const paid = await payInvoice(database.em(), stripe, accountId, input, customerActor, clock);
    expect(paid.status).toBe('succeeded');
    const again = await payInvoice(database.em(), stripe, accountId, input, customerActor, clock);
    expect(again).toEqual(paid);
    const invoice = await database.em().findOneOrFail(Invoice, { id: invoiceId });
    expect(invoice).toMatchObject({ status: 'paid', amountDue: 0, amountPaid: invoice.total });
    const payments = await database.em().find(Payment, { invoice: invoiceId });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      status: 'succeeded',
      method: 'card',
      amount: invoice.total,
      appliedAmount: invoice.total,
      paymentMethodLabel: 'Visa •••• 4242',
    });
    const subscription = await database
      .em()
      .findOneOrFail(Subscription, { account: accountId, status: { $ne: 'canceled' } });
    expect(subscription.status).toBe('active');
    const intent = await stripe.paymentIntents.retrieve(payments[0]!.stripePaymentIntentId!);
    expect(intent).toMatchObject({ status: 'succeeded', amount: invoice.total, currency: 'eur' });
    // Another key for a paid invoice: CONFLICT, nothing charged.
    const conflict = await paymentError(
      payInvoice(
        database.em(),
        stripe,
        accountId,
        { ...input, idempotencyKey: 'pay-2' },
        customerActor,
        clock,
      ),
    );
    expect(conflict.code).toBe('CONFLICT');
  });

  it("answers a declined card with PAYMENT_FAILED and the issuer's message; the invoice stays open", async () => {
    const { accountId, invoiceId } = await accountWithOpenInvoice('Declined Cards SA');
    const card = await addCard(accountId, '4000000000000341');
    const input = { invoiceId, paymentMethodId: card.method.id, idempotencyKey: 'declined-1' };
    const error = await paymentError(
      payInvoice(database.em(), stripe, accountId, input, customerActor, clock),
    );
    expect(error.code).toBe('PAYMENT_FAILED');
    expect(error.message).toMatch(/declined/i);
    const payments = await database.em().find(Payment, { invoice: invoiceId });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: 'failed', failureMessage: error.message });
    const invoice = await database.em().findOneOrFail(Invoice, { id: invoiceId });
    expect(invoice.status).toBe('open');
    // The same key answers the same decline; nothing is tried again.
    const replay = await paymentError(
      payInvoice(database.em(), stripe, accountId, input, customerActor, clock),
    );
    expect(replay.message).toBe(error.message);
    expect(await database.em().count(Payment, { invoice: invoiceId })).toBe(1);
  });

  it('runs 3-D Secure: requires_action with a client secret, then paid after authentication', async () => {
    const { accountId, invoiceId } = await accountWithOpenInvoice('Secure Cards SARL');
    const card = await addCard(accountId, '4000000000003220');
    const started = await payInvoice(
      database.em(),
      stripe,
      accountId,
      { invoiceId, paymentMethodId: card.method.id, idempotencyKey: '3ds-1' },
      customerActor,
      clock,
    );
    expect(started.status).toBe('requires_action');
    expect(started.clientSecret).toMatch(/^pi_.+_secret_/);
    expect((await database.em().findOneOrFail(Invoice, { id: invoiceId })).status).toBe('open');
    // Another attempt meanwhile: CONFLICT, not a second charge.
    const second = await paymentError(
      payInvoice(
        database.em(),
        stripe,
        accountId,
        { invoiceId, paymentMethodId: card.method.id, idempotencyKey: '3ds-2' },
        customerActor,
        clock,
      ),
    );
    expect(second.code).toBe('CONFLICT');
    // What the bank's page does when the cardholder approves (Stripe.js confirmCardPayment).
    const payment = await database.em().findOneOrFail(Payment, { id: started.paymentId });
    await stripe.rawRequest(
      'POST',
      `/v1/payment_intents/${payment.stripePaymentIntentId}/_authenticate`,
      {
        client_secret: started.clientSecret!,
        success: 'true',
      },
    );
    const done = await confirmCardPayment(
      database.em(),
      stripe,
      accountId,
      started.paymentId,
      clock,
    );
    expect(done.status).toBe('succeeded');
    expect((await database.em().findOneOrFail(Invoice, { id: invoiceId })).status).toBe('paid');
  });

  it('charges once when 20 requests pay one invoice at the same time (same and different keys)', async () => {
    const { accountId, invoiceId } = await accountWithOpenInvoice('Eager Clickers SAS');
    const card = await addCard(accountId, '4242424242424242');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        payInvoice(
          database.em(),
          stripe,
          accountId,
          // Ten requests repeat one key (a client retrying); ten bring their own.
          {
            invoiceId,
            paymentMethodId: card.method.id,
            idempotencyKey: i < 10 ? 'same' : `own-${i}`,
          },
          customerActor,
          clock,
        ),
      ),
    );
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(AppError);
      expect((outcome.reason as AppError).code).toBe('CONFLICT');
    }
    // Every answer is the one payment: paid, or still with Stripe when the answer was read.
    const paymentIds = new Set(succeeded.map((o) => o.value.paymentId));
    expect(paymentIds.size).toBe(1);
    expect(succeeded.every((o) => ['succeeded', 'pending'].includes(o.value.status))).toBe(true);
    expect(succeeded.some((o) => o.value.status === 'succeeded')).toBe(true);
    const payments = await database.em().find(Payment, { invoice: invoiceId });
    expect(payments.map((p) => p.status)).toEqual(['succeeded']);
    const customerId = (await database.em().findOneOrFail(StripeCustomer, { account: accountId }))
      .stripeCustomerId;
    // The stand-in cannot filter intents by customer: every intent of the run, then this one's.
    const intents = await stripe.paymentIntents.list({ limit: 100 });
    expect(intents.has_more).toBe(false);
    expect(intents.data.filter((intent) => intent.customer === customerId)).toHaveLength(1);
    expect((await database.em().findOneOrFail(Invoice, { id: invoiceId })).status).toBe('paid');
  });

  it('keeps the last method while a paid plan is live; removing the default promotes another', async () => {
    const { accountId } = await accountWithOpenInvoice('Careful Removers SA');
    const first = await addCard(accountId, '4242424242424242');
    const only = await paymentError(
      removePaymentMethod(database.em(), stripe, accountId, first.method.id, customerActor, clock),
    );
    expect(only.code).toBe('CONFLICT');
    expect(only.message).toMatch(/only payment method/);
    const second = await addCard(accountId, '5555555555554444');
    expect(second.becameDefault).toBe(false);
    await setDefaultPaymentMethod(
      database.em(),
      stripe,
      accountId,
      second.method.id,
      customerActor,
      clock,
    );
    expect(
      (await listPaymentMethods(database.em(), accountId)).map((m) => [m.last4, m.isDefault]),
    ).toEqual([
      ['4444', true],
      ['4242', false],
    ]);
    await removePaymentMethod(
      database.em(),
      stripe,
      accountId,
      second.method.id,
      customerActor,
      clock,
    );
    const left = await listPaymentMethods(database.em(), accountId);
    expect(left.map((m) => [m.last4, m.isDefault])).toEqual([['4242', true]]);
    const detached = await stripe.paymentMethods.retrieve(second.stripeId);
    expect(detached.customer).toBeNull();
    // Another account cannot touch it: as if it did not exist.
    const { accountId: other } = await accountWithOpenInvoice('Nosy Neighbours SA');
    const foreign = await paymentError(
      setDefaultPaymentMethod(database.em(), stripe, other, left[0]!.id, customerActor, clock),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    expect(await database.em().count(PaymentMethod, { account: accountId })).toBe(1);
  });
});
