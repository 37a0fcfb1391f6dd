import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { type Config, loadConfig } from '../../../config.js';
import { type Localstripe, startLocalstripe } from '../../../test/localstripe.js';
import { Account } from '../../accounts/account.entity.js';
import { retryDuePayments, retryDunningNow } from '../../billing/renewals/dunning.service.js';
import { Invoice } from '../../billing/invoices/invoice.entity.js';
import {
  type BillingTestDatabase,
  customerActor,
  openBillingTestDatabase,
  utc,
} from '../../billing/subscriptions/billing.fixture.js';
import { renewDueSubscriptions } from '../../billing/renewals/renewal.service.js';
import { Subscription } from '../../billing/subscriptions/subscription.entity.js';
import {
  type BillingDeps,
  cancelSubscription,
} from '../../billing/subscriptions/subscription.service.js';
import { User } from '../../users/user.entity.js';
import { billingAdminEmails } from '../../members/billing-admins.js';
import { Membership } from '../../members/membership.entity.js';
import { MailMessage } from '../../notifications/mail/mail-message.entity.js';
import { processNotificationOutbox } from '../../notifications/notify.service.js';
import { notificationDirectory } from '../../../jobs/notification-directory.js';
import { deploymentCollector as defaultCollector } from '../collectors.js';
import { Payment } from '../payment.entity.js';
import { sendClaimedCharge, unsentCharges } from './card-collection.js';
import { verifyFixPaymentLink } from './payment-links.js';
import { setDefaultPaymentMethod } from './payment-methods.service.js';
import { createStripeClient, type StripeClient } from './stripe-client.js';
import { payInvoice } from './stripe-payments.service.js';
import { accountWithOpenInvoice, addCard, appErrorOf } from './stripe.fixture.js';
import { openFixPaymentLink, paymentAttentionOf } from './payment-attention.js';
import { StripeCustomer } from './stripe-customer.entity.js';
import { stripeEventHandlers } from '../webhooks/stripe-event-handlers.js';
import type { StripeEvent } from '../webhooks/stripe-event.entity.js';
import { pino } from 'pino';

const DAY = 86_400_000;

/**
 * Off-session collection against localstripe (a real Stripe stand-in): renewals invoiced on the
 * batch path with card terms, the retry job claiming each attempt, the charge job sending it, and
 * dunning reacting to the answer. The jobs' functions are called in the order the queue runs them
 * (jobs/workers.ts); the queue itself is tested in jobs/queue.test.ts.
 */
describe('charging cards off-session: renewals and dunning', () => {
  let database: BillingTestDatabase;
  let localstripe: Localstripe;
  let stripe: StripeClient;
  let config: Config;
  const clock = new FixedClock(utc('2026-04-01'));
  let deps: BillingDeps;

  beforeAll(async () => {
    [database, localstripe] = await Promise.all([openBillingTestDatabase(), startLocalstripe()]);
    config = loadConfig({ ...localstripe.env, PUBLIC_URL: 'https://billing.example.com' });
    stripe = createStripeClient(config.stripe!);
    deps = { clock, billing: config.billing, collector: defaultCollector(config.billing, clock) };
  });
  afterAll(async () => {
    await Promise.all([database.close(), localstripe.stop()]);
  });

  const notify = () =>
    processNotificationOutbox(database.em(), clock, {
      config,
      directory: notificationDirectory(config),
    });

  /** An active Advanced subscription paid with `card`, whose Billing Admin is `admin`. */
  async function activeWithCard(name: string, card: string, admin: string) {
    const { accountId, invoiceId } = await accountWithOpenInvoice(database, name, clock, deps);
    const em = database.em();
    const user = em.create(User, { email: admin, emailVerified: true, name: 'Admin' });
    em.create(Membership, {
      user,
      account: em.getReference(Account, accountId),
      role: 'BILLING_ADMIN',
      grants: [],
    });
    await em.flush();
    // The first invoice is paid with a good card, then the card under test becomes the default.
    const good = await addCard(database, stripe, accountId, '4242424242424242', clock);
    await payInvoice(
      database.em(),
      stripe,
      accountId,
      { invoiceId, paymentMethodId: good.method.id, idempotencyKey: 'first' },
      customerActor,
      clock,
    );
    if (card !== '4242424242424242') {
      const tested = await addCard(database, stripe, accountId, card, clock);
      await setDefaultPaymentMethod(
        database.em(),
        stripe,
        accountId,
        tested.method.id,
        customerActor,
        clock,
      );
    }
    const subscription = await database
      .em()
      .findOneOrFail(Subscription, { account: accountId, status: 'active' });
    return { accountId, subscription };
  }

  /**
   * The retry job's run, then each charge job it enqueues (as the queue would run them); the
   * charges of `accountId` (the tests share a database and a clock, so other accounts renew too).
   */
  async function runPaymentJobs(accountId: string) {
    const run = await retryDuePayments(database.em(), clock, {
      config,
      collector: defaultCollector(config.billing, clock),
    });
    const results = [];
    for (const paymentId of await unsentCharges(database.em())) {
      const result = await sendClaimedCharge(
        database.em(),
        config,
        paymentId,
        'job-1',
        clock,
        billingAdminEmails,
      );
      const owner = await database.em().findOneOrFail(Payment, { id: paymentId });
      if (owner.account.id === accountId) results.push(result);
    }
    return { run, results };
  }

  async function renewalInvoice(subscriptionId: string, periodStart: Date) {
    return database.em().findOneOrFail(Invoice, {
      subscription: subscriptionId,
      billingReason: 'subscription_cycle',
      periodStart,
    });
  }

  it('quotes card terms (due on issue) with a default card, and bank-transfer terms without one', async () => {
    const { accountId } = await accountWithOpenInvoice(database, 'Terms Quoted GmbH', clock, deps);
    const issuedAt = clock.now();
    const netDue = new Date(issuedAt.getTime() + config.billing.invoiceNetDays * DAY);
    const collector = defaultCollector(config.billing, clock);
    expect(await collector.termsAt(database.em(), accountId, issuedAt)).toEqual({
      method: 'bank_transfer',
      dueAt: netDue,
    });
    const card = await addCard(database, stripe, accountId, '4242424242424242', clock);
    const account = await database.em().findOneOrFail(Account, { id: accountId });
    expect(account.defaultPaymentMethodId).toBe(card.method.id);
    expect(await collector.termsAt(database.em(), accountId, issuedAt)).toEqual({
      method: 'card',
      dueAt: issuedAt,
      chargedTo: 'Visa •••• 4242',
    });
  });

  it('charges the default card at renewal, off-session, and e-mails a receipt', async () => {
    const { accountId, subscription } = await activeWithCard(
      'Renewing Cards SARL',
      '4242424242424242',
      'admin@renewing.example',
    );
    clock.set(subscription.currentPeriodEnd);
    const renewed = await renewDueSubscriptions(database.em(), clock, {
      config,
      collector: deps.collector,
    });
    expect(renewed.renewed).toBeGreaterThanOrEqual(1);
    const issued = await renewalInvoice(subscription.id, subscription.currentPeriodEnd);
    // Invoiced on the batch path with card terms: due now, first attempt now.
    expect(issued).toMatchObject({
      status: 'open',
      collectionMethod: 'card',
      paymentInstructions: null,
    });
    expect(issued.dueAt).toEqual(issued.issuedAt);
    const { results } = await runPaymentJobs(accountId);
    expect(results.map((r) => r?.status)).toEqual(['succeeded']);
    const paid = await renewalInvoice(subscription.id, subscription.currentPeriodEnd);
    expect(paid).toMatchObject({ status: 'paid', amountDue: 0 });
    const payments = await database.em().find(Payment, { invoice: paid.id });
    expect(payments).toMatchObject([
      { status: 'succeeded', offSession: true, paymentMethodLabel: 'Visa •••• 4242' },
    ]);
    // The receipt is written from the payment.received event (notifications).
    await notify();
    const receipts = await database
      .em()
      .find(MailMessage, { accountId, template: 'paymentReceipt' });
    expect(receipts.map((m) => m.subject)).toContain(
      `Receipt: €89.00 paid for invoice ${paid.number}`,
    );
    // Nothing left to charge: another run does nothing.
    expect((await runPaymentJobs(accountId)).results).toEqual([]);
  });

  it('a declined renewal makes the subscription past_due, schedules retries and mails a signed link; a new default card pays at once', async () => {
    const { accountId, subscription } = await activeWithCard(
      'Declining Renewals SAS',
      '4000000000000341',
      'admin@declining.example',
    );
    const renewalAt = subscription.currentPeriodEnd;
    clock.set(renewalAt);
    await renewDueSubscriptions(database.em(), clock, { config, collector: deps.collector });
    const { results } = await runPaymentJobs(accountId);
    expect(results.map((r) => r?.status)).toEqual(['failed']);
    const failed = await renewalInvoice(subscription.id, renewalAt);
    expect(failed).toMatchObject({ status: 'open', failedPaymentAttempts: 1 });
    // DUNNING_RETRY_DAYS 3,5,7: the first retry three days after the failure.
    expect(failed.nextPaymentAttemptAt).toEqual(new Date(renewalAt.getTime() + 3 * DAY));
    expect((await database.em().findOneOrFail(Subscription, { id: subscription.id })).status).toBe(
      'past_due',
    );
    // The e-mail is written from billing's payment.failed event (notifications), to the Billing
    // Admins and the billing e-mail.
    await notify();
    const mails = await database.em().find(MailMessage, { accountId, template: 'paymentFailed' });
    expect(mails.map((m) => m.toAddress)).toContain('admin@declining.example');
    const link = /https:\/\/billing\.example\.com\/billing\/payment-methods\?[^\s"<]+/.exec(
      mails[0]!.text,
    );
    expect(link).not.toBeNull();
    const params = new URL(link![0]).searchParams;
    const signed = {
      invoice: params.get('invoice')!,
      expires: params.get('expires')!,
      signature: params.get('signature')!,
    };
    expect(verifyFixPaymentLink(config, signed, clock.now())).toBe(failed.id);
    expect(verifyFixPaymentLink(config, { ...signed, invoice: 'inv_other' }, clock.now())).toBe(
      null,
    );
    expect(mails[0]!.text).toContain('Your card was declined');

    // A day later the admin adds a working card: it is charged at once, not on day 3.
    clock.advance(DAY);
    const fresh = await addCard(database, stripe, accountId, '5555555555554444', clock);
    await setDefaultPaymentMethod(
      database.em(),
      stripe,
      accountId,
      fresh.method.id,
      customerActor,
      clock,
    );
    expect(await retryDunningNow(database.em(), accountId, clock.now())).toBe(1);
    const retried = await runPaymentJobs(accountId);
    expect(retried.results.map((r) => r?.status)).toEqual(['succeeded']);
    expect(await renewalInvoice(subscription.id, renewalAt)).toMatchObject({
      status: 'paid',
      nextPaymentAttemptAt: null,
    });
    expect((await database.em().findOneOrFail(Subscription, { id: subscription.id })).status).toBe(
      'active',
    );
  });

  it('in dunning: the banner names the failure, the mailed link is checked, and a default chosen in Stripe pays at once', async () => {
    const { accountId, subscription } = await activeWithCard(
      'Portal Fixers SAS',
      '4000000000000341',
      'admin@portal-fixers.example',
    );
    expect(await paymentAttentionOf(database.em(), accountId)).toBeNull();
    const renewalAt = subscription.currentPeriodEnd;
    clock.set(renewalAt);
    await renewDueSubscriptions(database.em(), clock, { config, collector: deps.collector });
    await runPaymentJobs(accountId);
    const invoice = await renewalInvoice(subscription.id, renewalAt);
    const attention = await paymentAttentionOf(database.em(), accountId);
    expect(attention).toMatchObject({
      kind: 'past_due',
      invoice: { id: invoice.id },
      failureMessage: expect.stringContaining('Your card was declined'),
      nextAttemptAt: new Date(renewalAt.getTime() + 3 * DAY),
    });

    // The mailed link, as the app opens it: checked, for this account only, until it expires.
    await notify();
    const mail = await database
      .em()
      .findOneOrFail(MailMessage, { accountId, template: 'paymentFailed' });
    const params = new URL(/https:\/\/\S+signature=[\w-]+/.exec(mail.text)![0]).searchParams;
    const link = {
      invoice: params.get('invoice')!,
      expires: params.get('expires')!,
      signature: params.get('signature')!,
    };
    const open = (at: Date, owner = accountId, given = link) =>
      openFixPaymentLink(database.em(), config, owner, given, at);
    expect((await open(clock.now())).id).toBe(invoice.id);
    const other = await accountWithOpenInvoice(database, 'Someone Else BV', clock, deps);
    expect(await appErrorOf(open(clock.now(), other.accountId))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('another account'),
    });
    expect(
      await appErrorOf(open(clock.now(), accountId, { ...link, invoice: other.invoiceId })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not valid') });
    expect(
      await appErrorOf(open(clock.now(), accountId, { ...link, expires: `${link.expires}0` })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not valid') });
    expect(await appErrorOf(open(new Date(renewalAt.getTime() + 31 * DAY)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('expired'),
    });

    // A day later, in Stripe's Customer Portal: a working card added and made the default.
    clock.advance(DAY);
    const customer = (await database.em().findOneOrFail(StripeCustomer, { account: accountId }))
      .stripeCustomerId;
    const fresh = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '5555555555554444', exp_month: 6, exp_year: 2041, cvc: '123' },
    });
    await stripe.paymentMethods.attach(fresh.id, { customer });
    await stripe.customers.update(customer, {
      invoice_settings: { default_payment_method: fresh.id },
    });
    // Its customer.updated event: the default becomes ours and the retry is asked for at once.
    let retryRequested = 0;
    const outcome = await database.em().transactional((tx) =>
      stripeEventHandlers['customer.updated']!(
        { id: 'evt_portal_default', type: 'customer.updated', objectId: customer } as StripeEvent,
        {
          tx,
          now: clock.now(),
          log: pino({ level: 'silent' }),
          deps: {
            stripe,
            config,
            billingAdminEmails,
            requestPaymentRetry: () => (retryRequested += 1),
          },
        },
      ),
    );
    expect(outcome).toBe('default payment method changed; 1 invoice in dunning retried now');
    expect(retryRequested).toBe(1);
    expect((await renewalInvoice(subscription.id, renewalAt)).nextPaymentAttemptAt).toEqual(
      clock.now(),
    );
    const retried = await runPaymentJobs(accountId);
    expect(retried.results.map((r) => r?.status)).toEqual(['succeeded']);
    expect(await renewalInvoice(subscription.id, renewalAt)).toMatchObject({ status: 'paid' });
    expect(await paymentAttentionOf(database.em(), accountId)).toBeNull();
  });

  it('cancelling stops every retry: nothing is charged after it', async () => {
    const { accountId, subscription } = await activeWithCard(
      'Cancelling Customers SA',
      '4000000000000341',
      'admin@cancelling.example',
    );
    const renewalAt = subscription.currentPeriodEnd;
    clock.set(renewalAt);
    await renewDueSubscriptions(database.em(), clock, { config, collector: deps.collector });
    await runPaymentJobs(accountId);
    const invoice = await renewalInvoice(subscription.id, renewalAt);
    expect(invoice.nextPaymentAttemptAt).not.toBeNull();
    await cancelSubscription(
      database.em(),
      accountId,
      { timing: 'period_end', reason: 'too_expensive', idempotencyKey: 'stop' },
      customerActor,
      deps,
    );
    expect((await renewalInvoice(subscription.id, renewalAt)).nextPaymentAttemptAt).toBeNull();
    // Every retry day passes: no attempt is made.
    const before = await database.em().count(Payment, { invoice: invoice.id });
    for (const day of [3, 5, 7]) {
      clock.set(new Date(renewalAt.getTime() + day * DAY + 1000));
      const { results } = await runPaymentJobs(accountId);
      expect(results).toEqual([]);
    }
    expect(await database.em().count(Payment, { invoice: invoice.id })).toBe(before);
  });
});
