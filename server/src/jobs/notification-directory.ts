import type { Config } from '../config.js';
import { getBillingDetails, getAccount } from '../modules/accounts/index.js';
import { AppError } from '../errors.js';
import { issuedInvoicePdf } from '../modules/billing/index.js';
import { getPlan } from '../modules/catalog/index.js';
import { billingAdminEmails } from '../modules/members/index.js';
import type {
  MailAttachmentLoader,
  NotificationDirectory,
} from '../modules/notifications/index.js';
import { fixPaymentUrl } from '../modules/payments/index.js';

/**
 * What notifications need from the modules above it (it sits at the bottom of the layers): the
 * account's name, billing e-mail and alert choices (accounts), its Billing Admins (members), plan
 * names (catalog) and the signed fix-payment link (payments).
 */
export function notificationDirectory(
  config: Pick<Config, 'stripe' | 'publicUrl'>,
): NotificationDirectory {
  return {
    async audience(em, accountId) {
      let account;
      try {
        account = await getAccount(em, accountId);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
      const details = await getBillingDetails(em, accountId);
      return {
        accountName: account.name,
        billingEmail: details?.billingEmail ?? account.billingEmail,
        billingAdmins: await billingAdminEmails(em, accountId),
        alertTopics: account.alertTopics,
      };
    },
    async planName(em, planId) {
      try {
        return (await getPlan(em, planId)).name;
      } catch {
        return null;
      }
    },
    fixPaymentUrl: (invoiceId, at) =>
      config.stripe === null ? null : fixPaymentUrl(config, invoiceId, at),
  };
}

/** Attachments by reference, fetched when the mail is sent: an invoice's PDF from billing. */
export const mailAttachmentLoader: MailAttachmentLoader = (em, ref) => {
  switch (ref.kind) {
    case 'invoicePdf':
      return issuedInvoicePdf(em, ref.invoiceId);
  }
};
