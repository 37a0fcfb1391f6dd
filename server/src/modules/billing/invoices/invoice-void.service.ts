import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { AppError, badInput } from '../../../errors.js';
import { type Actor, recordAuditBy } from '../../audit/index.js';
import { enqueueOutboxMessage } from '../../notifications/index.js';
import { money, parseCurrency } from '../rules/index.js';
import { recordCreditBalanceEntry } from './credit-balance.service.js';
import { allocateDocumentNumber } from './invoice-numbering.js';
import { CreditNote, type Invoice, type InvoiceStatus } from './invoice.entity.js';
import { lockIssuedInvoice } from './invoice-query.service.js';

/** Voiding issued invoices, with a credit note for money already received. */

export interface VoidInvoiceResult {
  invoice: Invoice;
  creditNote: CreditNote | null;
}

function validReason(raw: string): string {
  const reason = raw.trim().replace(/\s+/g, ' ');
  if (reason.length === 0) throw badInput('reason', 'Say why the invoice is voided.');
  if (reason.length > 500) throw badInput('reason', 'Use at most 500 characters.');
  return reason;
}

/**
 * Operator: voids an open or paid invoice. An open one just stops being due; whatever it had taken
 * from the credit balance goes back. A paid (or partly paid) one also gets a credit note for the
 * money received, refunded to the account's credit balance. Void and uncollectible invoices are
 * final. (The credit a zero invoice added to the balance is kept: the change it documents stands.)
 */
export async function voidInvoice(
  em: EntityManager,
  input: { invoiceId: string; reason: string },
  actor: Actor,
  clock: Clock,
): Promise<VoidInvoiceResult> {
  const reason = validReason(input.reason);
  return em.transactional(async (tx) => {
    const invoice = await lockIssuedInvoice(tx, input.invoiceId);
    return voidLockedInvoice(tx, invoice, reason, clock.now(), actor);
  });
}

/**
 * A credit note (`CN-YYYY-MM-NNNNN`, its own gap-free sequence) for `amount` of a paid invoice the
 * caller has locked: money given back, to the credit balance (a void) or to the card (a refund).
 */
export async function issueCreditNote(
  tx: EntityManager,
  invoice: Invoice,
  amount: number,
  reason: string,
  now: Date,
): Promise<CreditNote> {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`A credit note needs an amount above zero, not ${amount}`);
  }
  return tx.create(CreditNote, {
    number: await allocateDocumentNumber(tx, 'CN', now),
    account: invoice.account,
    invoice,
    currency: invoice.currency,
    amount,
    reason,
    issuedAt: now,
  });
}

/**
 * Voids an open or paid invoice the caller has locked (see `voidInvoice`); also used by the
 * renewal job, with no acting person, when an unpaid first period expires.
 */
export async function voidLockedInvoice(
  tx: EntityManager,
  invoice: Invoice,
  reason: string,
  now: Date,
  actor: { userId: string | null; ip: string | null; requestId: string | null },
): Promise<VoidInvoiceResult> {
  const status: InvoiceStatus = invoice.status;
  if (status !== 'open' && status !== 'paid') {
    throw new AppError('CONFLICT', `Invoice ${invoice.number} is ${status} and cannot be voided.`);
  }
  const currency = parseCurrency(invoice.currency);
  const accountId = invoice.account.id;
  recordCreditBalanceEntry(tx, {
    accountId,
    amount: money(invoice.creditApplied, currency),
    reason: 'credit_restored',
    invoice,
    at: now,
  });
  let creditNote: CreditNote | null = null;
  if (invoice.amountPaid > 0) {
    creditNote = await issueCreditNote(tx, invoice, invoice.amountPaid, reason, now);
    recordCreditBalanceEntry(tx, {
      accountId,
      amount: money(invoice.amountPaid, currency),
      reason: 'refund_to_balance',
      invoice,
      creditNote,
      at: now,
    });
  }
  invoice.status = 'void';
  invoice.voidedAt = now;
  invoice.voidReason = reason;
  invoice.amountDue = 0;
  invoice.nextPaymentAttemptAt = null;
  recordAuditBy(tx, actor, {
    action: 'invoice.void',
    occurredAt: now,
    accountId,
    target: invoice.id,
    summary: {
      number: invoice.number,
      previousStatus: status,
      reason,
      creditNote: creditNote?.number ?? null,
      refundedToBalance: creditNote?.amount ?? 0,
      creditRestored: invoice.creditApplied,
    },
  });
  enqueueOutboxMessage(tx, {
    topic: 'invoice.voided',
    accountId,
    payload: {
      invoiceId: invoice.id,
      number: invoice.number,
      creditNoteId: creditNote?.id ?? null,
    },
    at: now,
  });
  return { invoice, creditNote };
}
