import type { InvoiceStatus, PaymentMethodKind, PaymentStatus } from '../../../graphql/generated';

/**
 * Words and colours for invoices. Dates are UTC calendar days, as on the invoice PDF, so the page
 * and the document a customer files always agree.
 */

export type ChipColor = 'default' | 'info' | 'success' | 'warning' | 'error';

export const invoiceStatusChips: Record<InvoiceStatus, { label: string; color: ChipColor }> = {
  OPEN: { label: 'Open', color: 'info' },
  PAID: { label: 'Paid', color: 'success' },
  VOID: { label: 'Void', color: 'default' },
  UNCOLLECTIBLE: { label: 'Uncollectible', color: 'error' },
};

export const invoiceStatusLabel = (status: InvoiceStatus): string =>
  invoiceStatusChips[status]?.label ?? status;

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "Mar 1, 2026" (in the reader's language), the UTC day of an instant. */
export function invoiceDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "Mar 1 – 31, 2026"; a dash when the invoice covers no period. */
export function periodText(start: string | null, end: string | null): string {
  if (!start || !end) return '—';
  return dayFormat.formatRange(new Date(start), new Date(end));
}

/** Basis points as a percentage without float arithmetic: 1900 → "19%", 2550 → "25.5%". */
export function percentFromBps(bps: number): string {
  const sign = bps < 0 ? '-' : '';
  const magnitude = Math.abs(bps);
  const whole = Math.trunc(magnitude / 100);
  const fraction = String(magnitude % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}%`;
}

export function taxLabel(rateBps: number, reverseCharge: boolean): string {
  return reverseCharge ? 'Tax (reverse charge)' : `Tax (${percentFromBps(rateBps)})`;
}

export const paymentMethodLabels: Record<PaymentMethodKind, string> = {
  BANK_TRANSFER: 'Bank transfer',
  CARD: 'Card',
};

export const paymentStatusChips: Record<PaymentStatus, { label: string; color: ChipColor }> = {
  SUCCEEDED: { label: 'Received', color: 'success' },
  PENDING: { label: 'Pending', color: 'warning' },
  REQUIRES_ACTION: { label: 'Awaiting authentication', color: 'warning' },
  FAILED: { label: 'Failed', color: 'error' },
};
