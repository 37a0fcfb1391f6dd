import type { BillingInterval, PlanCode } from './plan.entity.js';

/** The seeded catalog (docs/API.md "plans: the public catalog"). Amounts are integer minor units. */
export interface SeedPlan {
  code: PlanCode;
  name: string;
  description: string;
  rank: number;
  includedSeats: number;
  trialDays: number;
  customPricing: boolean;
  cancellationFeeBps: number;
  features: string[];
  limits: Record<string, number | null>;
  prices: {
    interval: BillingInterval;
    currency: 'USD' | 'EUR' | 'GBP';
    unitAmount: number;
    perSeatAmount: number | null;
  }[];
}

/** Monthly and annual (two months free) prices in three currencies. */
function prices(
  monthly: Record<'USD' | 'EUR' | 'GBP', number>,
  perSeatMonthly: Record<'USD' | 'EUR' | 'GBP', number>,
): SeedPlan['prices'] {
  return (['USD', 'EUR', 'GBP'] as const).flatMap((currency) => [
    {
      interval: 'MONTH' as const,
      currency,
      unitAmount: monthly[currency],
      perSeatAmount: perSeatMonthly[currency],
    },
    {
      interval: 'YEAR' as const,
      currency,
      unitAmount: monthly[currency] * 10,
      perSeatAmount: perSeatMonthly[currency] * 10,
    },
  ]);
}

export const seedPlans: SeedPlan[] = [
  {
    code: 'free',
    name: 'Free',
    description: 'For trying things out: one seat, invoices and a small API allowance.',
    rank: 0,
    includedSeats: 1,
    trialDays: 0,
    customPricing: false,
    cancellationFeeBps: 0,
    features: ['invoices'],
    limits: { api_requests_per_month: 1_000, api_tokens: 1 },
    prices: [],
  },
  {
    code: 'basic',
    name: 'Basic',
    description: 'For small teams: members with roles, and the partner API.',
    rank: 1,
    includedSeats: 3,
    trialDays: 14,
    customPricing: false,
    cancellationFeeBps: 0,
    features: ['invoices', 'card_payments', 'team_roles', 'partner_api'],
    limits: { api_requests_per_month: 50_000, api_tokens: 5 },
    prices: prices({ USD: 2900, EUR: 2700, GBP: 2400 }, { USD: 900, EUR: 800, GBP: 700 }),
  },
  {
    code: 'advanced',
    name: 'Advanced',
    description: 'For growing companies: audit log, enforced 2FA and priority support.',
    rank: 2,
    includedSeats: 10,
    trialDays: 14,
    customPricing: false,
    cancellationFeeBps: 0,
    features: [
      'invoices',
      'card_payments',
      'team_roles',
      'partner_api',
      'audit_log',
      'require_2fa',
      'priority_support',
    ],
    limits: { api_requests_per_month: 1_000_000, api_tokens: 25 },
    prices: prices({ USD: 9900, EUR: 8900, GBP: 7900 }, { USD: 1500, EUR: 1400, GBP: 1200 }),
  },
  {
    code: 'enterprise',
    name: 'Enterprise',
    description: 'Custom contract and price, invoiced with net-30 bank transfer.',
    rank: 3,
    includedSeats: 50,
    trialDays: 0,
    customPricing: true,
    // Immediate cancellation invoices 25% of the remaining contract value.
    cancellationFeeBps: 2500,
    features: [
      'invoices',
      'card_payments',
      'team_roles',
      'partner_api',
      'audit_log',
      'require_2fa',
      'priority_support',
      'bank_transfer',
      'custom_contract',
    ],
    limits: { api_requests_per_month: null, api_tokens: null },
    prices: [],
  },
];

/** Human wording of feature and limit keys, shown in the tier comparison. */
export const featureLabels: Record<string, string> = {
  invoices: 'Invoices, receipts and PDF downloads',
  card_payments: 'Card payments',
  team_roles: 'Team members with roles and permissions',
  partner_api: 'Partner API tokens',
  audit_log: 'Audit log',
  require_2fa: 'Enforce two-factor sign-in',
  priority_support: 'Priority support',
  bank_transfer: 'Net-30 bank transfer',
  custom_contract: 'Custom contract and pricing',
};

/**
 * Features a plan carries that this deployment may not deliver: `card_payments` needs Stripe
 * (`config.billing.cardPayments`, STRIPE_SECRET_KEY). Without it, plans keep the flag and the API
 * leaves it out of plans and entitlements; with it, it is listed like any other feature.
 */
export interface FeatureOffer {
  cardPayments: boolean;
}

/** A plan's features as the API shows them: those this deployment delivers, each with its words. */
export function offeredFeatures(
  features: readonly string[],
  offer: FeatureOffer,
): { key: string; label: string }[] {
  return features
    .filter((key) => key !== 'card_payments' || offer.cardPayments)
    .map((key) => ({ key, label: featureLabels[key] ?? key }));
}

export const limitLabels: Record<string, string> = {
  api_requests_per_month: 'API requests per month',
  api_tokens: 'API tokens',
};
