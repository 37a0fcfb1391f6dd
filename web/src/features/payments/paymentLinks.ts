/** Where a failed payment is fixed: the Payment methods page, opening "add a card" for it. */
export function fixPaymentPath(invoiceId: string): string {
  return `/billing/payment-methods?invoice=${encodeURIComponent(invoiceId)}`;
}

/** The invoice page, where "Pay now" charges the default card. */
export function payInvoicePath(invoiceId: string): string {
  return `/billing/invoices/${encodeURIComponent(invoiceId)}`;
}
