import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, getBillingDetails } from '../accounts/index.js';
import type { Invoice } from '../billing/index.js';
import { formatMinorUnits } from '../billing/rules/index.js';
import { enqueueMail, type MailSettings } from '../notifications/index.js';
import { User } from '../users/index.js';
import type { BankTransferNotice } from './bank-transfer-notice.entity.js';

export type BankTransferDecision =
  { kind: 'approved'; received: number } | { kind: 'rejected'; reason: string };

/**
 * Who hears about an announced transfer's outcome: the member who announced it, and the account's
 * billing e-mail (the billing details', else the account's), once each.
 */
export async function bankTransferMailRecipients(
  tx: EntityManager,
  notice: BankTransferNotice,
): Promise<string[]> {
  const accountId = notice.account.id;
  const submitter = await tx.findOne(User, { id: notice.submittedBy }, { fields: ['email'] });
  const account = await tx.findOneOrFail(Account, { id: accountId }, { fields: ['billingEmail'] });
  const billingEmail =
    (await getBillingDetails(tx, accountId))?.billingEmail ?? account.billingEmail;
  const addresses = [submitter?.email ?? null, billingEmail].filter(
    (address): address is string => address !== null && address.trim().length > 0,
  );
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = address.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The e-mail of an operator's decision on an announced bank transfer (approved: received, and
 * what is still due; rejected: the reason), queued in the decision's transaction so it is sent
 * exactly when the decision commits. Returns the addresses it went to.
 */
export async function enqueueBankTransferDecisionMail(
  tx: EntityManager,
  config: MailSettings,
  notice: BankTransferNotice,
  invoice: Invoice,
  decision: BankTransferDecision,
  now: Date,
): Promise<string[]> {
  const accountId = notice.account.id;
  const account = await tx.findOneOrFail(Account, { id: accountId }, { fields: ['name'] });
  const recipients = await bankTransferMailRecipients(tx, notice);
  const common = {
    accountName: account.name,
    invoiceNumber: invoice.number ?? invoice.id,
    amount: formatMinorUnits(notice.amount, notice.currency),
    reference: notice.reference,
    sentAt: notice.sentAt,
    invoiceUrl: new URL(`/billing/invoices/${invoice.id}`, config.publicUrl).toString(),
  };
  for (const to of recipients) {
    if (decision.kind === 'approved') {
      enqueueMail(tx, config, {
        to,
        template: 'bankTransferApproved',
        data: {
          ...common,
          received: formatMinorUnits(decision.received, notice.currency),
          stillDue:
            invoice.amountDue > 0 ? formatMinorUnits(invoice.amountDue, invoice.currency) : null,
        },
        accountId,
        at: now,
      });
    } else {
      enqueueMail(tx, config, {
        to,
        template: 'bankTransferRejected',
        data: { ...common, reason: decision.reason },
        accountId,
        at: now,
      });
    }
  }
  return recipients;
}
