import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { Account } from '../../accounts/account.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import {
  billing,
  type BillingTestDatabase,
  collector,
  customerActor,
  depsAt,
  openBillingTestDatabase,
  utc,
  customerWithOpenInvoice,
} from '../subscriptions/billing.fixture.js';
import { renewDueSubscriptions } from './renewal.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { startSubscription } from '../subscriptions/subscription.service.js';

describe('a first period that ends unpaid', () => {
  let database: BillingTestDatabase;
  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('expires the subscription and withdraws its unpaid invoice, so the account can start again', async () => {
    const clock = new FixedClock(utc('2027-03-01'));
    // The trial is used up first, so the next start is billed at once (bank transfer: pending).
    const { accountId, paid } = await customerWithOpenInvoice(
      () => database.em(),
      'Slow Payer',
      clock,
      { kind: 'de_individual', planCode: 'basic' },
    );
    expect(paid.subscription.status).toBe('incomplete');

    // 1 April: the month is over and the invoice (EUR 32.13, due on net 30 days) is still open.
    clock.set(utc('2027-04-01T00:00:01Z'));
    const run = await renewDueSubscriptions(database.em(), clock, {
      config: { billing },
      collector,
    });
    expect(run.renewed).toBeGreaterThanOrEqual(1);

    const em = database.em();
    const subscription = await em.findOneOrFail(Subscription, { id: paid.subscription.id });
    expect(subscription).toMatchObject({ status: 'canceled', endedAt: utc('2027-04-01') });
    const invoice = await em.findOneOrFail(Invoice, { id: paid.invoiceId! });
    expect(invoice).toMatchObject({ status: 'void', amountDue: 0 });
    expect(invoice.voidReason).toMatch(/first payment did not arrive/);
    const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
    expect(account.plan.code).toBe('free');
    // No renewal invoice was issued for April.
    expect(
      await em.count(Invoice, { account: accountId, billingReason: 'subscription_cycle' }),
    ).toBe(0);

    const again = await startSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey: 'again' },
      customerActor,
      depsAt(clock),
    );
    expect(again.subscription.status).toBe('incomplete');
  });
});
