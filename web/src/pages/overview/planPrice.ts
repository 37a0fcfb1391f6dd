import type { BillingInterval, PlansTeaserCardFragment } from '../../graphql/generated';

type PlanPrice = PlansTeaserCardFragment['prices'][number];

export type DisplayPrice =
  | { kind: 'custom' }
  | { kind: 'free' }
  | { kind: 'price'; price: PlanPrice; interval: BillingInterval };

/** The comparison shows one price a plan; USD when a plan is sold in several currencies. */
const preferredCurrency = 'USD';

function pick(prices: readonly PlanPrice[]): PlanPrice | undefined {
  return prices.find((price) => price.currency === preferredCurrency) ?? prices[0];
}

/** The price to show for a plan in the comparison: monthly when there is one, else annual. */
export function displayPrice(plan: PlansTeaserCardFragment): DisplayPrice {
  if (plan.customPricing) return { kind: 'custom' };
  const monthly = pick(plan.prices.filter((price) => price.interval === 'MONTH'));
  const chosen = monthly ?? pick(plan.prices.filter((price) => price.interval === 'YEAR'));
  if (!chosen || chosen.amount.amount === 0) return { kind: 'free' };
  return { kind: 'price', price: chosen, interval: chosen.interval };
}
