import { html } from '../html.js';
import { actionButton, paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailInstant } from './format.js';

export interface PaymentFailedMailData {
  accountName: string;
  invoiceNumber: string;
  /** Formatted, e.g. "€89.00". */
  amount: string;
  /** The card issuer's reason, e.g. "Your card was declined." */
  reason: string;
  /** What was tried, e.g. "Visa •••• 0341". */
  method: string;
  /** The next automatic attempt; null when none is planned. */
  nextAttemptAt: Date | null;
  /** Signed link to "update payment method" for this invoice. */
  fixUrl: string;
}

/** SPEC §4 dunning: a renewal charge failed; each failure tells the Billing Admins how to fix it. */
export function paymentFailedMail(data: PaymentFailedMailData, _brand: MailBrand): MailContent {
  const what = `We could not charge ${data.amount} for invoice ${data.invoiceNumber} of ${data.accountName} to ${data.method}: ${data.reason}`;
  const next =
    data.nextAttemptAt === null
      ? 'No further attempt is planned. Pay the invoice from the portal to keep your plan.'
      : `We will try again on ${formatMailInstant(data.nextAttemptAt)}. Adding a new card now charges it at once.`;
  return {
    subject: `Payment failed for invoice ${data.invoiceNumber}`,
    preheader: `${data.amount} could not be charged: ${data.reason}`,
    html: html`${paragraph(what)} ${paragraph(next)}
    ${actionButton('Update payment method', data.fixUrl)}`,
    text: `${what}

${next}

Update payment method:
${data.fixUrl}`,
  };
}

export interface PaymentReceiptMailData {
  accountName: string;
  invoiceNumber: string;
  amount: string;
  method: string;
  paidAt: Date;
  invoiceUrl: string;
}

/** SPEC §8: the receipt of a card payment that succeeded. */
export function paymentReceiptMail(data: PaymentReceiptMailData, brand: MailBrand): MailContent {
  const what = `We received ${data.amount} for invoice ${data.invoiceNumber} of ${data.accountName}, charged to ${data.method} on ${formatMailInstant(data.paidAt)}.`;
  return {
    subject: `Receipt: ${data.amount} paid for invoice ${data.invoiceNumber}`,
    preheader: `Thank you: invoice ${data.invoiceNumber} is paid.`,
    html: html`${paragraph(what)} ${paragraph(`Thank you for your payment to ${brand.sellerName}.`)}
    ${actionButton('View the invoice', data.invoiceUrl)}`,
    text: `${what}

Thank you for your payment to ${brand.sellerName}.

View the invoice:
${data.invoiceUrl}`,
  };
}
