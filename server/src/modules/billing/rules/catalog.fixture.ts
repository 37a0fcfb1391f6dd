/**
 * Test fixtures shared by the rules' tests: a small catalog, tax contexts and state builders. Only
 * data and constructors live here; no expected amount is ever computed from the code under test.
 */
import { type Currency, type Money, money } from './money.js';
import { type Instant, instantFromDate } from './periods.js';
import type { PlanPrice } from './plan-price.js';
import type { SubscriptionState } from './subscription-state.js';
import type { TaxContext } from './tax.js';

/** `at('2026-02-15T00:00:00Z')`: an ISO instant in whole seconds. */
export function at(iso: string): Instant {
  return instantFromDate(new Date(iso));
}

export const usd = (amount: number): Money => money(amount, 'USD');
export const eur = (amount: number): Money => money(amount, 'EUR');
export const gbp = (amount: number): Money => money(amount, 'GBP');
export const jpy = (amount: number): Money => money(amount, 'JPY');

function tiers(
  currency: Currency,
  amounts: { basic: number; advanced: number; seatBasic: number; seatAdvanced: number },
  interval: 'month' | 'year',
): { basic: PlanPrice; advanced: PlanPrice } {
  const suffix = `${interval}_${currency.toLowerCase()}`;
  return {
    basic: {
      priceId: `price_basic_${suffix}`,
      planId: 'plan_basic',
      planName: 'Basic',
      interval,
      unitAmount: money(amounts.basic, currency),
      includedSeats: 3,
      extraSeatAmount: money(amounts.seatBasic, currency),
      trialDays: 14,
      cancellationFeeBps: 0,
    },
    advanced: {
      priceId: `price_advanced_${suffix}`,
      planId: 'plan_advanced',
      planName: 'Advanced',
      interval,
      unitAmount: money(amounts.advanced, currency),
      includedSeats: 5,
      extraSeatAmount: money(amounts.seatAdvanced, currency),
      trialDays: 14,
      cancellationFeeBps: 0,
    },
  };
}

const monthlyUsd = tiers(
  'USD',
  { basic: 2900, advanced: 9900, seatBasic: 500, seatAdvanced: 800 },
  'month',
);
const annualUsd = tiers(
  'USD',
  { basic: 29000, advanced: 99000, seatBasic: 5000, seatAdvanced: 8000 },
  'year',
);
const monthlyEur = tiers(
  'EUR',
  { basic: 2900, advanced: 9900, seatBasic: 500, seatAdvanced: 800 },
  'month',
);
const monthlyGbp = tiers(
  'GBP',
  { basic: 2500, advanced: 8500, seatBasic: 400, seatAdvanced: 700 },
  'month',
);
// Odd yen prices: half a period of them ends in .5, which shows half-even rounding.
const monthlyJpy = tiers(
  'JPY',
  { basic: 4997, advanced: 9999, seatBasic: 500, seatAdvanced: 800 },
  'month',
);

export const PRICES = {
  basicMonthlyUsd: monthlyUsd.basic,
  advancedMonthlyUsd: monthlyUsd.advanced,
  basicAnnualUsd: annualUsd.basic,
  advancedAnnualUsd: annualUsd.advanced,
  basicMonthlyEur: monthlyEur.basic,
  advancedMonthlyEur: monthlyEur.advanced,
  basicMonthlyGbp: monthlyGbp.basic,
  advancedMonthlyGbp: monthlyGbp.advanced,
  basicMonthlyJpy: monthlyJpy.basic,
  advancedMonthlyJpy: monthlyJpy.advanced,
  freeMonthlyUsd: {
    priceId: 'price_free_month_usd',
    planId: 'plan_free',
    planName: 'Free',
    interval: 'month',
    unitAmount: usd(0),
    includedSeats: 1,
    extraSeatAmount: null,
    trialDays: 0,
    cancellationFeeBps: 0,
  },
  enterpriseAnnualEur: {
    priceId: 'price_enterprise_acme_year_eur',
    planId: 'plan_enterprise',
    planName: 'Enterprise',
    interval: 'year',
    unitAmount: eur(1_200_000),
    includedSeats: 50,
    extraSeatAmount: eur(20_000),
    trialDays: 0,
    cancellationFeeBps: 2500,
  },
} as const satisfies Record<string, PlanPrice>;

export const ALL_PRICES: readonly PlanPrice[] = Object.values(PRICES);

export const SELLER_COUNTRY = 'DE';

export const TAX = {
  usIndividual: {
    sellerCountry: SELLER_COUNTRY,
    buyerCountry: 'US',
    buyerType: 'individual',
    buyerVatId: null,
  },
  deIndividual: {
    sellerCountry: SELLER_COUNTRY,
    buyerCountry: 'DE',
    buyerType: 'individual',
    buyerVatId: null,
  },
  deBusiness: {
    sellerCountry: SELLER_COUNTRY,
    buyerCountry: 'DE',
    buyerType: 'business',
    buyerVatId: 'DE123456789',
  },
  frBusiness: {
    sellerCountry: SELLER_COUNTRY,
    buyerCountry: 'FR',
    buyerType: 'business',
    buyerVatId: 'FR40 303 265 045',
  },
  gbIndividual: {
    sellerCountry: SELLER_COUNTRY,
    buyerCountry: 'GB',
    buyerType: 'individual',
    buyerVatId: null,
  },
} as const satisfies Record<string, TaxContext>;

/** A paid subscription in its period [start, end); the anchor defaults to the period start. */
export function activeSubscription(
  price: PlanPrice,
  period: { start: string; end: string; anchor?: string },
  overrides: Partial<SubscriptionState> = {},
): SubscriptionState {
  return {
    status: 'active',
    planId: price.planId,
    priceId: price.priceId,
    seats: 1,
    billingAnchor: at(period.anchor ?? period.start),
    currentPeriodStart: at(period.start),
    currentPeriodEnd: at(period.end),
    trialEnd: null,
    cancelAtPeriodEnd: false,
    canceledAt: null,
    endedAt: null,
    scheduledChange: null,
    ...overrides,
  };
}

/** A trial from `start` to `trialEnd`; the first paid period will be anchored on the trial end. */
export function trialingSubscription(
  price: PlanPrice,
  trial: { start: string; trialEnd: string },
  overrides: Partial<SubscriptionState> = {},
): SubscriptionState {
  return activeSubscription(
    price,
    { start: trial.start, end: trial.trialEnd, anchor: trial.trialEnd },
    { status: 'trialing', trialEnd: at(trial.trialEnd), ...overrides },
  );
}
