import { html } from '../html.js';
import { actionButton, paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailDay } from './format.js';

export interface BankTransferDecisionMailData {
  accountName: string;
  invoiceNumber: string;
  /** Formatted, e.g. "€89.00": what the customer announced. */
  amount: string;
  /** The reference they quoted. */
  reference: string;
  /** When they said they sent it. */
  sentAt: Date;
  invoiceUrl: string;
}

/** The customer's announced transfer arrived and paid (part of) the invoice. */
export function bankTransferApprovedMail(
  data: BankTransferDecisionMailData & {
    /** Formatted: what was recorded as received. */
    received: string;
    /** Formatted: still due after it; "nothing" spelled out by the caller's zero. */
    stillDue: string | null;
  },
  brand: MailBrand,
): MailContent {
  const what = `Your bank transfer of ${data.received} for invoice ${data.invoiceNumber} of ${data.accountName} (reference ${data.reference}, sent ${formatMailDay(data.sentAt)}) has arrived.`;
  const status =
    data.stillDue === null
      ? 'The invoice is paid. Thank you.'
      : `${data.stillDue} is still due on the invoice.`;
  return {
    subject: `Bank transfer received for invoice ${data.invoiceNumber}`,
    preheader: status,
    html: html`${paragraph(what)} ${paragraph(status)}
    ${paragraph(`Thank you for your payment to ${brand.sellerName}.`)}
    ${actionButton('View the invoice', data.invoiceUrl)}`,
    text: `${what}

${status}

Thank you for your payment to ${brand.sellerName}.

View the invoice:
${data.invoiceUrl}`,
  };
}

/** The announced transfer could not be matched: the operator's reason, and what to do next. */
export function bankTransferRejectedMail(
  data: BankTransferDecisionMailData & { reason: string },
  _brand: MailBrand,
): MailContent {
  const what = `We could not confirm the bank transfer of ${data.amount} you told us about for invoice ${data.invoiceNumber} of ${data.accountName} (reference ${data.reference}, sent ${formatMailDay(data.sentAt)}).`;
  const why = `Reason: ${data.reason}`;
  const next =
    'The invoice is still open. Check the transfer with your bank, then tell us again from the invoice page, or reply to this e-mail.';
  return {
    subject: `Bank transfer not confirmed for invoice ${data.invoiceNumber}`,
    preheader: why,
    html: html`${paragraph(what)} ${paragraph(why)} ${paragraph(next)}
    ${actionButton('Open the invoice', data.invoiceUrl)}`,
    text: `${what}

${why}

${next}

Open the invoice:
${data.invoiceUrl}`,
  };
}
