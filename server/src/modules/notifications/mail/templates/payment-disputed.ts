import { formatMinorUnits } from '../../../billing/rules/index.js';
import { html } from '../html.js';
import { paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailInstant } from './format.js';

export interface PaymentDisputedMailData {
  /** The account's name as it shows in the back office. */
  accountName: string;
  invoiceNumber: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  /** Stripe's reason code, e.g. `fraudulent`. */
  reason: string;
  /** Stripe's dispute id, to find it in Stripe's dashboard. */
  disputeId: string;
  disputedAt: Date;
}

/**
 * To each operator (OPERATOR_EMAILS): a cardholder disputed a card payment. Disputes have a
 * deadline for evidence, so this goes out at once rather than waiting for someone to look.
 */
export function paymentDisputedMail(data: PaymentDisputedMailData, brand: MailBrand): MailContent {
  const amount = formatMinorUnits(data.amount, data.currency);
  const when = formatMailInstant(data.disputedAt);
  const what = `The cardholder disputed ${amount} paid on invoice ${data.invoiceNumber} of ${data.accountName} (reason: ${data.reason}). Stripe told us on ${when}.`;
  const next = `Answer it in Stripe's dashboard (dispute ${data.disputeId}) before its evidence deadline. The payment is marked disputed in ${brand.sellerName}'s back office, and the account's audit log records it.`;
  return {
    subject: `Payment disputed: ${amount} on ${data.invoiceNumber}`,
    preheader: `${data.accountName} — ${data.reason}`,
    html: html`${paragraph(what)} ${paragraph(next)}`,
    text: `${what}

${next}`,
  };
}
