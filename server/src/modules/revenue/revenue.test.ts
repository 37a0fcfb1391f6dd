import 'reflect-metadata';
import {
  type BillingTestDatabase,
  createCustomer,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from '../billing/subscriptions/billing.fixture.js';
import { FixedClock } from '../../clock.js';
import { Invoice } from '../billing/invoices/invoice.entity.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import { Plan, PlanPrice } from '../catalog/plan.entity.js';
import { convertMinorUnits } from './conversion.js';
import { importExchangeRates } from './exchange-rates.service.js';
import { revenueMetrics } from './revenue.service.js';
import type { RevenueFigure, RevenueMetrics } from './revenue.types.js';

/**
 * A hand-made dataset in USD and EUR, reporting in USD, read on 2027-06-15T12:00Z. Every expected
 * number below is worked out by hand from the seeded catalog prices:
 *   Basic  monthly USD 29.00 (+9.00 a seat beyond 3)   yearly EUR 270.00 (+80.00 a seat beyond 3)
 *   Advanced monthly EUR 89.00 (+14.00 beyond 10)      yearly USD 990.00 (+150.00 beyond 10)
 * MRR = Σ annual amounts / 12, rounded half-even once per currency; rates: EUR→USD 1.10 from
 * 2027-01-01 and 1.20 from 2027-06-01 (none before 2027).
 */
let database: BillingTestDatabase;
let metrics: RevenueMetrics;
const now = utc('2027-06-15T12:00:00Z');

async function price(code: string, interval: 'MONTH' | 'YEAR', currency: string) {
  return database.em().findOneOrFail(PlanPrice, {
    plan: { code },
    interval,
    currency,
    account: null,
    active: true,
  });
}

async function subscription(
  name: string,
  planCode: string,
  interval: 'MONTH' | 'YEAR',
  currency: string,
  seats: number,
  fields: Partial<Pick<Subscription, 'status' | 'trialEnd' | 'endedAt'>> & { createdAt: Date },
): Promise<string> {
  const em = database.em();
  const accountId = await createCustomer(em, name, 'us_individual', fields.createdAt);
  const planPrice = await price(planCode, interval, currency);
  em.create(Subscription, {
    account: accountId,
    status: fields.status ?? 'active',
    plan: await em.findOneOrFail(Plan, { code: planCode }),
    price: planPrice.id,
    currency,
    interval,
    seats,
    billingAnchor: fields.createdAt,
    currentPeriodStart: fields.createdAt,
    currentPeriodEnd: fields.createdAt,
    trialEnd: fields.trialEnd ?? null,
    endedAt: fields.endedAt ?? null,
    createdAt: fields.createdAt,
    updatedAt: fields.createdAt,
  });
  await em.flush();
  return accountId;
}

async function invoice(
  accountId: string,
  currency: string,
  total: number,
  fields: Partial<Pick<Invoice, 'status' | 'paymentFailedAt' | 'paidAt' | 'dueAt'>>,
): Promise<void> {
  const em = database.em();
  const status = fields.status ?? 'open';
  em.create(Invoice, {
    account: accountId,
    billingReason: 'subscription_cycle',
    status,
    currency,
    subtotal: total,
    creditApplied: 0,
    taxAmount: 0,
    taxRateBps: 0,
    reverseCharge: false,
    total,
    amountPaid: status === 'paid' ? total : 0,
    amountDue: status === 'open' ? total : 0,
    issuedAt: utc('2027-01-01'),
    dueAt: fields.dueAt ?? null,
    paidAt: fields.paidAt ?? null,
    paymentFailedAt: fields.paymentFailedAt ?? null,
    createdAt: utc('2027-01-01'),
  });
  await em.flush();
}

beforeAll(async () => {
  database = await openBillingTestDatabase();
  // G: Advanced yearly USD, 12 seats, since 2026-08-01, past due now: 990 + 2 × 150 = 1,290.00 a
  // year → MRR 129000 / 12 = 10750.
  const g = await subscription('G', 'advanced', 'YEAR', 'USD', 12, {
    createdAt: utc('2026-08-01'),
    status: 'past_due',
  });
  // A: Basic monthly USD, 5 seats, since 2027-01-10: 29 + 2 × 9 = 47.00 → MRR 4700, annual 56400.
  const a = await subscription('A', 'basic', 'MONTH', 'USD', 5, { createdAt: utc('2027-01-10') });
  // B: Basic yearly EUR, 4 seats, trial to 2027-02-15: 270 + 80 = 350.00 a year → MRR
  // 35000 / 12 = 2916.67 → 2917.
  const b = await subscription('B', 'basic', 'YEAR', 'EUR', 4, {
    createdAt: utc('2027-02-01'),
    trialEnd: utc('2027-02-15'),
  });
  // C: Advanced monthly EUR, 10 seats, 2027-03-05 to 2027-04-20: 89.00 → annual 106800. Churned
  // in April.
  await subscription('C', 'advanced', 'MONTH', 'EUR', 10, {
    createdAt: utc('2027-03-05'),
    status: 'canceled',
    endedAt: utc('2027-04-20'),
  });
  // D: Basic monthly USD in its trial until 2027-06-20: trialing, no MRR, not new yet.
  await subscription('D', 'basic', 'MONTH', 'USD', 1, {
    createdAt: utc('2027-06-01'),
    status: 'trialing',
    trialEnd: utc('2027-06-20'),
  });
  // E: cancelled during its trial (ended 04-10, trial to 04-15): never paid, not churn.
  await subscription('E', 'basic', 'MONTH', 'USD', 3, {
    createdAt: utc('2027-04-01'),
    status: 'canceled',
    trialEnd: utc('2027-04-15'),
    endedAt: utc('2027-04-10'),
  });
  // F: incomplete (first payment never arrived): counted nowhere.
  await subscription('F', 'advanced', 'MONTH', 'EUR', 10, {
    createdAt: utc('2027-06-10'),
    status: 'incomplete',
  });

  // Failed in May, recovered by dunning in May: USD 1,290.00.
  await invoice(g, 'USD', 129000, {
    status: 'paid',
    paymentFailedAt: utc('2027-05-03'),
    paidAt: utc('2027-05-08'),
  });
  // Failed in May, still open and overdue: EUR 350.00.
  await invoice(b, 'EUR', 35000, { paymentFailedAt: utc('2027-05-20'), dueAt: utc('2027-05-20') });
  // Open, due in July: USD 47.00.
  await invoice(a, 'USD', 4700, { dueAt: utc('2027-07-01') });
  // Failed and recovered in June: USD 47.00.
  await invoice(a, 'USD', 4700, {
    status: 'paid',
    paymentFailedAt: utc('2027-06-02'),
    paidAt: utc('2027-06-05'),
  });
  // Failed in April, then voided: a failed payment, never recovered, not owed: EUR 106.80.
  await invoice(b, 'EUR', 10680, { status: 'void', paymentFailedAt: utc('2027-04-03') });
  // Paid at once: in no figure.
  await invoice(a, 'USD', 4700, { status: 'paid', paidAt: utc('2027-01-10') });

  await importExchangeRates(
    database.em(),
    'day,currency,rate\n2027-01-01,EUR,1.10\n2027-06-01,EUR,1.2\n',
    'USD',
    operatorActor,
    new FixedClock(now),
  );
  metrics = await revenueMetrics(database.em(), now, 'USD');
});
afterAll(async () => {
  await database.close();
});

/** A figure as `{ USD: 123, EUR: 45, total: 200 }` (total null without a rate). */
function amounts(figure: RevenueFigure) {
  return {
    ...Object.fromEntries(figure.byCurrency.map((m) => [m.currency, m.amount])),
    total: figure.converted?.amount ?? null,
  };
}

const month = (key: string) => {
  const found = metrics.months.find((m) => m.month === key);
  if (found === undefined) throw new Error(`no month ${key}`);
  return found;
};

describe('revenue figures on a hand-made dataset in two currencies', () => {
  it('MRR now per currency and in USD, with the rate used', () => {
    // USD: (129000 + 56400) / 12 = 15450. EUR: 2917. In USD at 1.20: 2917 × 1.2 = 3500.4 → 3500.
    expect(amounts(metrics.mrr)).toEqual({ USD: 15450, EUR: 2917, total: 18950 });
    // ARR = MRR × 12: USD 185400, EUR 35004; 35004 × 1.2 = 42004.8 → 42005; 185400 + 42005.
    expect(amounts(metrics.arr)).toEqual({ USD: 185400, EUR: 35004, total: 227405 });
    expect(metrics.rates).toEqual([{ currency: 'EUR', day: '2027-06-01', rate: '1.2000000000' }]);
    // Paying: G, A, B. Trialing: D.
    expect([metrics.payingSubscriptions, metrics.trialingSubscriptions]).toEqual([3, 1]);
  });

  it('MRR for each of the last 12 months, converted at each month’s rate', () => {
    expect(metrics.months.map((m) => m.month)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ]);
    expect(metrics.months.map((m) => amounts(m.mrr))).toEqual([
      // July 2026: nothing yet.
      { total: 0 },
      // Aug–Dec 2026: G only.
      ...Array.from({ length: 5 }, () => ({ USD: 10750, total: 10750 })),
      // Jan: G + A = 185400 / 12 = 15450 (B not yet).
      { USD: 15450, total: 15450 },
      // Feb: B's trial ended on the 15th: 2917 EUR × 1.10 = 3208.7 → 3209.
      { USD: 15450, EUR: 2917, total: 18659 },
      // Mar: B + C = (35000 + 106800) / 12 = 11816.67 → 11817; × 1.10 = 12998.7 → 12999.
      { USD: 15450, EUR: 11817, total: 28449 },
      // Apr, May: C ended on 04-20; E never paid.
      { USD: 15450, EUR: 2917, total: 18659 },
      { USD: 15450, EUR: 2917, total: 18659 },
      // Jun (today): 1.20 from 06-01; D trialing, F incomplete.
      { USD: 15450, EUR: 2917, total: 18950 },
    ]);
    expect(month('2027-03').rates).toEqual([
      { currency: 'EUR', day: '2027-01-01', rate: '1.1000000000' },
    ]);
    expect(month('2027-03').day).toBe('2027-03-31');
    expect(month('2027-06').payingSubscriptions).toBe(3);
  });

  it('names a currency without a rate instead of converting it', async () => {
    // Reporting in EUR (say after REPORTING_CURRENCY changed), no USD→EUR rate is stored: the
    // totals are null and say which currency lacks a rate; per-currency figures stay.
    const early = await revenueMetrics(database.em(), now, 'EUR');
    expect(amounts(early.mrr)).toEqual({ USD: 15450, EUR: 2917, total: null });
    expect(early.mrr.converted).toBeNull();
    expect(early.mrr.missingRates).toEqual(['USD']);
    expect(early.rates).toEqual([]);
  });

  it('active subscriptions by plan and currency', () => {
    expect(
      metrics.plans.map((p) => [
        p.planCode,
        p.currency,
        p.paying,
        p.trialing,
        p.mrr.amount,
        p.mrrConverted?.amount ?? null,
      ]),
    ).toEqual([
      // Basic EUR: B, 35000 / 12 → 2917; × 1.2 → 3500.
      ['basic', 'EUR', 1, 0, 2917, 3500],
      // Basic USD: A paying (56400 / 12 = 4700), D trialing.
      ['basic', 'USD', 1, 1, 4700, 4700],
      // Advanced USD: G, 10750. (C ended, F incomplete.)
      ['advanced', 'USD', 1, 0, 10750, 10750],
    ]);
  });

  it('new and churned accounts per month', () => {
    const moves = metrics.months
      .filter((m) => m.newAccounts.length + m.churnedAccounts.length > 0)
      .map((m) => [
        m.month,
        m.newAccounts.map((c) => `${c.currency} ${c.count}`),
        m.churnedAccounts.map((c) => `${c.currency} ${c.count}`),
      ]);
    expect(moves).toEqual([
      ['2026-08', ['USD 1'], []], // G started paying
      ['2027-01', ['USD 1'], []], // A
      ['2027-02', ['EUR 1'], []], // B, when its trial ended
      ['2027-03', ['EUR 1'], []], // C
      ['2027-04', [], ['EUR 1']], // C ended; E's unconverted trial is not churn
    ]);
  });

  it('failed payments and revenue recovered by dunning per month', () => {
    // April: the voided EUR 106.80; × 1.10 = 117.48.
    expect([month('2027-04').failedPayments, amounts(month('2027-04').failedAmount)]).toEqual([
      1,
      { EUR: 10680, total: 11748 },
    ]);
    // May: USD 1,290.00 and EUR 350.00 (× 1.10 = 385.00) failed; the USD one recovered.
    expect([month('2027-05').failedPayments, amounts(month('2027-05').failedAmount)]).toEqual([
      2,
      { USD: 129000, EUR: 35000, total: 167500 },
    ]);
    expect([month('2027-05').recoveredPayments, amounts(month('2027-05').recoveredAmount)]).toEqual(
      [1, { USD: 129000, total: 129000 }],
    );
    // June: USD 47.00 failed and recovered.
    expect(amounts(month('2027-06').recoveredAmount)).toEqual({ USD: 4700, total: 4700 });
    expect(month('2027-03').failedPayments).toBe(0);
  });

  it('outstanding receivables now', () => {
    // Open: EUR 350.00 (overdue since 05-20) and USD 47.00 (due 07-01). 35000 × 1.2 = 42000.
    expect(amounts(metrics.receivables)).toEqual({ USD: 4700, EUR: 35000, total: 46700 });
    expect(amounts(metrics.overdueReceivables)).toEqual({ EUR: 35000, total: 42000 });
    expect(metrics.openInvoices).toBe(2);
  });
});

describe('converting minor units between currencies', () => {
  it('places decimals by each currency and rounds half-even once', () => {
    // 1234 JPY × 0.0068 = 8.3912 USD → 839.12 cents → 839.
    expect(convertMinorUnits(1234, 'JPY', 'USD', '0.0068')).toBe(839);
    // 10.00 USD × 150.5 = 1505 JPY.
    expect(convertMinorUnits(1000, 'USD', 'JPY', '150.5')).toBe(1505);
    // 1.005 KWD × 3.25 = 3.26625 USD → 326.625 cents → 327.
    expect(convertMinorUnits(1005, 'KWD', 'USD', '3.25')).toBe(327);
    // Ties go to the even cent: 0.25 × 0.5 = 12.5 cents → 12; 0.75 × 0.5 = 37.5 → 38.
    expect(convertMinorUnits(25, 'EUR', 'USD', '0.5')).toBe(12);
    expect(convertMinorUnits(75, 'EUR', 'USD', '0.5')).toBe(38);
  });
});
