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
  /** Which failed attempt this is (1 for the first); absent: not said. */
  attempt?: number;
  /**
   * The last dunning step's action once every retry failed: the subscription was cancelled, the
   * account suspended, or the invoice written off. Absent or null while retries remain.
   */
  finalAction?: 'subscription_canceled' | 'account_suspended' | 'invoice_uncollectible' | null;
}

const finalWords = {
  subscription_canceled: 'Every retry failed, so the subscription was cancelled.',
  account_suspended:
    'Every retry failed, so the account is suspended until the invoice is paid. Pay it from the portal to lift the suspension.',
  invoice_uncollectible:
    'Every retry failed. The invoice stays due: pay it from the portal to settle it.',
} as const;

/** SPEC §4 dunning: a renewal charge failed; each failure tells the Billing Admins how to fix it. */
export function paymentFailedMail(data: PaymentFailedMailData, _brand: MailBrand): MailContent {
  const attempt = data.attempt === undefined ? '' : ` (attempt ${data.attempt})`;
  const what = `We could not charge ${data.amount} for invoice ${data.invoiceNumber} of ${data.accountName} to ${data.method}${attempt}: ${data.reason}`;
  const next =
    data.finalAction != null
      ? finalWords[data.finalAction]
      : data.nextAttemptAt === null
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
