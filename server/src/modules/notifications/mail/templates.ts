import type { MailBrand, MailContent } from './layout.js';
import {
  accountSuspensionMail,
  invoiceIssuedMail,
  planChangedMail,
  trialEndingMail,
} from './templates/account-events.js';
import { bankTransferApprovedMail, bankTransferRejectedMail } from './templates/bank-transfers.js';
import { inviteMail } from './templates/invite.js';
import { paymentDisputedMail } from './templates/payment-disputed.js';
import { paymentFailedMail, paymentReceiptMail } from './templates/payments.js';
import { twoFactorResetMail } from './templates/two-factor-reset.js';

/**
 * Every mail Ledgerline sends, by template name. A new notification (invoice issued, payment
 * failed, trial ending …) is one function `(data, brand) => MailContent` in `templates/` and one
 * line here; `enqueueMail` then accepts its name with exactly that data.
 */
export const mailTemplates = {
  invite: inviteMail,
  twoFactorReset: twoFactorResetMail,
  paymentDisputed: paymentDisputedMail,
  paymentFailed: paymentFailedMail,
  paymentReceipt: paymentReceiptMail,
  invoiceIssued: invoiceIssuedMail,
  trialEnding: trialEndingMail,
  planChanged: planChangedMail,
  bankTransferApproved: bankTransferApprovedMail,
  bankTransferRejected: bankTransferRejectedMail,
  accountSuspension: accountSuspensionMail,
} satisfies Record<string, (data: never, brand: MailBrand) => MailContent>;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<N extends MailTemplateName> = Parameters<(typeof mailTemplates)[N]>[0];
