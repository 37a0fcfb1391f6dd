import {
  ALL_PRICES,
  PRICES,
  TAX,
  activeSubscription,
  at,
  eur,
  trialingSubscription,
  usd,
} from './catalog.fixture.js';
import { BillingRuleError, type BillingRuleErrorCode } from './errors.js';
import type { InvoiceLineKind } from './invoice-lines.js';
import { type Currency, money } from './money.js';
import type { SubscriptionState, SubscriptionStatus } from './subscription-state.js';
import {
  type BillingPolicy,
  type ChangeOutcome,
  type SubscriptionChange,
  type SubscriptionChangeInput,
  planSubscriptionChange,
} from './subscription-change.js';
import { REVERSE_CHARGE_NOTE, type TaxContext } from './tax.js';

// February 2026: 28 days = 2 419 200 s. From Feb 15 00:00 there are 14 days = 1 209 600 s left.
const FEB_2026 = { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' };
const FEB_15 = '2026-02-15T00:00:00Z';
// 2026 is a common year: Jan 1 2026 → Jan 1 2027 = 365 days = 31 536 000 s.
const YEAR_2026 = { start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' };
const TRIAL = { start: '2026-02-01T00:00:00Z', trialEnd: '2026-02-15T00:00:00Z' };

const basicFeb = activeSubscription(PRICES.basicMonthlyUsd, FEB_2026);
const advancedFeb = activeSubscription(PRICES.advancedMonthlyUsd, FEB_2026);
const basicTrial = trialingSubscription(PRICES.basicMonthlyUsd, TRIAL);
const downgradeToBasicAtFebEnd = {
  planId: 'plan_basic',
  priceId: PRICES.basicMonthlyUsd.priceId,
  seats: 1,
  effectiveAt: at(FEB_2026.end),
};

/** Basic → Advanced on Feb 15, in any two-decimal currency priced 29.00 / 99.00. */
const HALF_BASIC_FOR_HALF_ADVANCED: LineExpectation[] = [
  // 2900 × 1 209 600 / 2 419 200 = 1450
  { kind: 'unused_time', amount: -1450 },
  // 9900 × 1 209 600 / 2 419 200 = 4950; net 4950 − 1450 = 3500
  { kind: 'remaining_time', amount: 4950 },
];

interface LineExpectation {
  kind: InvoiceLineKind;
  amount: number;
  quantity?: number;
  from?: string;
  to?: string;
}

interface ChangeCase {
  name: string;
  subscription: SubscriptionState | null;
  change: SubscriptionChange;
  now: string;
  currency: Currency;
  balance?: number;
  tax?: TaxContext;
  policy?: BillingPolicy;
  outcome: ChangeOutcome;
  invoice: {
    lines: LineExpectation[];
    subtotal: number;
    creditApplied: number;
    tax: number;
    amountDue: number;
    reverseCharge?: boolean;
  } | null;
  /** Credit balance after the change; defaults to the balance before it. */
  balanceAfter?: number;
  state: {
    status: SubscriptionStatus;
    priceId: string;
    seats?: number;
    periodStart?: string;
    periodEnd?: string;
    anchor?: string;
    trialEnd?: string | null;
    cancelAtPeriodEnd?: boolean;
    endedAt?: string | null;
    scheduled?: { priceId: string; seats: number; effectiveAt: string } | null;
  };
  next: { date: string; amountDue: number } | null;
}

const CASES: ChangeCase[] = [
  // ── start ────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'starting a plan with trial days starts a 14-day trial and bills nothing',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1 },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    outcome: 'trial_started',
    invoice: null,
    state: {
      status: 'trialing',
      priceId: PRICES.basicMonthlyUsd.priceId,
      // Basic includes 3 seats: asking for 1 holds the 3 the base price pays for.
      seats: 3,
      // 2026-02-01 + 14 × 86 400 s = 2026-02-15
      trialEnd: '2026-02-15T00:00:00Z',
      periodStart: '2026-02-01T00:00:00Z',
      periodEnd: '2026-02-15T00:00:00Z',
      anchor: '2026-02-15T00:00:00Z',
    },
    next: { date: '2026-02-15T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a trial with 5 seats previews the first invoice with 2 extra seats',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 5 },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    outcome: 'trial_started',
    invoice: null,
    state: { status: 'trialing', priceId: PRICES.basicMonthlyUsd.priceId, seats: 5 },
    // 2900 + (5 − 3) × 500 = 3900
    next: { date: '2026-02-15T00:00:00Z', amountDue: 3900 },
  },
  {
    name: 'starting without a trial bills the first month now and waits for payment',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1, useTrial: false },
    now: '2026-02-01T10:30:00Z',
    currency: 'USD',
    outcome: 'started',
    invoice: {
      lines: [
        {
          kind: 'subscription',
          amount: 2900,
          quantity: 1,
          from: '2026-02-01T10:30:00Z',
          to: '2026-03-01T10:30:00Z',
        },
      ],
      subtotal: 2900,
      creditApplied: 0,
      tax: 0,
      amountDue: 2900,
    },
    state: {
      status: 'incomplete',
      priceId: PRICES.basicMonthlyUsd.priceId,
      periodStart: '2026-02-01T10:30:00Z',
      periodEnd: '2026-03-01T10:30:00Z',
      anchor: '2026-02-01T10:30:00Z',
      trialEnd: null,
    },
    next: { date: '2026-03-01T10:30:00Z', amountDue: 2900 },
  },
  {
    name: 'starting with 5 seats bills the base price and 2 extra seats as separate lines',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 5, useTrial: false },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    outcome: 'started',
    invoice: {
      // 2 extra seats × 500 = 1000; 2900 + 1000 = 3900
      lines: [
        { kind: 'subscription', amount: 2900, quantity: 1 },
        { kind: 'extra_seats', amount: 1000, quantity: 2 },
      ],
      subtotal: 3900,
      creditApplied: 0,
      tax: 0,
      amountDue: 3900,
    },
    state: { status: 'incomplete', priceId: PRICES.basicMonthlyUsd.priceId, seats: 5 },
    next: { date: '2026-03-01T00:00:00Z', amountDue: 3900 },
  },
  {
    name: 'an Enterprise start for a German business is taxed at 19 % domestically',
    subscription: null,
    change: { type: 'start', priceId: PRICES.enterpriseAnnualEur.priceId, seats: 50 },
    now: '2026-01-01T00:00:00Z',
    currency: 'EUR',
    tax: TAX.deBusiness,
    outcome: 'started',
    invoice: {
      lines: [{ kind: 'subscription', amount: 1_200_000, to: '2027-01-01T00:00:00Z' }],
      subtotal: 1_200_000,
      creditApplied: 0,
      // 1 200 000 × 1900 / 10 000 = 228 000
      tax: 228_000,
      amountDue: 1_428_000,
    },
    state: { status: 'incomplete', priceId: PRICES.enterpriseAnnualEur.priceId, seats: 50 },
    next: { date: '2027-01-01T00:00:00Z', amountDue: 1_428_000 },
  },
  {
    name: 'a credit balance smaller than the first invoice pays part of it',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1, useTrial: false },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    balance: 1000,
    outcome: 'started',
    invoice: {
      lines: [{ kind: 'subscription', amount: 2900 }],
      subtotal: 2900,
      creditApplied: 1000,
      tax: 0,
      // 2900 − 1000 = 1900
      amountDue: 1900,
    },
    balanceAfter: 0,
    state: { status: 'incomplete', priceId: PRICES.basicMonthlyUsd.priceId },
    next: { date: '2026-03-01T00:00:00Z', amountDue: 2900 },
  },
  {
    name: 'a credit balance covering the first invoice makes the subscription active at once',
    subscription: null,
    change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1, useTrial: false },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    balance: 5000,
    outcome: 'started',
    invoice: {
      lines: [{ kind: 'subscription', amount: 2900 }],
      subtotal: 2900,
      creditApplied: 2900,
      tax: 0,
      amountDue: 0,
    },
    // 5000 − 2900 = 2100 left, which pays 2100 of the next 2900: 800 due then.
    balanceAfter: 2100,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId },
    next: { date: '2026-03-01T00:00:00Z', amountDue: 800 },
  },
  {
    name: 'starting the free plan bills nothing now or later',
    subscription: null,
    change: { type: 'start', priceId: PRICES.freeMonthlyUsd.priceId, seats: 1 },
    now: '2026-02-01T00:00:00Z',
    currency: 'USD',
    outcome: 'started',
    invoice: null,
    state: { status: 'active', priceId: PRICES.freeMonthlyUsd.priceId, periodEnd: FEB_2026.end },
    next: null,
  },
  {
    name: 'a new subscription can start after the previous one was canceled',
    subscription: { ...basicFeb, status: 'canceled', endedAt: at('2026-02-10T00:00:00Z') },
    change: {
      type: 'start',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      seats: 1,
      useTrial: false,
    },
    now: FEB_15,
    currency: 'USD',
    outcome: 'started',
    invoice: {
      lines: [{ kind: 'subscription', amount: 9900, from: FEB_15, to: '2026-03-15T00:00:00Z' }],
      subtotal: 9900,
      creditApplied: 0,
      tax: 0,
      amountDue: 9900,
    },
    state: { status: 'incomplete', priceId: PRICES.advancedMonthlyUsd.priceId, endedAt: null },
    next: { date: '2026-03-15T00:00:00Z', amountDue: 9900 },
  },

  // ── upgrades (take effect now) ─────────────────────────────────────────────────────────────
  {
    name: 'upgrading Basic to Advanced mid-month credits half of Basic and charges half of Advanced',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 × 1 209 600 / 2 419 200 = 1450
        { kind: 'unused_time', amount: -1450, from: FEB_15, to: FEB_2026.end },
        // 9900 × 1 209 600 / 2 419 200 = 4950
        { kind: 'remaining_time', amount: 4950, from: FEB_15, to: FEB_2026.end },
      ],
      subtotal: 3500,
      creditApplied: 0,
      tax: 0,
      amountDue: 3500,
    },
    state: {
      status: 'active',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      periodStart: FEB_2026.start,
      periodEnd: FEB_2026.end,
    },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an upgrade at an odd second is prorated by the second and each line rounded once',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    // Left: 18 d 10 h 42 min 31 s = 1 555 200 + 36 000 + 2 520 + 31 = 1 593 751 s
    now: '2026-02-10T13:17:29Z',
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 × 1 593 751 / 2 419 200 = 1910.498… → 1910
        { kind: 'unused_time', amount: -1910 },
        // 9900 × 1 593 751 / 2 419 200 = 6522.046… → 6522
        { kind: 'remaining_time', amount: 6522 },
      ],
      subtotal: 4612,
      creditApplied: 0,
      tax: 0,
      amountDue: 4612,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an upgrade at the first second of the period credits all of the old price and charges all of the new',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_2026.start,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      // 2900 × 2 419 200 / 2 419 200 = 2900; 9900 × 2 419 200 / 2 419 200 = 9900
      lines: [
        { kind: 'unused_time', amount: -2900 },
        { kind: 'remaining_time', amount: 9900 },
      ],
      subtotal: 7000,
      creditApplied: 0,
      tax: 0,
      amountDue: 7000,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'adding seats is an upgrade prorated on the whole recurring amount',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 6 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 / 2 = 1450
        { kind: 'unused_time', amount: -1450 },
        // (2900 + 3 × 500) × 1/2 = 4400 / 2 = 2200
        { kind: 'remaining_time', amount: 2200 },
      ],
      subtotal: 750,
      creditApplied: 0,
      tax: 0,
      amountDue: 750,
    },
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId, seats: 6 },
    next: { date: FEB_2026.end, amountDue: 4400 },
  },
  {
    name: 'a change holds at least the seats the new plan includes, whatever was stored or asked',
    // Rows written before seats were held at the included number (the migration raises them).
    subscription: { ...basicFeb, seats: 1 },
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 / 2 = 1450 credited; Advanced 9900 / 2 = 4950 charged, its 5 seats included
        { kind: 'unused_time', amount: -1450 },
        { kind: 'remaining_time', amount: 4950 },
      ],
      subtotal: 3500,
      creditApplied: 0,
      tax: 0,
      amountDue: 3500,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 5 },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an upgrade in euros for a German consumer adds 19 % VAT',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 },
    now: FEB_15,
    currency: 'EUR',
    tax: TAX.deIndividual,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 0,
      // 3500 × 1900 / 10 000 = 665
      tax: 665,
      amountDue: 4165,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyEur.priceId },
    // 9900 × 1.19 = 11 781
    next: { date: FEB_2026.end, amountDue: 11_781 },
  },
  {
    name: 'an upgrade for a French business with a VAT id under a German seller is reverse charged',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 },
    now: FEB_15,
    currency: 'EUR',
    tax: TAX.frBusiness,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 0,
      tax: 0,
      amountDue: 3500,
      reverseCharge: true,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyEur.priceId },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an upgrade in pounds for a British consumer adds 20 % VAT',
    subscription: activeSubscription(PRICES.basicMonthlyGbp, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyGbp.priceId, seats: 1 },
    now: FEB_15,
    currency: 'GBP',
    tax: TAX.gbIndividual,
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2500 / 2 = 1250; 8500 / 2 = 4250
        { kind: 'unused_time', amount: -1250 },
        { kind: 'remaining_time', amount: 4250 },
      ],
      subtotal: 3000,
      creditApplied: 0,
      // 3000 × 2000 / 10 000 = 600
      tax: 600,
      amountDue: 3600,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyGbp.priceId },
    // 8500 × 1.2 = 10 200
    next: { date: FEB_2026.end, amountDue: 10_200 },
  },
  {
    name: 'the credit balance is applied to an upgrade before charging',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    balance: 2000,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 2000,
      tax: 0,
      // 3500 − 2000 = 1500
      amountDue: 1500,
    },
    balanceAfter: 0,
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'the credit balance is applied before VAT is computed',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 },
    now: FEB_15,
    currency: 'EUR',
    tax: TAX.deIndividual,
    balance: 1000,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 1000,
      // (3500 − 1000) × 19 % = 2500 × 1900 / 10 000 = 475
      tax: 475,
      amountDue: 2975,
    },
    balanceAfter: 0,
    state: { status: 'active', priceId: PRICES.advancedMonthlyEur.priceId },
    next: { date: FEB_2026.end, amountDue: 11_781 },
  },
  {
    name: 'VAT that ends in exactly half a cent rounds up to the even cent',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 },
    now: FEB_15,
    currency: 'EUR',
    tax: TAX.deIndividual,
    balance: 50,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 50,
      // 3450 × 1900 / 10 000 = 655.5 → 656 (656 is even)
      tax: 656,
      amountDue: 4106,
    },
    balanceAfter: 0,
    state: { status: 'active', priceId: PRICES.advancedMonthlyEur.priceId },
    next: { date: FEB_2026.end, amountDue: 11_781 },
  },
  {
    name: 'VAT that ends in exactly half a cent rounds down to the even cent',
    subscription: activeSubscription(PRICES.basicMonthlyEur, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 },
    now: FEB_15,
    currency: 'EUR',
    tax: TAX.deIndividual,
    balance: 150,
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 150,
      // 3350 × 1900 / 10 000 = 636.5 → 636 (636 is even)
      tax: 636,
      amountDue: 3986,
    },
    balanceAfter: 0,
    state: { status: 'active', priceId: PRICES.advancedMonthlyEur.priceId },
    next: { date: FEB_2026.end, amountDue: 11_781 },
  },
  {
    name: 'proration lines that end in exactly half a yen round to the even yen',
    subscription: activeSubscription(PRICES.basicMonthlyJpy, FEB_2026),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyJpy.priceId, seats: 1 },
    now: FEB_15,
    currency: 'JPY',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 4997 / 2 = 2498.5 → 2498 (down to even)
        { kind: 'unused_time', amount: -2498 },
        // 9999 / 2 = 4999.5 → 5000 (up to even)
        { kind: 'remaining_time', amount: 5000 },
      ],
      subtotal: 2502,
      creditApplied: 0,
      tax: 0,
      amountDue: 2502,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyJpy.priceId },
    next: { date: FEB_2026.end, amountDue: 9999 },
  },
  {
    name: 'a subscription anchored on Jan 31 prorates April over its 30 days and renews on Apr 30',
    // Anchor Jan 31: periods end Feb 28, Mar 31, Apr 30. Mar 31 → Apr 30 = 30 days = 2 592 000 s.
    subscription: activeSubscription(PRICES.basicMonthlyUsd, {
      anchor: '2026-01-31T00:00:00Z',
      start: '2026-03-31T00:00:00Z',
      end: '2026-04-30T00:00:00Z',
    }),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    // Apr 10 → Apr 30 = 20 days = 1 728 000 s
    now: '2026-04-10T00:00:00Z',
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 × 1 728 000 / 2 592 000 = 1933.33… → 1933
        { kind: 'unused_time', amount: -1933 },
        // 9900 × 1 728 000 / 2 592 000 = 6600
        { kind: 'remaining_time', amount: 6600 },
      ],
      subtotal: 4667,
      creditApplied: 0,
      tax: 0,
      amountDue: 4667,
    },
    state: {
      status: 'active',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      anchor: '2026-01-31T00:00:00Z',
      periodEnd: '2026-04-30T00:00:00Z',
    },
    next: { date: '2026-04-30T00:00:00Z', amountDue: 9900 },
  },
  {
    name: 'in leap-year February a Jan 31 subscription prorates over 29 days',
    // Anchor Jan 31 2028: Jan 31 → Feb 29 2028 = 29 days = 2 505 600 s
    subscription: activeSubscription(PRICES.basicMonthlyUsd, {
      start: '2028-01-31T00:00:00Z',
      end: '2028-02-29T00:00:00Z',
    }),
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    // Feb 15 → Feb 29 = 14 days = 1 209 600 s
    now: '2028-02-15T00:00:00Z',
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 2900 × 14 / 29 = 1400
        { kind: 'unused_time', amount: -1400 },
        // 9900 × 14 / 29 = 4779.31… → 4779
        { kind: 'remaining_time', amount: 4779 },
      ],
      subtotal: 3379,
      creditApplied: 0,
      tax: 0,
      amountDue: 3379,
    },
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId },
    next: { date: '2028-02-29T00:00:00Z', amountDue: 9900 },
  },
  {
    name: 'an annual subscription anchored on Feb 29 2028 prorates over the 365 days to Feb 28 2029',
    subscription: activeSubscription(PRICES.basicAnnualUsd, {
      start: '2028-02-29T00:00:00Z',
      end: '2029-02-28T00:00:00Z',
    }),
    change: { type: 'change_plan', priceId: PRICES.advancedAnnualUsd.priceId, seats: 1 },
    // Aug 29 2028 → Feb 28 2029 = 31+30+31+30+31+30 = 183 days
    now: '2028-08-29T00:00:00Z',
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 29 000 × 183 / 365 = 14 539.73 → 14 540
        { kind: 'unused_time', amount: -14_540 },
        // 99 000 × 183 / 365 = 49 635.62 → 49 636
        { kind: 'remaining_time', amount: 49_636 },
      ],
      subtotal: 35_096,
      creditApplied: 0,
      tax: 0,
      amountDue: 35_096,
    },
    state: {
      status: 'active',
      priceId: PRICES.advancedAnnualUsd.priceId,
      anchor: '2028-02-29T00:00:00Z',
    },
    next: { date: '2029-02-28T00:00:00Z', amountDue: 99_000 },
  },
  {
    name: 'a past-due subscription can upgrade and stays past due',
    subscription: { ...basicFeb, status: 'past_due' },
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: HALF_BASIC_FOR_HALF_ADVANCED,
      subtotal: 3500,
      creditApplied: 0,
      tax: 0,
      amountDue: 3500,
    },
    state: { status: 'past_due', priceId: PRICES.advancedMonthlyUsd.priceId },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an immediate upgrade drops a pending scheduled downgrade',
    subscription: {
      ...advancedFeb,
      scheduledChange: downgradeToBasicAtFebEnd,
    },
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 6 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'upgraded',
    invoice: {
      lines: [
        // 9900 / 2 = 4950; (9900 + 1 × 800) / 2 = 5350
        { kind: 'unused_time', amount: -4950 },
        { kind: 'remaining_time', amount: 5350 },
      ],
      subtotal: 400,
      creditApplied: 0,
      tax: 0,
      amountDue: 400,
    },
    state: {
      status: 'active',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      seats: 6,
      scheduled: null,
    },
    next: { date: FEB_2026.end, amountDue: 10_700 },
  },

  // ── downgrades ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a downgrade is scheduled for the period end by default and bills nothing now',
    subscription: advancedFeb,
    change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'change_scheduled',
    invoice: null,
    state: {
      status: 'active',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      // Basic includes 3 seats: the 1 asked for holds 3.
      scheduled: { priceId: PRICES.basicMonthlyUsd.priceId, seats: 3, effectiveAt: FEB_2026.end },
    },
    next: { date: FEB_2026.end, amountDue: 2900 },
  },
  {
    name: 'undoing a scheduled downgrade keeps the current plan',
    subscription: {
      ...advancedFeb,
      scheduledChange: downgradeToBasicAtFebEnd,
    },
    change: { type: 'undo_scheduled_change' },
    now: FEB_15,
    currency: 'USD',
    outcome: 'scheduled_change_undone',
    invoice: null,
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId, scheduled: null },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'choosing the current plan again while a downgrade is scheduled undoes it',
    subscription: {
      ...advancedFeb,
      scheduledChange: downgradeToBasicAtFebEnd,
    },
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'scheduled_change_undone',
    invoice: null,
    state: { status: 'active', priceId: PRICES.advancedMonthlyUsd.priceId, scheduled: null },
    next: { date: FEB_2026.end, amountDue: 9900 },
  },
  {
    name: 'an immediate downgrade credits the difference to the balance and never bills a negative invoice',
    subscription: advancedFeb,
    change: {
      type: 'change_plan',
      priceId: PRICES.basicMonthlyUsd.priceId,
      seats: 1,
      timing: 'now',
    },
    now: FEB_15,
    currency: 'USD',
    outcome: 'downgraded',
    invoice: {
      lines: [
        // 9900 / 2 = 4950; 2900 / 2 = 1450
        { kind: 'unused_time', amount: -4950 },
        { kind: 'remaining_time', amount: 1450 },
      ],
      subtotal: -3500,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    // −(−3500) = 3500 to the balance, which pays all 2900 of the renewal: 0 due then.
    balanceAfter: 3500,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId, scheduled: null },
    next: { date: FEB_2026.end, amountDue: 0 },
  },
  {
    name: 'removing seats now credits the unused seat time',
    subscription: { ...basicFeb, seats: 6 },
    change: {
      type: 'change_plan',
      priceId: PRICES.basicMonthlyUsd.priceId,
      seats: 3,
      timing: 'now',
    },
    now: FEB_15,
    currency: 'USD',
    outcome: 'downgraded',
    invoice: {
      lines: [
        // (2900 + 3 × 500) / 2 = 2200; 2900 / 2 = 1450
        { kind: 'unused_time', amount: -2200 },
        { kind: 'remaining_time', amount: 1450 },
      ],
      subtotal: -750,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 750,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId, seats: 3 },
    // 2900 − 750 credit = 2150
    next: { date: FEB_2026.end, amountDue: 2150 },
  },
  {
    name: 'removing seats waits for the period end by default',
    subscription: { ...basicFeb, seats: 6 },
    change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 3 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'change_scheduled',
    invoice: null,
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      seats: 6,
      scheduled: { priceId: PRICES.basicMonthlyUsd.priceId, seats: 3, effectiveAt: FEB_2026.end },
    },
    next: { date: FEB_2026.end, amountDue: 2900 },
  },
  {
    name: 'an immediate downgrade to the free plan credits the unused paid time',
    subscription: advancedFeb,
    change: {
      type: 'change_plan',
      priceId: PRICES.freeMonthlyUsd.priceId,
      seats: 1,
      timing: 'now',
    },
    now: FEB_15,
    currency: 'USD',
    outcome: 'downgraded',
    invoice: {
      // The free plan's remaining time is 0 × ½ = 0: no line.
      lines: [{ kind: 'unused_time', amount: -4950 }],
      subtotal: -4950,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 4950,
    state: { status: 'active', priceId: PRICES.freeMonthlyUsd.priceId },
    next: null,
  },
  {
    name: 'an immediate downgrade at the first second of the period credits the whole difference',
    subscription: advancedFeb,
    change: {
      type: 'change_plan',
      priceId: PRICES.basicMonthlyUsd.priceId,
      seats: 1,
      timing: 'now',
    },
    now: FEB_2026.start,
    currency: 'USD',
    outcome: 'downgraded',
    invoice: {
      lines: [
        { kind: 'unused_time', amount: -9900 },
        { kind: 'remaining_time', amount: 2900 },
      ],
      subtotal: -7000,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 7000,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId },
    next: { date: FEB_2026.end, amountDue: 0 },
  },

  // ── interval changes ───────────────────────────────────────────────────────────────────────
  {
    name: 'switching monthly to annual credits the unused month and bills a full year from now',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.basicAnnualUsd.priceId, seats: 1 },
    now: FEB_15,
    currency: 'USD',
    outcome: 'interval_changed',
    invoice: {
      lines: [
        // 2900 / 2 = 1450
        { kind: 'unused_time', amount: -1450, to: FEB_2026.end },
        { kind: 'subscription', amount: 29_000, from: FEB_15, to: '2027-02-15T00:00:00Z' },
      ],
      subtotal: 27_550,
      creditApplied: 0,
      tax: 0,
      amountDue: 27_550,
    },
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      anchor: FEB_15,
      periodStart: FEB_15,
      periodEnd: '2027-02-15T00:00:00Z',
    },
    next: { date: '2027-02-15T00:00:00Z', amountDue: 29_000 },
  },
  {
    name: 'switching annual to monthly mid-year credits the unused 183 days to the balance',
    subscription: activeSubscription(PRICES.basicAnnualUsd, YEAR_2026),
    change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1 },
    // Jul 2 2026 → Jan 1 2027 = 30+31+30+31+30+31 = 183 days
    now: '2026-07-02T00:00:00Z',
    currency: 'USD',
    outcome: 'interval_changed',
    invoice: {
      lines: [
        // 29 000 × 183 / 365 = 14 539.73 → 14 540
        { kind: 'unused_time', amount: -14_540 },
        {
          kind: 'subscription',
          amount: 2900,
          from: '2026-07-02T00:00:00Z',
          to: '2026-08-02T00:00:00Z',
        },
      ],
      subtotal: -11_640,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 11_640,
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      anchor: '2026-07-02T00:00:00Z',
      periodEnd: '2026-08-02T00:00:00Z',
    },
    next: { date: '2026-08-02T00:00:00Z', amountDue: 0 },
  },
  {
    name: 'an interval change can be scheduled for the period end',
    subscription: activeSubscription(PRICES.basicAnnualUsd, YEAR_2026),
    change: {
      type: 'change_plan',
      priceId: PRICES.basicMonthlyUsd.priceId,
      seats: 1,
      timing: 'period_end',
    },
    now: '2026-07-02T00:00:00Z',
    currency: 'USD',
    outcome: 'change_scheduled',
    invoice: null,
    state: {
      status: 'active',
      priceId: PRICES.basicAnnualUsd.priceId,
      scheduled: { priceId: PRICES.basicMonthlyUsd.priceId, seats: 3, effectiveAt: YEAR_2026.end },
    },
    next: { date: YEAR_2026.end, amountDue: 2900 },
  },
  {
    name: 'an interval change at the first second of the period credits the whole month',
    subscription: basicFeb,
    change: { type: 'change_plan', priceId: PRICES.basicAnnualUsd.priceId, seats: 1 },
    now: FEB_2026.start,
    currency: 'USD',
    outcome: 'interval_changed',
    invoice: {
      lines: [
        { kind: 'unused_time', amount: -2900 },
        { kind: 'subscription', amount: 29_000 },
      ],
      // 29 000 − 2900 = 26 100
      subtotal: 26_100,
      creditApplied: 0,
      tax: 0,
      amountDue: 26_100,
    },
    state: { status: 'active', priceId: PRICES.basicAnnualUsd.priceId, anchor: FEB_2026.start },
    next: { date: '2027-02-01T00:00:00Z', amountDue: 29_000 },
  },

  // ── cancellation ───────────────────────────────────────────────────────────────────────────
  {
    name: 'cancelling at period end bills nothing and announces no next invoice',
    subscription: basicFeb,
    change: { type: 'cancel', timing: 'period_end' },
    now: FEB_15,
    currency: 'USD',
    outcome: 'cancel_scheduled',
    invoice: null,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId, cancelAtPeriodEnd: true },
    next: null,
  },
  {
    name: 'reactivating before the period end brings the next invoice back',
    subscription: { ...basicFeb, cancelAtPeriodEnd: true, canceledAt: at('2026-02-10T00:00:00Z') },
    change: { type: 'reactivate' },
    now: FEB_15,
    currency: 'USD',
    outcome: 'reactivated',
    invoice: null,
    state: { status: 'active', priceId: PRICES.basicMonthlyUsd.priceId, cancelAtPeriodEnd: false },
    next: { date: FEB_2026.end, amountDue: 2900 },
  },
  {
    name: 'cancelling at period end drops a scheduled downgrade',
    subscription: {
      ...advancedFeb,
      scheduledChange: downgradeToBasicAtFebEnd,
    },
    change: { type: 'cancel', timing: 'period_end' },
    now: FEB_15,
    currency: 'USD',
    outcome: 'cancel_scheduled',
    invoice: null,
    state: {
      status: 'active',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      cancelAtPeriodEnd: true,
      scheduled: null,
    },
    next: null,
  },
  {
    name: 'cancelling now without a fee bills nothing and refunds nothing by default',
    subscription: basicFeb,
    change: { type: 'cancel', timing: 'now' },
    now: FEB_15,
    currency: 'USD',
    outcome: 'canceled',
    invoice: null,
    state: { status: 'canceled', priceId: PRICES.basicMonthlyUsd.priceId, endedAt: FEB_15 },
    next: null,
  },
  {
    name: 'cancelling now credits the unused time when the policy says so',
    subscription: basicFeb,
    change: { type: 'cancel', timing: 'now' },
    now: FEB_15,
    currency: 'USD',
    policy: { creditUnusedTimeOnImmediateCancel: true },
    outcome: 'canceled',
    invoice: {
      // 2900 / 2 = 1450
      lines: [{ kind: 'unused_time', amount: -1450 }],
      subtotal: -1450,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 1450,
    state: { status: 'canceled', priceId: PRICES.basicMonthlyUsd.priceId, endedAt: FEB_15 },
    next: null,
  },
  {
    name: 'cancelling an annual Enterprise contract now invoices 25 % of the remaining contract',
    subscription: activeSubscription(PRICES.enterpriseAnnualEur, YEAR_2026, { seats: 50 }),
    change: { type: 'cancel', timing: 'now' },
    // Oct 1 2026 → Jan 1 2027 = 31 + 30 + 31 = 92 days of 365
    now: '2026-10-01T00:00:00Z',
    currency: 'EUR',
    tax: TAX.deBusiness,
    outcome: 'canceled',
    invoice: {
      // 1 200 000 × 2500 × 92 / (10 000 × 365) = 27 600 000 / 365 = 75 616.44 → 75 616
      lines: [{ kind: 'cancellation_fee', amount: 75_616, to: YEAR_2026.end }],
      subtotal: 75_616,
      creditApplied: 0,
      // 75 616 × 1900 / 10 000 = 14 367.04 → 14 367
      tax: 14_367,
      amountDue: 89_983,
    },
    state: {
      status: 'canceled',
      priceId: PRICES.enterpriseAnnualEur.priceId,
      endedAt: '2026-10-01T00:00:00Z',
    },
    next: null,
  },
  {
    name: 'cancelling Enterprise now with the refund policy nets the fee against the unused time',
    subscription: activeSubscription(PRICES.enterpriseAnnualEur, YEAR_2026, { seats: 50 }),
    change: { type: 'cancel', timing: 'now' },
    now: '2026-10-01T00:00:00Z',
    currency: 'EUR',
    tax: TAX.deBusiness,
    policy: { creditUnusedTimeOnImmediateCancel: true },
    outcome: 'canceled',
    invoice: {
      lines: [
        { kind: 'cancellation_fee', amount: 75_616 },
        // 1 200 000 × 92 / 365 = 302 465.75 → 302 466
        { kind: 'unused_time', amount: -302_466 },
      ],
      // 75 616 − 302 466 = −226 850
      subtotal: -226_850,
      creditApplied: 0,
      tax: 0,
      amountDue: 0,
    },
    balanceAfter: 226_850,
    state: { status: 'canceled', priceId: PRICES.enterpriseAnnualEur.priceId },
    next: null,
  },

  // ── trials ─────────────────────────────────────────────────────────────────────────────────
  {
    name: 'switching plan mid-trial is free and keeps the trial end',
    subscription: basicTrial,
    change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 },
    now: '2026-02-08T00:00:00Z',
    currency: 'USD',
    outcome: 'trial_plan_switched',
    invoice: null,
    state: {
      status: 'trialing',
      priceId: PRICES.advancedMonthlyUsd.priceId,
      trialEnd: TRIAL.trialEnd,
      periodEnd: TRIAL.trialEnd,
    },
    next: { date: TRIAL.trialEnd, amountDue: 9900 },
  },
  {
    name: 'switching to annual mid-trial is free and bills the year at the trial end',
    subscription: basicTrial,
    change: { type: 'change_plan', priceId: PRICES.basicAnnualUsd.priceId, seats: 1 },
    now: '2026-02-08T00:00:00Z',
    currency: 'USD',
    outcome: 'trial_plan_switched',
    invoice: null,
    state: { status: 'trialing', priceId: PRICES.basicAnnualUsd.priceId, trialEnd: TRIAL.trialEnd },
    next: { date: TRIAL.trialEnd, amountDue: 29_000 },
  },
  {
    name: 'a seat change at the first second of a trial is free as well',
    subscription: basicTrial,
    change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 4 },
    now: TRIAL.start,
    currency: 'USD',
    outcome: 'trial_plan_switched',
    invoice: null,
    state: { status: 'trialing', priceId: PRICES.basicMonthlyUsd.priceId, seats: 4 },
    // 2900 + 1 × 500 = 3400
    next: { date: TRIAL.trialEnd, amountDue: 3400 },
  },
  {
    name: 'cancelling during the trial bills nothing',
    subscription: basicTrial,
    change: { type: 'cancel', timing: 'now' },
    now: '2026-02-08T00:00:00Z',
    currency: 'USD',
    outcome: 'canceled',
    invoice: null,
    state: {
      status: 'canceled',
      priceId: PRICES.basicMonthlyUsd.priceId,
      endedAt: '2026-02-08T00:00:00Z',
    },
    next: null,
  },
  {
    name: 'a trial can be set to end without converting',
    subscription: basicTrial,
    change: { type: 'cancel', timing: 'period_end' },
    now: '2026-02-08T00:00:00Z',
    currency: 'USD',
    outcome: 'cancel_scheduled',
    invoice: null,
    state: { status: 'trialing', priceId: PRICES.basicMonthlyUsd.priceId, cancelAtPeriodEnd: true },
    next: null,
  },
  {
    name: 'ending a trial early bills a full month from now and re-anchors on today',
    subscription: basicTrial,
    change: { type: 'end_trial_now' },
    now: '2026-02-08T09:00:00Z',
    currency: 'USD',
    outcome: 'trial_ended_early',
    invoice: {
      lines: [
        {
          kind: 'subscription',
          amount: 2900,
          from: '2026-02-08T09:00:00Z',
          to: '2026-03-08T09:00:00Z',
        },
      ],
      subtotal: 2900,
      creditApplied: 0,
      tax: 0,
      amountDue: 2900,
    },
    state: {
      status: 'active',
      priceId: PRICES.basicMonthlyUsd.priceId,
      anchor: '2026-02-08T09:00:00Z',
      trialEnd: '2026-02-08T09:00:00Z',
      periodEnd: '2026-03-08T09:00:00Z',
    },
    next: { date: '2026-03-08T09:00:00Z', amountDue: 2900 },
  },
];

function instantOrNull(iso: string | null): number | null {
  return iso == null ? null : at(iso);
}

describe('planSubscriptionChange (amounts worked out by hand)', () => {
  it('has at least 30 hand-worked cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name', (c) => {
    const balanceBefore = money(c.balance ?? 0, c.currency);
    const plan = planSubscriptionChange({
      subscription: c.subscription,
      prices: ALL_PRICES,
      creditBalance: balanceBefore,
      tax: c.tax ?? TAX.usIndividual,
      change: c.change,
      now: at(c.now),
      ...(c.policy ? { policy: c.policy } : {}),
    });

    expect(plan.outcome).toBe(c.outcome);

    if (c.invoice == null) {
      expect(plan.invoice).toBeNull();
    } else {
      const invoice = plan.invoice;
      if (invoice == null) throw new Error('expected an invoice');
      expect(invoice.currency).toBe(c.currency);
      expect(
        invoice.lines.map((line, index) => {
          const wanted = c.invoice?.lines[index];
          return {
            kind: line.kind,
            amount: line.amount.amount,
            currency: line.amount.currency,
            ...(wanted?.quantity != null ? { quantity: line.quantity } : {}),
            ...(wanted?.from != null ? { from: line.periodStart } : {}),
            ...(wanted?.to != null ? { to: line.periodEnd } : {}),
          };
        }),
      ).toEqual(
        c.invoice.lines.map((line) => ({
          kind: line.kind,
          amount: line.amount,
          currency: c.currency,
          ...(line.quantity != null ? { quantity: line.quantity } : {}),
          ...(line.from != null ? { from: at(line.from) } : {}),
          ...(line.to != null ? { to: at(line.to) } : {}),
        })),
      );
      expect({
        subtotal: invoice.subtotal.amount,
        creditApplied: invoice.creditApplied.amount,
        tax: invoice.tax.amount.amount,
        amountDue: invoice.amountDue.amount,
        reverseCharge: invoice.tax.reverseCharge,
      }).toEqual({
        subtotal: c.invoice.subtotal,
        creditApplied: c.invoice.creditApplied,
        tax: c.invoice.tax,
        amountDue: c.invoice.amountDue,
        reverseCharge: c.invoice.reverseCharge ?? false,
      });
      expect(invoice.tax.legalNote).toBe(c.invoice.reverseCharge ? REVERSE_CHARGE_NOTE : null);
      for (const line of invoice.lines) {
        expect(line.proration).toBe(line.kind === 'unused_time' || line.kind === 'remaining_time');
      }
    }

    expect(plan.creditBalance.after.amount).toBe(c.balanceAfter ?? balanceBefore.amount);

    const s = plan.subscription;
    const wanted = c.state;
    expect(s.status).toBe(wanted.status);
    expect(s.priceId).toBe(wanted.priceId);
    if (wanted.seats != null) expect(s.seats).toBe(wanted.seats);
    if (wanted.periodStart != null) expect(s.currentPeriodStart).toBe(at(wanted.periodStart));
    if (wanted.periodEnd != null) expect(s.currentPeriodEnd).toBe(at(wanted.periodEnd));
    if (wanted.anchor != null) expect(s.billingAnchor).toBe(at(wanted.anchor));
    if (wanted.trialEnd !== undefined) expect(s.trialEnd).toBe(instantOrNull(wanted.trialEnd));
    if (wanted.endedAt !== undefined) expect(s.endedAt).toBe(instantOrNull(wanted.endedAt));
    if (wanted.cancelAtPeriodEnd != null) {
      expect(s.cancelAtPeriodEnd).toBe(wanted.cancelAtPeriodEnd);
    }
    if (wanted.scheduled !== undefined) {
      expect(s.scheduledChange).toEqual(
        wanted.scheduled == null
          ? null
          : {
              planId: expect.any(String),
              priceId: wanted.scheduled.priceId,
              seats: wanted.scheduled.seats,
              effectiveAt: at(wanted.scheduled.effectiveAt),
            },
      );
    }

    if (c.next == null) {
      expect(plan.nextInvoice).toBeNull();
    } else {
      expect(plan.nextInvoice?.date).toBe(at(c.next.date));
      expect(plan.nextInvoice?.amountDue).toEqual(money(c.next.amountDue, c.currency));
    }

    // The plan is what the service stores and the preview shows: it must survive JSON unchanged.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

type Request = Partial<SubscriptionChangeInput> & Pick<SubscriptionChangeInput, 'change'>;

const toAdvanced: SubscriptionChange = {
  type: 'change_plan',
  priceId: PRICES.advancedMonthlyUsd.priceId,
  seats: 1,
};

/** Each request is made against Basic (monthly, USD, 1 seat) on Feb 15 unless it says otherwise. */
const REFUSALS: Array<[string, Request, BillingRuleErrorCode]> = [
  [
    'a second live subscription',
    { change: { type: 'start', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 1 } },
    'INVALID_TRANSITION',
  ],
  [
    'a change to a canceled subscription',
    { subscription: { ...basicFeb, status: 'canceled' }, change: toAdvanced },
    'INVALID_TRANSITION',
  ],
  [
    'a plan change while the first invoice is unpaid',
    { subscription: { ...basicFeb, status: 'incomplete' }, change: toAdvanced },
    'INVALID_TRANSITION',
  ],
  [
    'a plan change while the subscription is set to cancel',
    { subscription: { ...basicFeb, cancelAtPeriodEnd: true }, change: toAdvanced },
    'INVALID_TRANSITION',
  ],
  [
    'a change after the period ended, until renewal ran',
    { now: at(FEB_2026.end), change: toAdvanced },
    'RENEWAL_DUE',
  ],
  [
    'a price in another currency',
    { change: { type: 'change_plan', priceId: PRICES.advancedMonthlyEur.priceId, seats: 1 } },
    'CURRENCY_MISMATCH',
  ],
  [
    'a credit balance in another currency',
    { creditBalance: eur(100), change: toAdvanced },
    'CURRENCY_MISMATCH',
  ],
  [
    'more seats than a plan without extra seats includes',
    {
      subscription: null,
      change: { type: 'start', priceId: PRICES.freeMonthlyUsd.priceId, seats: 2 },
    },
    'SEAT_LIMIT',
  ],
  [
    'the plan and seats already running',
    { change: { type: 'change_plan', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1 } },
    'NO_CHANGE',
  ],
  [
    'reactivating a subscription not set to cancel',
    { change: { type: 'reactivate' } },
    'NO_CHANGE',
  ],
  ['undoing when nothing is scheduled', { change: { type: 'undo_scheduled_change' } }, 'NO_CHANGE'],
  [
    'ending a trial that is not running',
    { change: { type: 'end_trial_now' } },
    'INVALID_TRANSITION',
  ],
  [
    'cancelling an unpaid subscription at period end',
    {
      subscription: { ...basicFeb, status: 'incomplete' },
      change: { type: 'cancel', timing: 'period_end' },
    },
    'INVALID_TRANSITION',
  ],
  [
    'a price the caller did not provide',
    { change: { type: 'change_plan', priceId: 'price_unknown', seats: 1 } },
    'PRICE_NOT_FOUND',
  ],
];

describe('planSubscriptionChange refuses what the rules do not allow', () => {
  it.each(REFUSALS)('refuses %s', (_, request, code) => {
    const run = () =>
      planSubscriptionChange({
        subscription: basicFeb,
        prices: ALL_PRICES,
        creditBalance: usd(0),
        tax: TAX.usIndividual,
        now: at(FEB_15),
        ...request,
      });
    expect(run).toThrow(BillingRuleError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });
});

describe('preview and change are one computation', () => {
  it('returns the same plan every time it is given the same input', () => {
    const input: SubscriptionChangeInput = {
      subscription: basicFeb,
      prices: ALL_PRICES,
      creditBalance: usd(1200),
      tax: TAX.usIndividual,
      change: { type: 'change_plan', priceId: PRICES.advancedMonthlyUsd.priceId, seats: 7 },
      now: at('2026-02-20T08:00:00Z'),
    };
    const preview = planSubscriptionChange(input);
    expect(planSubscriptionChange(structuredClone(input))).toEqual(preview);
  });
});

describe('invoice line descriptions', () => {
  it('say what each line is for, in words an invoice reader understands', () => {
    const upgrade = planSubscriptionChange({
      subscription: { ...basicFeb, seats: 4 },
      prices: ALL_PRICES,
      creditBalance: usd(0),
      tax: TAX.usIndividual,
      change: { type: 'change_plan', priceId: PRICES.basicAnnualUsd.priceId, seats: 4 },
      now: at(FEB_15),
    });
    expect(upgrade.invoice?.lines.map((line) => [line.description, line.quantity])).toEqual([
      ['Unused time on Basic (monthly, 4 seats)', 1],
      ['Basic (annual)', 1],
      ['Basic (annual): seats beyond the 3 included', 1],
    ]);
    // When a prorated line starts is its period, shown beside it; the text carries no date.
    expect(upgrade.invoice?.lines[0]?.periodStart).toBe(at(FEB_15));

    const cancel = planSubscriptionChange({
      subscription: activeSubscription(PRICES.enterpriseAnnualEur, YEAR_2026, { seats: 50 }),
      prices: ALL_PRICES,
      creditBalance: eur(0),
      tax: TAX.deBusiness,
      change: { type: 'cancel', timing: 'now' },
      now: at('2026-10-01T00:00:00Z'),
    });
    expect(cancel.invoice?.lines[0]?.description).toBe(
      'Cancellation fee: 25% of the remaining contract on Enterprise (annual, 50 seats)',
    );
  });
});
