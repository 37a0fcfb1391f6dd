import type {
  CreditBalanceReason,
  InvoiceStatus,
  SubscriptionStatus,
} from '../../../graphql/generated';

/** Words and colours the back office's account pages use (dates: components/dates.ts). */

type ChipColor = 'default' | 'info' | 'success' | 'warning' | 'error';

export const subscriptionStatusChips: Record<
  SubscriptionStatus,
  { label: string; color: ChipColor }
> = {
  TRIALING: { label: 'Trial', color: 'info' },
  ACTIVE: { label: 'Active', color: 'success' },
  PAST_DUE: { label: 'Past due', color: 'warning' },
  CANCELED: { label: 'Canceled', color: 'default' },
  INCOMPLETE: { label: 'Incomplete', color: 'warning' },
};

export const invoiceStatusChips: Record<InvoiceStatus, { label: string; color: ChipColor }> = {
  OPEN: { label: 'Open', color: 'info' },
  PAID: { label: 'Paid', color: 'success' },
  VOID: { label: 'Void', color: 'default' },
  UNCOLLECTIBLE: { label: 'Uncollectible', color: 'error' },
};

export const creditReasonLabels: Record<CreditBalanceReason, string> = {
  PRORATION_CREDIT: 'Unused time credited',
  APPLIED_TO_INVOICE: 'Used on an invoice',
  CREDIT_RESTORED: 'Given back by a void',
  REFUND_TO_BALANCE: 'Refunded to the balance',
  OVERPAYMENT: 'Overpayment',
  OPERATOR_ADJUSTMENT: 'Adjusted by an operator',
};

/**
 * "12.50", "-12.5" or "1250" in the currency's major unit, as minor units by string arithmetic
 * (never a float); null when it is not such a number or has more decimals than the currency.
 */
export function decimalToMinorUnits(text: string, digits: number): number | null {
  const match = /^\s*(-?)(\d{1,12})(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign, major, minor = ''] = match;
  if (minor.length > digits) return null;
  const units = Number(`${major}${minor.padEnd(digits, '0')}`);
  return sign === '-' ? -units : units;
}

/** The list's filters, as the address bar keeps them. */
export type AccountListView = {
  search: string;
  planCode: string;
  status: SubscriptionStatus | '';
  pastDue: '' | 'yes' | 'no';
  suspended: '' | 'yes' | 'no';
};

const statuses = Object.keys(subscriptionStatusChips) as SubscriptionStatus[];

export function parseAccountListView(params: URLSearchParams): AccountListView {
  const yesNo = (value: string | null): '' | 'yes' | 'no' =>
    value === 'yes' || value === 'no' ? value : '';
  const status = params.get('status') ?? '';
  return {
    search: (params.get('q') ?? '').slice(0, 100),
    planCode: params.get('plan') ?? '',
    status: (statuses as string[]).includes(status) ? (status as SubscriptionStatus) : '',
    pastDue: yesNo(params.get('pastDue')),
    suspended: yesNo(params.get('suspended')),
  };
}

export function accountListParams(view: AccountListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.planCode) params.set('plan', view.planCode);
  if (view.status) params.set('status', view.status);
  if (view.pastDue) params.set('pastDue', view.pastDue);
  if (view.suspended) params.set('suspended', view.suspended);
  return params;
}

export const hasAccountFilters = (view: AccountListView) =>
  accountListParams(view).toString() !== '';

export function accountFilterOf(view: AccountListView) {
  const yesNo = (value: '' | 'yes' | 'no') => (value === '' ? null : value === 'yes');
  return {
    search: view.search || null,
    planCode: view.planCode || null,
    subscriptionStatus: view.status || null,
    pastDue: yesNo(view.pastDue),
    suspended: yesNo(view.suspended),
  };
}
