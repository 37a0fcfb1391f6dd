import type { ChipProps } from '@mui/material/Chip';
import type { StripeEventStatus } from '../../../graphql/generated';

export const stripeEventStatusLabels: Record<StripeEventStatus, string> = {
  PENDING: 'Waiting',
  PROCESSING: 'Processing',
  PROCESSED: 'Processed',
  FAILED: 'Failed',
};

export const stripeEventStatusColors: Record<StripeEventStatus, ChipProps['color']> = {
  PENDING: 'warning',
  PROCESSING: 'info',
  PROCESSED: 'success',
  FAILED: 'error',
};

/** The filter choices, failed first: those are the ones waiting for an operator. */
export const stripeEventFilters = [
  { value: 'FAILED', label: 'Failed' },
  { value: 'PENDING', label: 'Waiting' },
  { value: 'PROCESSED', label: 'Processed' },
  { value: 'ALL', label: 'All' },
] as const satisfies readonly { value: StripeEventStatus | 'ALL'; label: string }[];
export type StripeEventFilter = (typeof stripeEventFilters)[number]['value'];

export function parseStripeEventFilter(raw: string | null): StripeEventFilter {
  return stripeEventFilters.find((filter) => filter.value === raw)?.value ?? 'FAILED';
}

/** An operator may send a failed event, or one waiting out its back-off, through again. */
export const canRetry = (status: StripeEventStatus) => status === 'FAILED' || status === 'PENDING';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

/** In UTC, like Stripe's dashboard and the server logs events are compared with. */
export const formatEventTime = (iso: string) => `${timeFormat.format(new Date(iso))} UTC`;
