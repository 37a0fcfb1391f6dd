import type { InvoiceStatus, PaymentMethodKind, PaymentStatus } from '../../../graphql/generated';

/** Words and colours for invoices (their dates: components/dates.ts). */

export type ChipColor = 'default' | 'info' | 'success' | 'warning' | 'error';

export const invoiceStatusChips: Record<InvoiceStatus, { label: string; color: ChipColor }> = {
  OPEN: { label: 'Open', color: 'info' },
  PAID: { label: 'Paid', color: 'success' },
  VOID: { label: 'Void', color: 'default' },
  UNCOLLECTIBLE: { label: 'Uncollectible', color: 'error' },
};

export const invoiceStatusLabel = (status: InvoiceStatus): string =>
  invoiceStatusChips[status]?.label ?? status;

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
  REQUIRES_ACTION: { label: 'Waiting for authentication', color: 'warning' },
  FAILED: { label: 'Failed', color: 'error' },
};
