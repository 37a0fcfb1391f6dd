import type { ChipProps } from '@mui/material/Chip';
import { utcText } from '../../../components/dates';
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

/** "2026-12-06 01:00:05 UTC": to the second, as the server logs and Stripe's dashboard show it. */
export const formatEventTime = (iso: string) => utcText(iso);
