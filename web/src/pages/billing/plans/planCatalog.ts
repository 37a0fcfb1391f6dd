import { catalogCurrencies } from '../../../components/currencies';
import { minorUnitsToDecimalString } from '../../../components/money';
import type {
  BillingInterval,
  TierCardFragment,
  PlansSubscriptionFragment,
} from '../../../graphql/generated';

export type TierPrice = TierCardFragment['prices'][number];

/** The subscription's currency while it runs (it cannot change); otherwise the first on sale. */
export function initialCurrency(
  plans: readonly TierCardFragment[],
  subscription: Pick<PlansSubscriptionFragment, 'currency'> | null,
  preferred: string | null = null,
): string {
  if (subscription) return subscription.currency;
  const onSale = catalogCurrencies(plans);
  // The currency chosen at onboarding, while the catalog still sells in it.
  if (preferred !== null && onSale.includes(preferred)) return preferred;
  return onSale[0] ?? 'USD';
}

export function priceOf(
  plan: Pick<TierCardFragment, 'prices'>,
  interval: BillingInterval,
  currency: string,
): TierPrice | null {
  return (
    plan.prices.find((price) => price.interval === interval && price.currency === currency) ?? null
  );
}

/**
 * What paying annually saves over twelve monthly payments, in minor units (integers, so exact);
 * null when the plan is not sold both ways in the currency or annual is not cheaper.
 */
export function annualSaving(
  plan: Pick<TierCardFragment, 'prices'>,
  currency: string,
): { amount: number; currency: string; formatted: string } | null {
  const monthly = priceOf(plan, 'MONTH', currency);
  const annual = priceOf(plan, 'YEAR', currency);
  if (!monthly || !annual) return null;
  const saving = monthly.amount.amount * 12 - annual.amount.amount;
  if (saving <= 0) return null;
  return {
    amount: saving,
    currency,
    formatted: `${minorUnitsToDecimalString(saving, currency)} ${currency}`,
  };
}

/** Canceled subscriptions stay visible (the most recent one) but no longer run. */
export function isLive(subscription: Pick<PlansSubscriptionFragment, 'status'> | null): boolean {
  return subscription != null && subscription.status !== 'CANCELED';
}

export type TierAction =
  /** Custom contract, set up by the vendor. */
  | { kind: 'contact' }
  /** This plan and interval already run. */
  | { kind: 'current' }
  /** No live subscription: choose this plan. */
  | { kind: 'start' }
  | { kind: 'change'; direction: 'upgrade' | 'downgrade' | 'switch' }
  /** Same plan, the other interval. */
  | { kind: 'interval'; interval: BillingInterval }
  /** Free needs no subscription: cancelling returns to it. */
  | { kind: 'cancel_to_free' }
  /** The plan is not sold for this interval and currency. */
  | { kind: 'not_sold' }
  /** Nothing can change until the subscription is sorted out (see `reason`). */
  | { kind: 'blocked'; reason: string };

const isFree = (plan: Pick<TierCardFragment, 'code'>) => plan.code === 'free';

/** Why a live subscription accepts no plan change right now, or null when it does. */
export function changeBlockedReason(
  subscription: Pick<PlansSubscriptionFragment, 'cancelAtPeriodEnd' | 'status'>,
): string | null {
  if (subscription.cancelAtPeriodEnd) {
    return 'Your subscription is set to end. Keep it first to change your plan.';
  }
  if (subscription.status === 'INCOMPLETE') {
    return 'Pay the first invoice (or cancel) before changing your plan.';
  }
  return null;
}

/**
 * What a tier's button offers, given the live subscription (or none) and the interval and currency
 * the comparison shows. The server decides whether the change is allowed; this only picks words.
 */
export function tierAction(
  plan: TierCardFragment,
  subscription: PlansSubscriptionFragment | null,
  interval: BillingInterval,
  currency: string,
): TierAction {
  if (plan.customPricing) return { kind: 'contact' };
  const live = subscription && isLive(subscription) ? subscription : null;
  if (isFree(plan)) return live ? { kind: 'cancel_to_free' } : { kind: 'current' };
  if (!priceOf(plan, interval, currency)) return { kind: 'not_sold' };
  if (!live) return { kind: 'start' };
  const samePlan = live.plan.id === plan.id;
  if (samePlan && live.interval === interval) return { kind: 'current' };
  const blocked = changeBlockedReason(live);
  if (blocked) return { kind: 'blocked', reason: blocked };
  if (samePlan) return { kind: 'interval', interval };
  if (plan.rank > live.plan.rank) return { kind: 'change', direction: 'upgrade' };
  if (plan.rank < live.plan.rank) return { kind: 'change', direction: 'downgrade' };
  return { kind: 'change', direction: 'switch' };
}

export const intervalWords: Record<BillingInterval, { adjective: string; unit: string }> = {
  MONTH: { adjective: 'monthly', unit: 'month' },
  YEAR: { adjective: 'annual', unit: 'year' },
};

/** Seats beyond the plan's included ones, which cost the per-seat price each. */
export function extraSeats(seats: number, includedSeats: number): number {
  return Math.max(0, seats - includedSeats);
}

const countFormat = new Intl.NumberFormat();

export function seatsText(seats: number): string {
  return seats === 1 ? '1 seat' : `${countFormat.format(seats)} seats`;
}

export function limitText(limit: number | null): string {
  return limit == null ? 'Unlimited' : countFormat.format(limit);
}

/** The seats field accepts whole numbers from 1 to the server's maximum. */
export const maxSeats = 10_000;

export function parseSeats(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const seats = Number(trimmed);
  return seats >= 1 && seats <= maxSeats ? seats : null;
}
