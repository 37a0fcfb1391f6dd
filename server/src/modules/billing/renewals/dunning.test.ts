import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import type { BillingConfig } from '../../../config.js';
import type { EntityManager } from '../../../db/orm.js';
import { Account } from '../../accounts/account.entity.js';
import { reactivateAccount, suspendAccount } from '../../accounts/account-suspension.service.js';
import { OutboxMessage } from '../../notifications/outbox.entity.js';
import type { Collector } from '../collection.js';
import { recordBankTransfer } from '../../payments/bank-transfer.service.js';
import { Payment } from '../../payments/payment.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { applyPaymentToInvoice } from '../invoices/invoice-issue.service.js';
import { money, parseCurrency } from '../rules/index.js';
import {
  type BillingTestDatabase,
  billing,
  createCustomer,
  customerActor,
  depsAt,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from '../subscriptions/billing.fixture.js';
import { renewDueSubscriptions } from './renewal.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { startSubscription } from '../subscriptions/subscription.service.js';
import { retryDuePayments } from './dunning.service.js';

const DAY = 86_400_000;

/**
 * A stand-in for a card collector, since the Stripe collector arrives with the payments issue (no
 * real peer exists yet): it declines while `declining` is set and otherwise charges the amount due,
 * recording the payment as a gateway collector would. It counts every attempt it is asked for.
 */
class CardCollectorStandIn implements Collector {
  readonly method = 'card' as const;
  declining = true;
  attempts: string[] = [];
  canCollect(): Promise<boolean> {
    return Promise.resolve(true);
  }
  termsAt(_tx: EntityManager, _accountId: string, issuedAt: Date) {
    return Promise.resolve({ method: 'card' as const, dueAt: issuedAt });
  }
  collect(tx: EntityManager, invoice: Invoice) {
    this.attempts.push(invoice.id);
    invoice.collectionMethod = 'card';
    if (this.declining) {
      return Promise.resolve({
        status: 'failed' as const,
        method: 'card' as const,
        message: 'Your card was declined.',
      });
    }
    const at = invoice.issuedAt ?? new Date(0);
    const received = money(invoice.amountDue, parseCurrency(invoice.currency));
    applyPaymentToInvoice(invoice, received, at);
    const payment = tx.create(Payment, {
      account: invoice.account,
      invoice,
      method: 'card',
      amount: received.amount,
      appliedAmount: received.amount,
      currency: invoice.currency,
      status: 'succeeded',
      reference: `card-${invoice.id}-${this.attempts.length}`,
      idempotencyKey: `${invoice.id}:${this.attempts.length}`,
      receivedAt: at,
      createdAt: at,
    });
    return Promise.resolve({
      status: 'succeeded' as const,
      method: 'card' as const,
      paymentId: payment.id,
    });
  }
}

let database: BillingTestDatabase;
beforeAll(async () => {
  database = await openBillingTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/**
 * Basic monthly in USD (29.00, no US tax configured for an individual) with a 14-day trial from
 * `start`; the trial converts at its end, when the first invoice is issued and collected.
 */
async function trialThatConvertsAt(name: string, start: Date) {
  const clock = new FixedClock(start);
  const accountId = await createCustomer(database.em(), name, 'us_individual', start);
  await startSubscription(
    database.em(),
    accountId,
    { planCode: 'basic', interval: 'MONTH', currency: 'USD', seats: 1, idempotencyKey: name },
    customerActor,
    depsAt(clock),
  );
  clock.set(new Date(start.getTime() + 14 * DAY));
  return { accountId, clock };
}

async function state(accountId: string) {
  const em = database.em();
  const subscription = await em.findOneOrFail(
    Subscription,
    { account: accountId },
    { orderBy: { createdAt: 'desc' } },
  );
  const invoices = await em.find(
    Invoice,
    { account: accountId, total: { $gt: 0 } },
    { orderBy: { issuedAt: 'asc' } },
  );
  const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
  const failures = await em.find(
    OutboxMessage,
    { accountId, topic: 'payment.failed' },
    { orderBy: { createdAt: 'asc' } },
  );
  return { subscription, invoices, account, failures };
}

function config(policy: Partial<BillingConfig['dunning']> = {}) {
  return { billing: { ...billing, dunning: { ...billing.dunning, ...policy } } };
}

describe('dunning: retries of failed renewal payments', () => {
  it('retries on days 3, 5 and 7 after the failure, then cancels and marks the invoice uncollectible', async () => {
    const collector = new CardCollectorStandIn();
    const { accountId, clock } = await trialThatConvertsAt('Declined Inc', utc('2027-01-31'));
    const failedAt = clock.now(); // 2027-02-14T00:00Z
    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });

    let now = await state(accountId);
    expect(now.subscription.status).toBe('past_due');
    expect(now.invoices).toHaveLength(1);
    const invoice = now.invoices[0]!;
    expect(invoice).toMatchObject({ status: 'open', amountDue: 2900, failedPaymentAttempts: 1 });
    expect(invoice.paymentFailedAt).toEqual(failedAt);
    expect(invoice.nextPaymentAttemptAt).toEqual(utc('2027-02-17'));
    expect(now.failures.map((m) => m.payload.nextAttemptAt)).toEqual(['2027-02-17T00:00:00.000Z']);

    // Day 2: nothing is due yet.
    clock.set(utc('2027-02-16'));
    expect(await retryDuePayments(database.em(), clock, { config: config(), collector })).toEqual({
      recovered: 0,
      failed: 0,
      pending: 0,
      errors: 0,
    });
    expect(collector.attempts).toHaveLength(1);

    for (const [day, attempts, next] of [
      ['2027-02-17', 2, utc('2027-02-19')],
      ['2027-02-19', 3, utc('2027-02-21')],
    ] as const) {
      clock.set(utc(day));
      await retryDuePayments(database.em(), clock, { config: config(), collector });
      now = await state(accountId);
      expect(now.invoices[0]).toMatchObject({
        status: 'open',
        failedPaymentAttempts: attempts,
        nextPaymentAttemptAt: next,
      });
      expect(now.subscription.status).toBe('past_due');
    }

    clock.set(utc('2027-02-21T06:00:00Z'));
    const last = await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(last.failed).toBe(1);
    now = await state(accountId);
    expect(now.invoices[0]).toMatchObject({
      status: 'uncollectible',
      failedPaymentAttempts: 4,
      nextPaymentAttemptAt: null,
    });
    expect(now.subscription).toMatchObject({ status: 'canceled', endedAt: clock.now() });
    expect(now.account.plan.code).toBe('free');
    expect(now.failures.map((m) => m.payload.dunning)).toEqual([
      'retry_scheduled',
      'retry_scheduled',
      'retry_scheduled',
      'subscription_canceled',
    ]);
    expect(collector.attempts).toHaveLength(4);

    // Nothing is left to retry, however often the job runs.
    clock.advance(30 * DAY);
    await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(collector.attempts).toHaveLength(4);
  });

  it('ends dunning when a retry succeeds: the invoice is paid and the subscription active again', async () => {
    const collector = new CardCollectorStandIn();
    const { accountId, clock } = await trialThatConvertsAt('Recovered Ltd', utc('2027-03-01'));
    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });
    expect((await state(accountId)).subscription.status).toBe('past_due');

    collector.declining = false; // the admin updated the card
    clock.set(utc('2027-03-18T09:00:00Z'));
    const run = await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(run).toEqual({ recovered: 1, failed: 0, pending: 0, errors: 0 });
    const now = await state(accountId);
    expect(now.invoices[0]).toMatchObject({
      status: 'paid',
      amountDue: 0,
      amountPaid: 2900,
      nextPaymentAttemptAt: null,
    });
    expect(now.subscription.status).toBe('active');

    clock.advance(10 * DAY);
    await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(collector.attempts).toHaveLength(2);
  });

  it('with the suspend policy, suspends the account and lifts it when the invoice is paid by bank transfer', async () => {
    const collector = new CardCollectorStandIn();
    const policy = config({ retryDays: [2], finalAction: 'suspend' });
    const { accountId, clock } = await trialThatConvertsAt('Suspended GmbH', utc('2027-05-01'));
    await renewDueSubscriptions(database.em(), clock, { config: policy, collector });
    clock.set(utc('2027-05-17'));
    await retryDuePayments(database.em(), clock, { config: policy, collector });

    let now = await state(accountId);
    expect(now.account).toMatchObject({ suspendedAt: clock.now(), suspensionReason: 'dunning' });
    expect(now.subscription.status).toBe('past_due');
    expect(now.invoices[0]).toMatchObject({ status: 'open', nextPaymentAttemptAt: null });

    clock.set(utc('2027-05-20'));
    await recordBankTransfer(
      database.em(),
      {
        invoiceId: now.invoices[0]!.id,
        amount: { amount: 2900, currency: 'USD' },
        reference: 'WIRE-42',
        receivedAt: utc('2027-05-19'),
        idempotencyKey: 'wire-42',
      },
      operatorActor,
      clock,
    );
    now = await state(accountId);
    expect(now.invoices[0]!.status).toBe('paid');
    expect(now.subscription.status).toBe('active');
    expect(now.account).toMatchObject({ suspendedAt: null, suspensionReason: null });
  });
});

// Its own database: the earlier stories' subscriptions would be due in the same run.
describe('dunning under concurrency', () => {
  beforeAll(async () => {
    await database.close();
    database = await openBillingTestDatabase();
  });

  it('attempts each due invoice exactly once when two dunning runs race', async () => {
    const collector = new CardCollectorStandIn();
    const accounts: string[] = [];
    let clock = new FixedClock(utc('2027-07-15'));
    for (let i = 0; i < 12; i += 1) {
      const started = await trialThatConvertsAt(`Racer ${i}`, utc('2027-07-01'));
      accounts.push(started.accountId);
      clock = started.clock;
    }
    // Earlier tests' subscriptions renew too; only these twelve accounts' invoices are counted.
    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });
    const ours = new Set(
      (await database.em().find(Invoice, { account: { $in: accounts }, total: { $gt: 0 } })).map(
        (invoice) => invoice.id,
      ),
    );
    expect(ours.size).toBe(12);
    collector.attempts = [];

    clock.set(utc('2027-07-18'));
    const runs = await Promise.all([
      retryDuePayments(database.em(), clock, { config: config(), collector, batchSize: 3 }),
      retryDuePayments(database.em(), clock, { config: config(), collector, batchSize: 3 }),
    ]);
    expect(runs[0]!.failed + runs[1]!.failed).toBe(12);
    expect(collector.attempts.sort()).toEqual([...ours].sort());
    for (const accountId of accounts) {
      const { invoices } = await state(accountId);
      expect(invoices[0]).toMatchObject({
        failedPaymentAttempts: 2,
        nextPaymentAttemptAt: utc('2027-07-20'),
      });
    }
  });
});

describe('suspended accounts: renewals and dunning wait (docs/OPERATIONS.md "Suspending an account")', () => {
  it('skips the renewal of a suspended account, and renews it once reactivated', async () => {
    const collector = new CardCollectorStandIn();
    collector.declining = false;
    const { accountId, clock } = await trialThatConvertsAt('Paused Renewal Ltd', utc('2027-06-01'));
    await suspendAccount(database.em(), accountId, 'Fraud review', operatorActor, clock.now());

    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });
    let now = await state(accountId);
    expect(now.invoices).toHaveLength(0);
    expect(now.subscription.status).toBe('trialing');

    await reactivateAccount(database.em(), accountId, 'Review passed', operatorActor, clock.now());
    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });
    now = await state(accountId);
    expect(now.invoices).toHaveLength(1);
    expect(now.subscription.status).toBe('active');
  });

  it('holds dunning retries while suspended, and retries when reactivated', async () => {
    const collector = new CardCollectorStandIn();
    const { accountId, clock } = await trialThatConvertsAt('Paused Dunning Ltd', utc('2027-08-01'));
    await renewDueSubscriptions(database.em(), clock, { config: config(), collector });
    // Other tests' accounts share the database: count the attempts on this account's invoice.
    const [invoice] = (await state(accountId)).invoices;
    const attemptsHere = () => collector.attempts.filter((id) => id === invoice!.id).length;
    expect(attemptsHere()).toBe(1);
    await suspendAccount(
      database.em(),
      accountId,
      'Chargeback dispute',
      operatorActor,
      clock.now(),
    );

    clock.set(new Date(clock.now().getTime() + 10 * DAY));
    await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(attemptsHere()).toBe(1);
    expect((await state(accountId)).invoices[0]).toMatchObject({ status: 'open' });

    await reactivateAccount(
      database.em(),
      accountId,
      'Dispute settled',
      operatorActor,
      clock.now(),
    );
    collector.declining = false;
    await retryDuePayments(database.em(), clock, { config: config(), collector });
    expect(attemptsHere()).toBe(2);
    expect((await state(accountId)).subscription.status).toBe('active');
  });
});
