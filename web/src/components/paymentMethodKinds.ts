import type { PaymentMethodKind } from '../graphql/generated';

/** Words for the ways of paying (the schema's `PaymentMethodKind`). */
export const paymentMethodKindLabels: Record<PaymentMethodKind, string> = {
  CARD: 'Card',
  BANK_TRANSFER: 'Bank transfer',
};
