import type {
  PreviewSummaryFragment,
  TierCardFragment,
  PlansSubscriptionFragment,
} from '../../../graphql/generated';

/** Test data shaped like the seeded catalog (docs/API.md "Subscriptions"): amounts in minor units. */
export function money(amount: number, currency = 'EUR') {
  return { __typename: 'Money' as const, amount, currency, formatted: `${amount} ${currency}` };
}

function prices(code: string, monthly: number, perSeat: number) {
  return (['MONTH', 'YEAR'] as const).map((interval) => ({
    __typename: 'PlanPrice' as const,
    id: `prc_${code}_${interval}`,
    interval,
    currency: 'EUR',
    amount: money(interval === 'MONTH' ? monthly : monthly * 10),
    perSeatAmount: money(interval === 'MONTH' ? perSeat : perSeat * 10),
  }));
}

const feature = (key: string, label: string) => ({
  __typename: 'PlanFeature' as const,
  key,
  label,
});
const limits = (requests: number | null, tokens: number | null) => [
  {
    __typename: 'PlanLimit' as const,
    key: 'api_requests_per_month',
    label: 'API requests per month',
    limit: requests,
  },
  { __typename: 'PlanLimit' as const, key: 'api_tokens', label: 'API tokens', limit: tokens },
];

export const free: TierCardFragment = {
  __typename: 'Plan',
  id: 'pln_free',
  code: 'free',
  name: 'Free',
  description: 'For trying things out.',
  rank: 0,
  includedSeats: 1,
  trialDays: 0,
  customPricing: false,
  prices: [],
  features: [feature('invoices', 'Invoices, receipts and PDF downloads')],
  limits: limits(1000, 1),
};

export const basic: TierCardFragment = {
  ...free,
  id: 'pln_basic',
  code: 'basic',
  name: 'Basic',
  description: 'For small teams.',
  rank: 1,
  includedSeats: 3,
  trialDays: 14,
  prices: prices('basic', 2700, 800),
  features: [...free.features, feature('partner_api', 'Partner API tokens')],
  limits: limits(50_000, 5),
};

export const advanced: TierCardFragment = {
  ...basic,
  id: 'pln_advanced',
  code: 'advanced',
  name: 'Advanced',
  description: 'For growing companies.',
  rank: 2,
  includedSeats: 10,
  prices: prices('advanced', 8900, 1400),
  features: [...basic.features, feature('audit_log', 'Audit log')],
  limits: limits(1_000_000, 25),
};

export const enterprise: TierCardFragment = {
  ...advanced,
  id: 'pln_enterprise',
  code: 'enterprise',
  name: 'Enterprise',
  description: 'Custom contract and price.',
  rank: 3,
  includedSeats: 50,
  trialDays: 0,
  customPricing: true,
  prices: [],
  limits: limits(null, null),
};

export const catalog = [free, basic, advanced, enterprise];

export function subscriptionOn(
  plan: TierCardFragment,
  fields: Partial<PlansSubscriptionFragment> = {},
): PlansSubscriptionFragment {
  const price = plan.prices.find((p) => p.interval === (fields.interval ?? 'MONTH'))!;
  return {
    __typename: 'Subscription',
    id: 'sub_1',
    status: 'ACTIVE',
    currency: 'EUR',
    interval: 'MONTH',
    seats: 3,
    currentPeriodEnd: '2027-01-12T12:00:00.000Z',
    trialEnd: null,
    cancelAtPeriodEnd: false,
    endedAt: null,
    plan: {
      __typename: 'Plan',
      id: plan.id,
      code: plan.code,
      name: plan.name,
      rank: plan.rank,
      includedSeats: plan.includedSeats,
    },
    price,
    scheduledChange: null,
    upcomingInvoice: {
      __typename: 'UpcomingInvoice',
      date: '2027-01-12T12:00:00.000Z',
      amountDue: money(price.amount.amount),
    },
    ...fields,
  };
}

export function preview(fields: Partial<PreviewSummaryFragment> = {}): PreviewSummaryFragment {
  return {
    __typename: 'SubscriptionChangePreview',
    outcome: 'UPGRADED',
    appliesAt: 'NOW',
    effectiveAt: '2026-12-12T12:00:00.000Z',
    amountDueToday: money(0),
    lines: [],
    subtotal: money(0),
    creditApplied: money(0),
    tax: money(0),
    taxLabel: 'VAT 19%',
    creditAdded: money(0),
    creditBalanceAfter: money(0),
    nextInvoiceDate: '2027-01-12T12:00:00.000Z',
    nextInvoiceAmount: money(10591),
    plan: { __typename: 'Plan', id: advanced.id, code: advanced.code, name: advanced.name },
    interval: 'MONTH',
    seats: 3,
    currency: 'EUR',
    status: 'ACTIVE',
    cancelAtPeriodEnd: false,
    collectionMethod: null,
    dueAt: null,
    chargedTo: null,
    seatsTaken: 2,
    seatLimit: 10,
    ...fields,
  };
}

export function line(
  kind: PreviewSummaryFragment['lines'][number]['kind'],
  description: string,
  amount: number,
): PreviewSummaryFragment['lines'][number] {
  return {
    __typename: 'InvoiceLine',
    kind,
    description,
    quantity: 1,
    proration: kind === 'UNUSED_TIME' || kind === 'REMAINING_TIME',
    periodStart: '2026-12-12T12:00:00.000Z',
    periodEnd: '2027-01-12T12:00:00.000Z',
    amount: money(amount),
  };
}
