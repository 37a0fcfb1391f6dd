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
