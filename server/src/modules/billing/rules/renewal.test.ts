import {
  ALL_PRICES,
  PRICES,
  TAX,
  activeSubscription,
  at,
  trialingSubscription,
  usd,
} from './catalog.fixture.js';
import type { InvoiceLineKind } from './invoice-lines.js';
import { type Currency, money } from './money.js';
import { dateFromInstant } from './periods.js';
import { type RenewalOutcome, renewalInvoice } from './renewal.js';
import type { SubscriptionState, SubscriptionStatus } from './subscription-state.js';
import type { TaxContext } from './tax.js';

const FEB_2026 = { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' };
const TRIAL = { start: '2026-02-01T00:00:00Z', trialEnd: '2026-02-15T00:00:00Z' };

/** An invoice of one full period at `amount`, untaxed and without credit. */
function fullPeriodOf(amount: number): RenewalCase['invoice'] {
  return { lines: [{ kind: 'subscription', amount }], creditApplied: 0, tax: 0, amountDue: amount };
}

interface RenewalCase {
  name: string;
  subscription: SubscriptionState;
  now: string;
  currency: Currency;
  balance?: number;
  tax?: TaxContext;
  paymentMethodOnFile?: boolean;
  outcome: RenewalOutcome;
  invoice: {
    lines: Array<{ kind: InvoiceLineKind; amount: number; quantity?: number }>;
    creditApplied: number;
    tax: number;
    amountDue: number;
  } | null;
  state: {
    status: SubscriptionStatus;
    priceId: string;
    periodStart?: string;
    periodEnd?: string;
    anchor?: string;
    endedAt?: string;
  };
  next: { date: string; amountDue: number } | null;
}

const CASES: RenewalCase[] = [
  {
    name: 'a Jan 31 subscription renews on Feb 28 for the period up to Mar 31',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, {
      start: '2026-01-31T00:00:00Z',
      end: '2026-02-28T00:00:00Z',
    }),
    now: '2026-02-28T00:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(2900),
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      periodStart: '2026-02-28T00:00:00Z',
      periodEnd: '2026-03-31T00:00:00Z',
      anchor: '2026-01-31T00:00:00Z',
    },
    next: { date: '2026-03-31T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'after a short month a Jan 31 subscription returns to the 31st',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, {
      anchor: '2026-01-31T00:00:00Z',
      start: '2026-02-28T00:00:00Z',
      end: '2026-03-31T00:00:00Z',
    }),
    now: '2026-03-31T00:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(2900),
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      periodStart: '2026-03-31T00:00:00Z',
      periodEnd: '2026-04-30T00:00:00Z',
    },
    next: { date: '2026-04-30T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a scheduled downgrade takes effect at renewal',
    subscription: activeSubscription(PRICES.advancedMonthlyUsd, FEB_2026, {
      scheduledChange: {
        planId: 'plan_basic',
        priceId: PRICES.basicMonthlyUsd.priceId,
        seats: 1,
        effectiveAt: at(FEB_2026.end),
      },
    }),
    now: FEB_2026.end,
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(2900),
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      periodStart: '2026-03-01T00:00:00Z',
      periodEnd: '2026-04-01T00:00:00Z',
    },
    next: { date: '2026-04-01T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a scheduled switch to annual re-anchors the subscription on the renewal day',
    // Anchored Jan 31; the Feb 28 → Mar 31 period ends, annual starts Mar 31.
    subscription: activeSubscription(
      PRICES.basicMonthlyUsd,
      {
        anchor: '2026-01-31T00:00:00Z',
        start: '2026-02-28T00:00:00Z',
        end: '2026-03-31T00:00:00Z',
      },
      {
        scheduledChange: {
          planId: 'plan_basic',
          priceId: PRICES.basicAnnualUsd.priceId,
          seats: 1,
          effectiveAt: at('2026-03-31T00:00:00Z'),
        },
      },
    ),
    now: '2026-03-31T00:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(29_000),
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      anchor: '2026-03-31T00:00:00Z',
      periodStart: '2026-03-31T00:00:00Z',
      periodEnd: '2027-03-31T00:00:00Z',
    },
    next: { date: '2027-03-31T00:00:00Z', amountDue: 29_000 },
  },
  {
    name: 'a subscription set to cancel ends at the period end without an invoice',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, FEB_2026, {
      cancelAtPeriodEnd: true,
      canceledAt: at('2026-02-15T00:00:00Z'),
    }),
    now: FEB_2026.end,
    currency: 'USD',
    outcome: 'ended',
    invoice: null,
    state: { status: 'canceled', priceId: PRICES.basicMonthlyUsd.priceId, endedAt: FEB_2026.end },
    next: null,
  },
  {
    name: 'a trial with a payment method converts at its end and bills the first month',
    subscription: trialingSubscription(PRICES.basicMonthlyUsd, TRIAL),
    now: TRIAL.trialEnd,
    currency: 'USD',
    outcome: 'trial_converted',
    invoice: fullPeriodOf(2900),
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      anchor: TRIAL.trialEnd,
      periodStart: TRIAL.trialEnd,
      periodEnd: '2026-03-15T00:00:00Z',
    },
    next: { date: '2026-03-15T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a trial switched to annual converts into a year',
    subscription: trialingSubscription(PRICES.basicAnnualUsd, TRIAL),
    now: TRIAL.trialEnd,
    currency: 'USD',
    outcome: 'trial_converted',
    invoice: fullPeriodOf(29_000),
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      periodEnd: '2027-02-15T00:00:00Z',
    },
    next: { date: '2027-02-15T00:00:00Z', amountDue: 29_000 },
  },
  {
    name: 'a trial without a payment method expires at its end with nothing billed',
    subscription: trialingSubscription(PRICES.basicMonthlyUsd, TRIAL),
    now: TRIAL.trialEnd,
    currency: 'USD',
    paymentMethodOnFile: false,
    outcome: 'trial_expired',
    invoice: null,
    state: { status: 'canceled', priceId: PRICES.basicMonthlyUsd.priceId, endedAt: TRIAL.trialEnd },
    next: null,
  },
  {
    name: 'a first period still unpaid at its end expires with nothing more billed',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, FEB_2026, { status: 'incomplete' }),
    now: FEB_2026.end,
    currency: 'USD',
    outcome: 'incomplete_expired',
    invoice: null,
    state: { status: 'canceled', priceId: PRICES.basicMonthlyUsd.priceId, endedAt: FEB_2026.end },
    next: null,
  },
  {
    name: 'a renewal uses the credit balance before VAT',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    now: FEB_2026.end,
    currency: 'EUR',
    balance: 1000,
    tax: TAX.deIndividual,
    outcome: 'renewed',
    invoice: {
      lines: [{ kind: 'subscription', amount: 2900 }],
      creditApplied: 1000,
      // (2900 − 1000) × 1900 / 10 000 = 361
      tax: 361,
      amountDue: 2261,
    },
    state: { status: 'active', priceId: PRICES.basicMonthlyEur.priceId },
    // 2900 × 1.19 = 3451
    next: { date: '2026-04-01T00:00:00Z', amountDue: 3451 },
  },
  {
    name: 'a British renewal adds 20 % VAT',
    subscription: activeSubscription(PRICES.basicMonthlyGbp, FEB_2026),
    now: FEB_2026.end,
    currency: 'GBP',
    tax: TAX.gbIndividual,
    outcome: 'renewed',
    // 2500 × 2000 / 10 000 = 500
    invoice: {
      lines: [{ kind: 'subscription', amount: 2500 }],
      creditApplied: 0,
      tax: 500,
      amountDue: 3000,
    },
    state: { status: 'active', priceId: PRICES.basicMonthlyGbp.priceId },
    next: { date: '2026-04-01T00:00:00Z', amountDue: 3000 },
  },
  {
    name: 'a past-due subscription renews and stays past due',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, FEB_2026, { status: 'past_due' }),
    now: FEB_2026.end,
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(2900),
    state: { status: 'past_due', priceId: PRICES.basicMonthlyUsd.priceId },
    next: { date: '2026-04-01T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'an annual Feb 29 subscription renews on Feb 28 2029',
    subscription: activeSubscription(PRICES.basicAnnualUsd, {
      start: '2028-02-29T00:00:00Z',
      end: '2029-02-28T00:00:00Z',
    }),
    now: '2029-02-28T00:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(29_000),
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      periodStart: '2029-02-28T00:00:00Z',
      periodEnd: '2030-02-28T00:00:00Z',
    },
    next: { date: '2030-02-28T00:00:00Z', amountDue: 29_000 },
  },
  {
    name: 'an annual Feb 29 subscription is back on Feb 29 in the next leap year',
    subscription: activeSubscription(PRICES.basicAnnualUsd, {
      anchor: '2028-02-29T00:00:00Z',
      start: '2031-02-28T00:00:00Z',
      end: '2032-02-29T00:00:00Z',
    }),
    now: '2032-02-29T00:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(29_000),
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      periodStart: '2032-02-29T00:00:00Z',
      periodEnd: '2033-02-28T00:00:00Z',
    },
    next: { date: '2033-02-28T00:00:00Z', amountDue: 29_000 },
  },
  {
    name: 'a late renewal bills the period that follows the old one, not one starting now',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, FEB_2026),
    now: '2026-03-05T17:00:00Z',
    currency: 'USD',
    outcome: 'renewed',
    invoice: fullPeriodOf(2900),
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      periodStart: '2026-03-01T00:00:00Z',
      periodEnd: '2026-04-01T00:00:00Z',
    },
    next: { date: '2026-04-01T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a renewal with extra seats bills them on their own line',
    subscription: activeSubscription(PRICES.basicMonthlyUsd, FEB_2026, { seats: 5 }),
    now: FEB_2026.end,
    currency: 'USD',
    outcome: 'renewed',
    invoice: {
      // 2900 + 2 × 500 = 3900
      lines: [
        { kind: 'subscription', amount: 2900, quantity: 1 },
        { kind: 'extra_seats', amount: 1000, quantity: 2 },
      ],
      creditApplied: 0,
      tax: 0,
      amountDue: 3900,
    },
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId },
    next: { date: '2026-04-01T00:00:00Z', amountDue: 3900 },
  },
];

describe('renewalInvoice (amounts worked out by hand)', () => {
  it.each(CASES)('$name', (c) => {
    const plan = renewalInvoice({
      subscription: c.subscription,
      prices: ALL_PRICES,
      creditBalance: money(c.balance ?? 0, c.currency),
      tax: c.tax ?? TAX.usIndividual,
      now: at(c.now),
      paymentMethodOnFile: c.paymentMethodOnFile ?? true,
    });
    expect(plan.outcome).toBe(c.outcome);
    expect(plan.effectiveAt).toBe(c.subscription.currentPeriodEnd);
    if (c.invoice == null) {
      expect(plan.invoice).toBeNull();
    } else {
      expect(
        plan.invoice?.lines.map((line) => ({
          kind: line.kind,
          amount: line.amount.amount,
          quantity: line.quantity,
          proration: line.proration,
          from: line.periodStart,
          to: line.periodEnd,
        })),
      ).toEqual(
        c.invoice.lines.map((line) => ({
          kind: line.kind,
          amount: line.amount,
          quantity: line.quantity ?? 1,
          proration: false,
          from: plan.subscription.currentPeriodStart,
          to: plan.subscription.currentPeriodEnd,
        })),
      );
      expect(plan.invoice?.currency).toBe(c.currency);
      expect(plan.invoice?.creditApplied.amount).toBe(c.invoice.creditApplied);
      expect(plan.invoice?.tax.amount.amount).toBe(c.invoice.tax);
      expect(plan.invoice?.amountDue.amount).toBe(c.invoice.amountDue);
    }
    const s = plan.subscription;
    expect(s.status).toBe(c.state.status);
    expect(s.priceId).toBe(c.state.priceId);
    expect(s.scheduledChange).toBeNull();
    if (c.state.periodStart != null) expect(s.currentPeriodStart).toBe(at(c.state.periodStart));
    if (c.state.periodEnd != null) expect(s.currentPeriodEnd).toBe(at(c.state.periodEnd));
    if (c.state.anchor != null) expect(s.billingAnchor).toBe(at(c.state.anchor));
    if (c.state.endedAt != null) expect(s.endedAt).toBe(at(c.state.endedAt));
    if (c.next == null) {
      expect(plan.nextInvoice).toBeNull();
    } else {
      expect(plan.nextInvoice?.date).toBe(at(c.next.date));
      expect(plan.nextInvoice?.amountDue).toEqual(money(c.next.amountDue, c.currency));
    }
  });

  it('walks a Jan 31 subscription through a year of month ends', () => {
    let subscription = activeSubscription(PRICES.basicMonthlyUsd, {
      start: '2026-01-31T00:00:00Z',
      end: '2026-02-28T00:00:00Z',
    });
    const ends: string[] = [];
    for (let month = 0; month < 12; month += 1) {
      subscription = renewalInvoice({
        subscription,
        prices: ALL_PRICES,
        creditBalance: usd(0),
        tax: TAX.usIndividual,
        now: subscription.currentPeriodEnd,
        paymentMethodOnFile: true,
      }).subscription;
      ends.push(dateFromInstant(subscription.currentPeriodEnd).toISOString().slice(0, 10));
    }
    expect(ends).toEqual([
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
    ]);
  });

  it.each([
    [
      'before the period ends',
      activeSubscription(PRICES.basicMonthlyUsd, FEB_2026),
      'RENEWAL_NOT_DUE',
    ],
    [
      'for a canceled subscription',
      activeSubscription(PRICES.basicMonthlyUsd, FEB_2026, { status: 'canceled' }),
      'INVALID_TRANSITION',
    ],
  ])('refuses to renew %s', (_, subscription, code) => {
    expect(() =>
      renewalInvoice({
        subscription,
        prices: ALL_PRICES,
        creditBalance: usd(0),
        tax: TAX.usIndividual,
        now: at(subscription.status === 'active' ? '2026-02-20T00:00:00Z' : FEB_2026.end),
        paymentMethodOnFile: true,
      }),
    ).toThrow(expect.objectContaining({ code }));
  });
});
