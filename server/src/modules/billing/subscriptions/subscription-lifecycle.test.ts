import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { Account } from '../../accounts/account.entity.js';
import { recordBankTransfer } from '../../payments/bank-transfer.service.js';
import { CreditBalanceEntry } from '../invoices/credit-balance.entity.js';
import type { Invoice } from '../invoices/invoice.entity.js';
import {
  billing,
  type BillingTestDatabase,
  collector,
  createCustomer,
  customerActor,
  depsAt,
  invoicesOf,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from './billing.fixture.js';
import { renewDueSubscriptions } from './renewal.service.js';
import { Subscription } from './subscription.entity.js';
import {
  cancelSubscription,
  changeSubscription,
  previewSubscriptionChange,
  reactivateSubscription,
  startSubscription,
} from './subscription.service.js';

/**
 * Fourteen months of one customer (Berlin, private person: 19 % German VAT), driven through the
 * services with a fixed clock: a trial on Basic, monthly renewals, an upgrade to Advanced, a move
 * to annual billing, a downgrade scheduled and taken back, an immediate switch to Basic monthly with
 * 20 seats that leaves credit, renewals paid from that credit, and a cancellation at period end.
 *
 * Catalog (EUR): Basic 27.00/month, 3 seats included, 8.00 per extra seat; Advanced 89.00/month or
 * 890.00/year. Every amount below is worked out by hand.
 */

interface ExpectedLine {
  kind: string;
  description: string;
  quantity?: number;
  unitAmount?: number;
  amount: number;
  periodStart: string;
  periodEnd: string;
  proration: boolean;
}

interface ExpectedInvoice {
  number: string;
  issuedAt: string;
  lines: ExpectedLine[];
  subtotal: number;
  creditApplied: number;
  tax: number;
  total: number;
  status: 'open' | 'paid';
}

function shape(invoice: Invoice) {
  return {
    number: invoice.number,
    issuedAt: invoice.issuedAt?.toISOString(),
    lines: invoice.lines.getItems().map((line) => ({
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      periodStart: line.periodStart.toISOString(),
      periodEnd: line.periodEnd.toISOString(),
      proration: line.proration,
    })),
    subtotal: invoice.subtotal,
    creditApplied: invoice.creditApplied,
    tax: invoice.taxAmount,
    total: invoice.total,
    status: invoice.status,
  };
}

function expected(invoice: ExpectedInvoice) {
  return {
    ...invoice,
    issuedAt: utc(invoice.issuedAt).toISOString(),
    lines: invoice.lines.map((line) => ({
      quantity: 1,
      unitAmount: line.amount,
      ...line,
      periodStart: utc(line.periodStart).toISOString(),
      periodEnd: utc(line.periodEnd).toISOString(),
    })),
  };
}

describe('fourteen months of one subscription, through the services', () => {
  let database: BillingTestDatabase;
  let accountId: string;
  const clock = new FixedClock(utc('2026-01-10'));
  const deps = depsAt(clock);

  beforeAll(async () => {
    database = await openBillingTestDatabase();
    accountId = await createCustomer(database.em(), 'Lena Schmidt', 'de_individual', clock.now());
  });
  afterAll(async () => {
    await database.close();
  });

  /** Moves the clock and lets the renewal job run, as the queue would at that instant. */
  async function travelTo(iso: string): Promise<number> {
    clock.set(utc(iso));
    const run = await renewDueSubscriptions(database.em(), clock, {
      config: { billing },
      collector,
    });
    expect(run.failed).toBe(0);
    return run.renewed;
  }

  /** An operator records the transfer on the day it arrives. */
  async function payInFull(invoiceNumber: string, amount: number, on: string): Promise<void> {
    clock.set(utc(on));
    const invoice = (await invoicesOf(database.em(), accountId)).find(
      (i) => i.number === invoiceNumber,
    );
    await recordBankTransfer(
      database.em(),
      {
        invoiceId: invoice!.id,
        amount: { amount, currency: 'EUR' },
        receivedAt: utc(on),
        reference: `SEPA ${invoiceNumber}`,
        idempotencyKey: `transfer-${invoiceNumber}`,
      },
      operatorActor,
      clock,
    );
  }

  async function subscription(): Promise<Subscription> {
    return database
      .em()
      .findOneOrFail(Subscription, { account: accountId }, { populate: ['plan', 'price'] });
  }

  async function ledger(): Promise<[string, number][]> {
    const entries = await database
      .em()
      .find(CreditBalanceEntry, { account: accountId }, { orderBy: { createdAt: 'asc' } });
    return entries.map((entry) => [entry.reason, entry.amount]);
  }

  it('runs the whole story with exact invoices, numbers and credit ledger', async () => {
    // Jan 10: Basic monthly starts with its 14-day trial; nothing is billed.
    const startPreview = await previewSubscriptionChange(
      database.em(),
      accountId,
      { type: 'start', planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1 },
      deps,
    );
    expect(startPreview.outcome).toBe('trial_started');
    expect(startPreview.invoice).toBeNull();
    // First invoice at trial end: 27.00 + 19 % (5.13) = 32.13.
    expect(startPreview.nextInvoice).toEqual({
      date: utc('2026-01-24'),
      amountDue: { amount: 3213, currency: 'EUR' },
    });
    const started = await startSubscription(
      database.em(),
      accountId,
      {
        planCode: 'basic',
        interval: 'MONTH',
        currency: 'EUR',
        seats: 1,
        idempotencyKey: 'start-1',
      },
      customerActor,
      deps,
    );
    expect(started).toMatchObject({ outcome: 'trial_started', invoiceId: null });
    expect(started.subscription).toMatchObject({
      status: 'trialing',
      trialEnd: '2026-01-24T00:00:00.000Z',
      currentPeriodEnd: '2026-01-24T00:00:00.000Z',
    });

    expect(await travelTo('2026-01-20')).toBe(0);
    // Jan 24: the trial converts (bank transfer is always possible) into a monthly period
    // anchored on the trial end. Invoice due 30 days later.
    expect(await travelTo('2026-01-24')).toBe(1);
    expect(await travelTo('2026-01-24')).toBe(0); // the same instant again: nothing more
    expect((await subscription()).status).toBe('active');
    await payInFull('INV-2026-01-00001', 3213, '2026-01-30');

    // Feb 24: second month. The customer transfers 33.00 for 32.13: 0.87 goes to credit.
    expect(await travelTo('2026-02-24')).toBe(1);
    await payInFull('INV-2026-02-00001', 3300, '2026-03-01T09:00:00Z');

    // Mar 10: upgrade to Advanced, now. The period Feb 24 → Mar 24 is 28 days; 14 are left.
    //   unused Basic:        −2700 × 14/28 = −1350
    //   remaining Advanced:  +8900 × 14/28 = +4450      subtotal 3100
    //   credit applied 87 → taxable 3013; VAT 3013 × 0.19 = 572.47 → 572; total 3585.
    clock.set(utc('2026-03-10'));
    const upgrade = { planCode: 'advanced' };
    const upgradePreview = await previewSubscriptionChange(
      database.em(),
      accountId,
      { type: 'change', ...upgrade },
      deps,
    );
    expect(upgradePreview.appliesAt).toBe('now');
    expect(upgradePreview.invoice?.amountDue.amount).toBe(3585);
    const upgraded = await changeSubscription(
      database.em(),
      accountId,
      { ...upgrade, idempotencyKey: 'upgrade-1' },
      customerActor,
      deps,
    );
    expect(upgraded.outcome).toBe('upgraded');
    await payInFull('INV-2026-03-00001', 3585, '2026-03-12');

    // Mar 24 and Apr 24: Advanced monthly, 89.00 + 16.91 VAT = 105.91.
    expect(await travelTo('2026-03-24')).toBe(1);
    await payInFull('INV-2026-03-00002', 10591, '2026-03-25');
    expect(await travelTo('2026-04-24')).toBe(1);
    await payInFull('INV-2026-04-00001', 10591, '2026-04-25');

    // May 9: annual billing. The period Apr 24 → May 24 has 30 days, 15 left.
    //   unused Advanced monthly: −8900 × 15/30 = −4450
    //   Advanced annual from May 9 2026 to May 9 2027: +89000          subtotal 84550
    //   VAT 84550 × 0.19 = 16064.5 → half-even → 16064 (even); total 100614.
    clock.set(utc('2026-05-09'));
    const annual = await changeSubscription(
      database.em(),
      accountId,
      { interval: 'YEAR', idempotencyKey: 'annual-1' },
      customerActor,
      deps,
    );
    expect(annual.outcome).toBe('interval_changed');
    expect(annual.subscription.currentPeriodEnd).toBe('2027-05-09T00:00:00.000Z');
    await payInFull('INV-2026-05-00001', 100614, '2026-05-20');

    for (const month of ['2026-06-09', '2026-07-09', '2026-08-09', '2026-09-09']) {
      expect(await travelTo(month)).toBe(0); // annual: no renewal until May 2027
    }

    // Oct 1: Basic annual is cheaper, so by default it waits for the period end…
    clock.set(utc('2026-10-01'));
    const scheduled = await changeSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', idempotencyKey: 'downgrade-1' },
      customerActor,
      deps,
    );
    expect(scheduled.outcome).toBe('change_scheduled');
    expect(scheduled.invoiceId).toBeNull();
    expect(scheduled.subscription.scheduledChange).toMatchObject({
      seats: 1,
      effectiveAt: '2027-05-09T00:00:00.000Z',
    });
    // …and asking for the current plan again takes it back (Oct 2).
    clock.set(utc('2026-10-02'));
    const undone = await changeSubscription(
      database.em(),
      accountId,
      { planCode: 'advanced', idempotencyKey: 'undo-1' },
      customerActor,
      deps,
    );
    expect(undone.outcome).toBe('scheduled_change_undone');
    expect(undone.subscription.scheduledChange).toBeNull();

    // Dec 9: switch to Basic monthly with 20 seats, now (an interval change applies now).
    //   Period May 9 2026 → May 9 2027 = 365 days; Dec 9 → May 9 = 23+31+28+31+30+8 = 151 days.
    //   unused Advanced annual: −89000 × 151/365 = −36819.18 → −36819
    //   Basic monthly Dec 9 → Jan 9: 2700 + 17 extra seats × 800 = 13600   subtotal −20519
    //   Nothing is due (a 0.00 invoice, paid); 205.19 goes to the credit balance.
    clock.set(utc('2026-12-09'));
    const switched = await changeSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', interval: 'MONTH', seats: 20, idempotencyKey: 'switch-1' },
      customerActor,
      deps,
    );
    expect(switched.outcome).toBe('interval_changed');

    // Jan 9 2027: 163.00 renewal paid entirely from credit (205.19 → 42.19).
    expect(await travelTo('2027-01-09')).toBe(1);
    // Feb 9 2027: 163.00 − 42.19 credit = 120.81; VAT 12081 × 0.19 = 2295.39 → 2295; 143.76.
    expect(await travelTo('2027-02-09')).toBe(1);
    await payInFull('INV-2027-02-00001', 14376, '2027-02-10');

    // Feb 15: cancel at period end; Feb 16: changed their mind; Feb 20: cancel for good.
    clock.set(utc('2027-02-15'));
    const cancel = await cancelSubscription(
      database.em(),
      accountId,
      { timing: 'period_end', reason: 'too_expensive', idempotencyKey: 'cancel-1' },
      customerActor,
      deps,
    );
    expect(cancel.subscription).toMatchObject({
      cancelAtPeriodEnd: true,
      cancellationReason: 'too_expensive',
    });
    clock.set(utc('2027-02-16'));
    const reactivated = await reactivateSubscription(database.em(), accountId, customerActor, deps);
    expect(reactivated.subscription).toMatchObject({
      cancelAtPeriodEnd: false,
      cancellationReason: null,
    });
    clock.set(utc('2027-02-20'));
    await cancelSubscription(
      database.em(),
      accountId,
      {
        timing: 'period_end',
        reason: 'switched_service',
        comment: 'Moved to an in-house tool',
        idempotencyKey: 'cancel-2',
      },
      customerActor,
      deps,
    );

    // Mar 9 2027: the period ends and so does the subscription; nothing is billed.
    expect(await travelTo('2027-03-09')).toBe(1);
    expect(await travelTo('2027-03-09')).toBe(0);
    const ended = await subscription();
    expect(ended).toMatchObject({
      status: 'canceled',
      cancelAtPeriodEnd: false,
      cancellationReason: 'switched_service',
      cancellationComment: 'Moved to an in-house tool',
    });
    expect(ended.endedAt?.toISOString()).toBe('2027-03-09T00:00:00.000Z');
    const account = await database
      .em()
      .findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
    expect(account.plan.code).toBe('free');
    expect(await travelTo('2027-04-09')).toBe(0);

    const invoices = await invoicesOf(database.em(), accountId);
    expect(invoices.map(shape)).toEqual(
      [
        {
          number: 'INV-2026-01-00001',
          issuedAt: '2026-01-24',
          lines: [
            {
              kind: 'subscription',
              description: 'Basic (monthly)',
              amount: 2700,
              periodStart: '2026-01-24',
              periodEnd: '2026-02-24',
              proration: false,
            },
          ],
          subtotal: 2700,
          creditApplied: 0,
          tax: 513,
          total: 3213,
          status: 'paid' as const,
        },
        {
          number: 'INV-2026-02-00001',
          issuedAt: '2026-02-24',
          lines: [
            {
              kind: 'subscription',
              description: 'Basic (monthly)',
              amount: 2700,
              periodStart: '2026-02-24',
              periodEnd: '2026-03-24',
              proration: false,
            },
          ],
          subtotal: 2700,
          creditApplied: 0,
          tax: 513,
          total: 3213,
          status: 'paid' as const,
        },
        {
          number: 'INV-2026-03-00001',
          issuedAt: '2026-03-10',
          lines: [
            {
              kind: 'unused_time',
              description: 'Unused time on Basic (monthly, 1 seat) after 2026-03-10',
              amount: -1350,
              periodStart: '2026-03-10',
              periodEnd: '2026-03-24',
              proration: true,
            },
            {
              kind: 'remaining_time',
              description: 'Remaining time on Advanced (monthly, 1 seat) after 2026-03-10',
              amount: 4450,
              periodStart: '2026-03-10',
              periodEnd: '2026-03-24',
              proration: true,
            },
          ],
          subtotal: 3100,
          creditApplied: 87,
          tax: 572,
          total: 3585,
          status: 'paid' as const,
        },
        ...['2026-03-24', '2026-04-24'].map((start, i) => ({
          number: i === 0 ? 'INV-2026-03-00002' : 'INV-2026-04-00001',
          issuedAt: start,
          lines: [
            {
              kind: 'subscription',
              description: 'Advanced (monthly)',
              amount: 8900,
              periodStart: start,
              periodEnd: i === 0 ? '2026-04-24' : '2026-05-24',
              proration: false,
            },
          ],
          subtotal: 8900,
          creditApplied: 0,
          tax: 1691,
          total: 10591,
          status: 'paid' as const,
        })),
        {
          number: 'INV-2026-05-00001',
          issuedAt: '2026-05-09',
          lines: [
            {
              kind: 'unused_time',
              description: 'Unused time on Advanced (monthly, 1 seat) after 2026-05-09',
              amount: -4450,
              periodStart: '2026-05-09',
              periodEnd: '2026-05-24',
              proration: true,
            },
            {
              kind: 'subscription',
              description: 'Advanced (annual)',
              amount: 89000,
              periodStart: '2026-05-09',
              periodEnd: '2027-05-09',
              proration: false,
            },
          ],
          subtotal: 84550,
          creditApplied: 0,
          tax: 16064,
          total: 100614,
          status: 'paid' as const,
        },
        {
          number: 'INV-2026-12-00001',
          issuedAt: '2026-12-09',
          lines: [
            {
              kind: 'unused_time',
              description: 'Unused time on Advanced (annual, 1 seat) after 2026-12-09',
              amount: -36819,
              periodStart: '2026-12-09',
              periodEnd: '2027-05-09',
              proration: true,
            },
            {
              kind: 'subscription',
              description: 'Basic (monthly)',
              amount: 2700,
              periodStart: '2026-12-09',
              periodEnd: '2027-01-09',
              proration: false,
            },
            {
              kind: 'extra_seats',
              description: 'Basic (monthly): seats beyond the 3 included',
              quantity: 17,
              unitAmount: 800,
              amount: 13600,
              periodStart: '2026-12-09',
              periodEnd: '2027-01-09',
              proration: false,
            },
          ],
          subtotal: -20519,
          creditApplied: 0,
          tax: 0,
          total: 0,
          status: 'paid' as const,
        },
        ...['2027-01-09', '2027-02-09'].map((start, i) => ({
          number: i === 0 ? 'INV-2027-01-00001' : 'INV-2027-02-00001',
          issuedAt: start,
          lines: [
            {
              kind: 'subscription',
              description: 'Basic (monthly)',
              amount: 2700,
              periodStart: start,
              periodEnd: i === 0 ? '2027-02-09' : '2027-03-09',
              proration: false,
            },
            {
              kind: 'extra_seats',
              description: 'Basic (monthly): seats beyond the 3 included',
              quantity: 17,
              unitAmount: 800,
              amount: 13600,
              periodStart: start,
              periodEnd: i === 0 ? '2027-02-09' : '2027-03-09',
              proration: false,
            },
          ],
          subtotal: 16300,
          creditApplied: i === 0 ? 16300 : 4219,
          tax: i === 0 ? 0 : 2295,
          total: i === 0 ? 0 : 14376,
          status: 'paid' as const,
        })),
      ].map(expected),
    );

    // Bank-transfer invoices were due 30 days after issue; the seller and buyer were copied.
    const first = invoices[0]!;
    expect(first.dueAt?.toISOString()).toBe('2026-02-23T00:00:00.000Z');
    expect(first.taxRateBps).toBe(1900);
    expect(first.buyer).toEqual({
      legalName: 'Lena Schmidt',
      email: 'billing@lena-schmidt.example',
      addressLines: ['Hauptstraße 1', '10115 Berlin', 'Germany'],
      country: 'DE',
      taxId: null,
    });
    expect(first.seller?.name).toBe(billing.seller.name);

    // The credit ledger: every movement, and a balance of zero at the end.
    expect(await ledger()).toEqual([
      ['overpayment', 87],
      ['applied_to_invoice', -87],
      ['proration_credit', 20519],
      ['applied_to_invoice', -16300],
      ['applied_to_invoice', -4219],
    ]);
  });
});
