import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { decodeTimeCursor, encodeTimeCursor } from '../../graphql/connection.js';
import { performOrReplay } from '../../db/idempotency.js';
import { lockRow } from '../../db/row-lock.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { Invoice, lockIssuedInvoice } from '../billing/index.js';
import { parseCurrency } from '../billing/rules/index.js';
import { type MailSettings, notifyBankTransferDecision } from '../notifications/index.js';
import { enqueueBankTransferDecisionMail } from './bank-transfer-mail.js';
import { BankTransferNotice, type NoticeStatus } from './bank-transfer-notice.entity.js';
import { recordTransferIn, validateTransfer } from './bank-transfer.service.js';
import { Payment } from './payment.entity.js';
import { User } from '../users/index.js';

/**
 * Announced bank transfers (docs/API.md "Bank transfers"): a customer says they paid an invoice
 * by transfer; an operator approves (the transfer is recorded through `recordTransferIn`, the
 * same path as `recordBankTransfer`) or rejects it with a reason, and the customer is e-mailed.
 *
 * Concurrency: every decision locks the notice row first, so two approvals, or an approval and a
 * rejection at once, queue on it; the second sees the first's outcome. Approving again answers
 * the approved notice (nothing recorded twice: the payment's idempotency key is the notice's id);
 * the opposite decision answers CONFLICT.
 */

const DAY_MS = 86_400_000;

export interface SubmitBankTransferInput {
  invoiceId: string;
  /** Minor units, in the invoice's currency. */
  amount: { amount: number; currency: string };
  /** When the customer sent it. */
  sentAt: Date;
  reference: string;
  idempotencyKey: string;
}

/** The stored (and replayed) answer. */
export interface NoticeReceipt {
  noticeId: string;
}

function validReference(raw: string): string {
  const reference = raw.trim();
  // 140 characters: the longest SEPA remittance information.
  if (reference.length === 0 || reference.length > 140) {
    throw badInput(
      'reference',
      'Enter the reference you quoted on the transfer (1 to 140 characters), e.g. the invoice number.',
    );
  }
  return reference;
}

/**
 * A member tells us they paid an open invoice of their account by bank transfer. NOT_FOUND for
 * any other account's invoice (checked before anything else, as for an id that does not exist);
 * CONFLICT when the invoice is not open or already has an announcement waiting. Idempotent per
 * (account, key).
 */
export async function submitBankTransfer(
  em: EntityManager,
  accountId: string,
  input: SubmitBankTransferInput,
  actor: Actor,
  clock: Clock,
): Promise<NoticeReceipt> {
  return em.transactional(async (tx) => {
    const found = await tx.findOne(Invoice, { id: input.invoiceId }, { fields: ['account'] });
    if (found === null || found.account.id !== accountId) {
      throw new AppError('NOT_FOUND', 'Invoice not found.');
    }
    const now = clock.now();
    const amount = input.amount.amount;
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      throw badInput('amount', 'Enter the amount you sent, in minor units (cents), above zero.');
    }
    if (Number.isNaN(input.sentAt.getTime()) || input.sentAt.getTime() > now.getTime() + DAY_MS) {
      // A day's slack: the customer's calendar day may be ahead of UTC.
      throw badInput('sentAt', 'Enter the day you sent the transfer; it cannot be in the future.');
    }
    const reference = validReference(input.reference);
    const { idempotencyKey, ...request } = input;
    return performOrReplay(
      tx,
      { accountId, key: idempotencyKey, operation: 'submitBankTransfer', request, at: now },
      async () => {
        const invoice = await lockIssuedInvoice(tx, input.invoiceId);
        if (invoice.status !== 'open') {
          throw new AppError(
            'CONFLICT',
            `Invoice ${invoice.number} is ${invoice.status}: there is nothing to pay on it.`,
          );
        }
        const currency = parseCurrency(invoice.currency);
        if (input.amount.currency.trim().toUpperCase() !== currency) {
          throw badInput('amount', `Invoice ${invoice.number} is in ${currency}.`);
        }
        if (
          invoice.issuedAt !== null &&
          input.sentAt.getTime() < invoice.issuedAt.getTime() - DAY_MS
        ) {
          throw badInput(
            'sentAt',
            `A transfer for invoice ${invoice.number} cannot have been sent before it was issued on ${invoice.issuedAt.toISOString().slice(0, 10)}.`,
          );
        }
        const waiting = await tx.findOne(BankTransferNotice, {
          invoice: invoice.id,
          status: 'pending',
        });
        if (waiting !== null) {
          throw new AppError(
            'CONFLICT',
            `You already told us about a transfer for invoice ${invoice.number} (reference ${waiting.reference}); we will confirm it as soon as it arrives.`,
          );
        }
        const notice = tx.create(BankTransferNotice, {
          account: invoice.account,
          invoice,
          amount,
          currency,
          reference,
          sentAt: input.sentAt,
          idempotencyKey,
          submittedBy: actor.userId,
          submittedAt: now,
        });
        recordAuditBy(tx, actor, {
          action: 'bank_transfer.submitted',
          occurredAt: now,
          accountId,
          target: notice.id,
          summary: {
            invoice: invoice.number,
            amount,
            currency,
            reference,
            sentOn: input.sentAt.toISOString().slice(0, 10),
          },
        });
        await tx.flush();
        return { noticeId: notice.id };
      },
    );
  });
}

/** Locks a notice for a decision; NOT_FOUND when there is none. */
async function lockNotice(tx: EntityManager, noticeId: string): Promise<BankTransferNotice> {
  const exists = await lockRow(tx, 'bank_transfer_notice', noticeId);
  const notice = exists
    ? await tx.findOne(BankTransferNotice, { id: noticeId }, { refresh: true })
    : null;
  if (notice === null) throw new AppError('NOT_FOUND', 'Announced bank transfer not found.');
  return notice;
}

export interface ApproveBankTransferInput {
  noticeId: string;
  /** What arrived, in minor units of the invoice's currency; null: the announced amount. */
  amount: number | null;
  /** When it arrived; null: the day the customer said they sent it. */
  receivedAt: Date | null;
}

/**
 * Operator: the announced transfer arrived. Recorded as a bank-transfer payment (the invoice is
 * paid when nothing is left due; excess goes to the credit balance), and the customer e-mailed.
 */
export async function approveBankTransfer(
  em: EntityManager,
  input: ApproveBankTransferInput,
  actor: Actor,
  clock: Clock,
  mail: MailSettings,
): Promise<BankTransferNotice> {
  return em.transactional(async (tx) => {
    const notice = await lockNotice(tx, input.noticeId);
    if (notice.status === 'approved') return notice;
    if (notice.status === 'rejected') {
      throw new AppError(
        'CONFLICT',
        'This transfer was already rejected. Record the money with recordBankTransfer if it arrived after all.',
      );
    }
    const now = clock.now();
    const transfer = validateTransfer(
      {
        invoiceId: notice.invoice.id,
        amount: { amount: input.amount ?? notice.amount, currency: notice.currency },
        receivedAt: input.receivedAt ?? notice.sentAt,
        reference: notice.reference,
        // The notice is approved once, so its payment is recorded once (unique per account).
        idempotencyKey: `notice:${notice.id}`,
      },
      now,
    );
    const receipt = await recordTransferIn(tx, transfer, actor, now);
    const invoice = await tx.findOneOrFail(Invoice, { id: notice.invoice.id });
    notice.status = 'approved';
    notice.decidedAt = now;
    notice.decidedBy = actor.userId;
    notice.payment = tx.getReference(Payment, receipt.paymentId);
    recordAuditBy(tx, actor, {
      action: 'bank_transfer.approved',
      occurredAt: now,
      accountId: notice.account.id,
      target: notice.id,
      summary: {
        invoice: invoice.number,
        announced: notice.amount,
        received: transfer.amount.amount,
        currency: notice.currency,
        reference: notice.reference,
        invoiceStatus: invoice.status,
      },
    });
    await enqueueBankTransferDecisionMail(
      tx,
      mail,
      notice,
      invoice,
      { kind: 'approved', received: transfer.amount.amount },
      now,
    );
    notifyBankTransferDecision(tx, {
      accountId: notice.account.id,
      decision: 'approved',
      invoiceId: invoice.id,
      invoiceNumber: invoice.number ?? invoice.id,
      amount: transfer.amount.amount,
      currency: notice.currency,
      reference: notice.reference,
      reason: null,
      at: now,
    });
    return notice;
  });
}

function validRejection(raw: string): string {
  const reason = raw.trim().replace(/\s+/g, ' ');
  if (reason.length === 0) {
    throw badInput('reason', 'Say why the transfer is rejected: the customer reads it.');
  }
  if (reason.length > 500) throw badInput('reason', 'Use at most 500 characters.');
  return reason;
}

/** Operator: the announced transfer did not arrive (or does not match); the customer is told why. */
export async function rejectBankTransfer(
  em: EntityManager,
  input: { noticeId: string; reason: string },
  actor: Actor,
  clock: Clock,
  mail: MailSettings,
): Promise<BankTransferNotice> {
  const reason = validRejection(input.reason);
  return em.transactional(async (tx) => {
    const notice = await lockNotice(tx, input.noticeId);
    if (notice.status === 'rejected') return notice;
    if (notice.status === 'approved') {
      throw new AppError(
        'CONFLICT',
        'This transfer was already approved and the payment recorded. To give money back, void the invoice (its credit goes to the balance).',
      );
    }
    const now = clock.now();
    const invoice = await tx.findOneOrFail(Invoice, { id: notice.invoice.id });
    notice.status = 'rejected';
    notice.decidedAt = now;
    notice.decidedBy = actor.userId;
    notice.rejectionReason = reason;
    recordAuditBy(tx, actor, {
      action: 'bank_transfer.rejected',
      occurredAt: now,
      accountId: notice.account.id,
      target: notice.id,
      summary: {
        invoice: invoice.number,
        amount: notice.amount,
        currency: notice.currency,
        reference: notice.reference,
        reason,
      },
    });
    await enqueueBankTransferDecisionMail(
      tx,
      mail,
      notice,
      invoice,
      { kind: 'rejected', reason },
      now,
    );
    notifyBankTransferDecision(tx, {
      accountId: notice.account.id,
      decision: 'rejected',
      invoiceId: invoice.id,
      invoiceNumber: invoice.number ?? invoice.id,
      amount: notice.amount,
      currency: notice.currency,
      reference: notice.reference,
      reason,
      at: now,
    });
    return notice;
  });
}

/** A notice with what the queue shows beside it. */
export interface QueuedNotice {
  notice: BankTransferNotice;
  accountName: string;
  invoiceNumber: string;
  invoiceStatus: string;
  invoiceAmountDue: number;
  submittedByEmail: string | null;
}

export interface NoticePage {
  notices: QueuedNotice[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_NOTICE_PAGE = 100;

/** Operators: notices of one status, oldest announcement first (the queue's order). */
export async function listNotices(
  em: EntityManager,
  options: { status: NoticeStatus; first?: number | null; after?: string | null },
): Promise<NoticePage> {
  const first = options.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_NOTICE_PAGE) {
    throw badInput('first', `Ask for 1 to ${MAX_NOTICE_PAGE} at a time.`);
  }
  const conditions: object[] = [{ status: options.status }];
  if (options.after != null) {
    const { at, id } = decodeTimeCursor(options.after, 'btn', 'queue');
    conditions.push({ $or: [{ submittedAt: { $gt: at } }, { submittedAt: at, id: { $gt: id } }] });
  }
  const rows = await em.find(
    BankTransferNotice,
    { $and: conditions },
    {
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      limit: first + 1,
      populate: ['account', 'invoice'],
    },
  );
  const page = rows.slice(0, first);
  const submitters = await submitterEmails(
    em,
    page.map((notice) => notice.submittedBy),
  );
  const last = page.at(-1);
  return {
    notices: page.map((notice) => ({
      notice,
      accountName: notice.account.name,
      invoiceNumber: notice.invoice.number ?? notice.invoice.id,
      invoiceStatus: notice.invoice.status,
      invoiceAmountDue: notice.invoice.amountDue,
      submittedByEmail: submitters.get(notice.submittedBy) ?? null,
    })),
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeTimeCursor(last.submittedAt, last.id),
  };
}

async function submitterEmails(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await em.find(User, { id: { $in: [...new Set(userIds)] } }, { fields: ['email'] });
  return new Map(users.map((user) => [user.id, user.email]));
}

/** The notices of these invoices, newest first (the per-request invoice loader batches them). */
export async function noticesOfInvoices(
  em: EntityManager,
  invoiceIds: readonly string[],
): Promise<BankTransferNotice[]> {
  return em.find(
    BankTransferNotice,
    { invoice: { $in: [...invoiceIds] } },
    { orderBy: { submittedAt: 'desc', id: 'desc' } },
  );
}

/** One notice as the queue shows it (after a decision). */
export async function queuedNotice(em: EntityManager, noticeId: string): Promise<QueuedNotice> {
  const notice = await em.findOneOrFail(
    BankTransferNotice,
    { id: noticeId },
    { populate: ['account', 'invoice'], refresh: true },
  );
  const submitters = await submitterEmails(em, [notice.submittedBy]);
  return {
    notice,
    accountName: notice.account.name,
    invoiceNumber: notice.invoice.number ?? notice.invoice.id,
    invoiceStatus: notice.invoice.status,
    invoiceAmountDue: notice.invoice.amountDue,
    submittedByEmail: submitters.get(notice.submittedBy) ?? null,
  };
}
