import type { BillingInterval, PlansTeaserCardFragment } from '../../graphql/generated';

type PlanPrice = PlansTeaserCardFragment['prices'][number];

export type DisplayPrice =
  | { kind: 'custom' }
  | { kind: 'free' }
  | { kind: 'price'; price: PlanPrice; interval: BillingInterval };

/**
 * The comparison shows one price a plan, in the account's currency: its subscription's, else the
 * one chosen at onboarding, else the one the server shows the account's amounts in (amount due),
 * so the Overview never mixes currencies. USD where a plan is not sold in it.
 */
export function overviewCurrency(
  subscriptionCurrency: string | null | undefined,
  preferredCurrency: string | null | undefined,
  amountsCurrency: string,
): string {
  return subscriptionCurrency ?? preferredCurrency ?? amountsCurrency;
}

function pick(prices: readonly PlanPrice[], currency: string): PlanPrice | undefined {
  return (
    prices.find((price) => price.currency === currency) ??
    prices.find((price) => price.currency === 'USD') ??
    prices[0]
  );
}

/** The price to show for a plan in the comparison: monthly when there is one, else annual. */
export function displayPrice(plan: PlansTeaserCardFragment, currency = 'USD'): DisplayPrice {
  if (plan.customPricing) return { kind: 'custom' };
  const monthly = pick(
    plan.prices.filter((price) => price.interval === 'MONTH'),
    currency,
  );
  const chosen =
    monthly ??
    pick(
      plan.prices.filter((price) => price.interval === 'YEAR'),
      currency,
    );
  if (!chosen || chosen.amount.amount === 0) return { kind: 'free' };
  return { kind: 'price', price: chosen, interval: chosen.interval };
}
