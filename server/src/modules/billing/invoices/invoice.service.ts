import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { BillingConfig } from '../../../config.js';
import { AppError, badInput } from '../../../errors.js';
import { decodeTimeCursor, encodeTimeCursor } from '../../../graphql/connection.js';
import {
  Account,
  type BillingDetails,
  countryName,
  getBillingDetails,
} from '../../accounts/index.js';
import { type Actor, recordAuditBy } from '../../audit/index.js';
import { enqueueOutboxMessage, enqueueOutboxMessageTo } from '../../notifications/index.js';
import { type EntitySink, unitOfWork } from '../../../db/detached-rows.js';
import {
  type CreditBalanceMovement,
  type InvoiceDraft,
  type Money,
  dateFromInstant,
  isCurrency,
  money,
  parseCurrency,
} from '../rules/index.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import {
  DEFAULT_BALANCE_CURRENCY,
  recordCreditBalanceEntry,
  recordCreditBalanceEntryTo,
} from './credit-balance.service.js';
import { allocateDocumentNumber } from './invoice-numbering.js';
import { lockRow } from '../../../db/row-lock.js';
import {
  type BillingReason,
  type BuyerSnapshot,
  CreditNote,
  Invoice,
  InvoiceLine,
  type InvoiceStatus,
  type SellerSnapshot,
} from './invoice.entity.js';

export const billingDetailsRequired = () =>
  badInput(
    'billingDetails',
    'Add your billing details (legal name, address and country) before subscribing to a paid plan: invoices are addressed to them and taxed by their country.',
  );

export function buyerSnapshot(details: BillingDetails): BuyerSnapshot {
  const cityLine = [details.postalCode, details.city].filter((part) => part.length > 0).join(' ');
  return {
    legalName: details.legalName,
    email: details.billingEmail,
    addressLines: [
      details.line1,
      details.line2,
      cityLine,
      details.region,
      countryName(details.country),
    ].filter((line): line is string => line !== null && line.length > 0),
    country: details.country,
    taxId: details.taxIdValue,
  };
}

export function sellerSnapshot(billing: BillingConfig): SellerSnapshot {
  const { seller } = billing;
  return {
    name: seller.name,
    addressLines: [...seller.addressLines],
    country: seller.country,
    vatId: seller.vatId,
    email: seller.email,
  };
}

/**
 * Draft → open, in the caller's transaction: the next gap-free number for the UTC month of `now`,
 * the buyer copied from the billing details and the seller from the configuration (later edits
 * never change an issued invoice). An invoice with nothing due is paid at once.
 *
 * `number`: one the caller allocated in this same transaction (`allocateDocumentNumbers`, for the
 * month of `now`), when it finalizes a batch; otherwise the next one is allocated here.
 */
export async function finalizeInvoice(
  tx: EntityManager,
  invoice: Invoice,
  now: Date,
  billing: BillingConfig,
  number?: string,
): Promise<Invoice> {
  if (invoice.status !== 'draft') {
    throw new AppError('CONFLICT', `Invoice ${invoice.number ?? invoice.id} is already finalized.`);
  }
  const details = await getBillingDetails(tx, invoice.account.id);
  if (details === null) throw billingDetailsRequired();
  return applyFinalization(
    invoice,
    details,
    billing,
    number ?? (await allocateDocumentNumber(tx, 'INV', now)),
    now,
  );
}

/** What finalization writes onto a draft, given its buyer and its number. */
export function applyFinalization(
  invoice: Invoice,
  details: BillingDetails,
  billing: BillingConfig,
  number: string,
  now: Date,
): Invoice {
  invoice.buyer = buyerSnapshot(details);
  invoice.seller = sellerSnapshot(billing);
  invoice.number = number;
  invoice.issuedAt = now;
  invoice.dueAt = now;
  if (invoice.amountDue === 0) {
    invoice.status = 'paid';
    invoice.paidAt = now;
  } else {
    invoice.status = 'open';
  }
  return invoice;
}

export interface NewInvoice {
  account: Account;
  subscription: Subscription | null;
  billingReason: BillingReason;
  draft: InvoiceDraft;
  /** The balance movement the rules computed with the draft. */
  creditBalance: CreditBalanceMovement;
  now: Date;
}

/**
 * Creates the invoice the rules drafted, records its credit-balance movements (credit used, and
 * credit added when the change credits more than it charges) and finalizes it. The caller collects.
 */
export async function createFinalizedInvoice(
  tx: EntityManager,
  input: NewInvoice,
  billing: BillingConfig,
): Promise<Invoice> {
  return issueInvoice(tx, createDraftInvoice(tx, input), input.now, billing);
}

/**
 * The first half of `createFinalizedInvoice`: the draft invoice with its lines and credit-balance
 * movements, in the caller's unit of work, without a number yet. For a batch that allocates all
 * its numbers at once; finish each with `issueInvoice`.
 */
export function createDraftInvoice(tx: EntityManager, input: NewInvoice): Invoice {
  return createDraftInvoiceIn(unitOfWork(tx), input);
}

/** `createDraftInvoice` into any sink (the renewal batch writes its invoices in one statement). */
export function createDraftInvoiceIn(sink: EntitySink, input: NewInvoice): Invoice {
  const { draft, now } = input;
  const periodStart = Math.min(...draft.lines.map((line) => line.periodStart));
  const periodEnd = Math.max(...draft.lines.map((line) => line.periodEnd));
  const invoice = sink.create(Invoice, {
    account: input.account,
    subscription: input.subscription,
    billingReason: input.billingReason,
    currency: draft.currency,
    subtotal: draft.subtotal.amount,
    creditApplied: draft.creditApplied.amount,
    taxAmount: draft.tax.amount.amount,
    taxRateBps: draft.tax.rateBps,
    reverseCharge: draft.tax.reverseCharge,
    taxNote: draft.tax.legalNote,
    total: draft.total.amount,
    amountDue: draft.amountDue.amount,
    periodStart: dateFromInstant(periodStart),
    periodEnd: dateFromInstant(periodEnd),
    createdAt: now,
  });
  draft.lines.forEach((line, position) => {
    sink.create(InvoiceLine, {
      invoice,
      position,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount.amount,
      amount: line.amount.amount,
      periodStart: dateFromInstant(line.periodStart),
      periodEnd: dateFromInstant(line.periodEnd),
      proration: line.proration,
    });
  });
  const accountId = input.account.id;
  recordCreditBalanceEntryTo(sink, {
    accountId,
    amount: money(-input.creditBalance.applied.amount, draft.currency),
    reason: 'applied_to_invoice',
    invoice,
    at: now,
  });
  recordCreditBalanceEntryTo(sink, {
    accountId,
    amount: input.creditBalance.added,
    reason: 'proration_credit',
    invoice,
    at: now,
  });
  return invoice;
}

/**
 * The second half of `createFinalizedInvoice`: finalizes the draft (with `number` when the caller
 * allocated it, see `finalizeInvoice`) and announces it. The caller collects.
 */
export async function issueInvoice(
  tx: EntityManager,
  invoice: Invoice,
  now: Date,
  billing: BillingConfig,
  number?: string,
): Promise<Invoice> {
  await finalizeInvoice(tx, invoice, now, billing, number);
  announceIssuedInvoice(unitOfWork(tx), invoice, now);
  return invoice;
}

/** The `invoice.issued` message of a just finalized invoice. */
export function announceIssuedInvoice(sink: EntitySink, invoice: Invoice, now: Date): void {
  enqueueOutboxMessageTo(sink, {
    topic: 'invoice.issued',
    accountId: invoice.account.id,
    payload: { invoiceId: invoice.id, number: invoice.number, amountDue: invoice.amountDue },
    at: now,
  });
}

export interface InvoicePaymentApplied {
  applied: Money;
  /** Received beyond what was due; the caller credits it to the balance. */
  excess: Money;
  paid: boolean;
}

/** Applies money received to an open invoice (locked by the caller); paid when nothing is due. */
export function applyPaymentToInvoice(
  invoice: Invoice,
  received: Money,
  receivedAt: Date,
): InvoicePaymentApplied {
  if (invoice.status !== 'open') {
    throw new AppError('CONFLICT', `Invoice ${invoice.number} is ${invoice.status}, not open.`);
  }
  const currency = parseCurrency(invoice.currency);
  const applied = Math.min(received.amount, invoice.amountDue);
  invoice.amountPaid += applied;
  invoice.amountDue -= applied;
  if (invoice.amountDue === 0) {
    invoice.status = 'paid';
    invoice.paidAt = receivedAt;
    invoice.nextPaymentAttemptAt = null; // paid by any means: dunning ends
  }
  return {
    applied: money(applied, currency),
    excess: money(received.amount - applied, currency),
    paid: invoice.status === 'paid',
  };
}

/** Locks an issued invoice for a state change; NOT_FOUND when it does not exist or is a draft. */
export async function lockIssuedInvoice(tx: EntityManager, invoiceId: string): Promise<Invoice> {
  const invoice = (await lockRow(tx, 'invoice', invoiceId))
    ? await tx.findOne(Invoice, { id: invoiceId }, { refresh: true })
    : null;
  if (invoice === null || invoice.status === 'draft') {
    throw new AppError('NOT_FOUND', 'Invoice not found.');
  }
  return invoice;
}

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

export interface InvoiceFilter {
  status?: Exclude<InvoiceStatus, 'draft'> | null;
  /** Issued at or after. */
  from?: Date | null;
  /** Issued at or before. */
  to?: Date | null;
  /** Part of the number, case-insensitive (e.g. "2026-03" or "00012"). */
  number?: string | null;
}

export interface InvoicePage {
  invoices: Invoice[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** Invoices are listed by (issued at, id); only finalized invoices have an issue date. */
export function encodeInvoiceCursor(invoice: Invoice): string {
  if (invoice.issuedAt === null) throw new Error(`invoice ${invoice.id} is not issued`);
  return encodeTimeCursor(invoice.issuedAt, invoice.id);
}

function decodeInvoiceCursor(cursor: string): { issuedAt: Date; id: string } {
  const { at, id } = decodeTimeCursor(cursor, 'inv', 'list');
  return { issuedAt: at, id };
}

/** The account's issued invoices by (issued at, id): newest first unless asked otherwise. */
export async function listInvoices(
  em: EntityManager,
  accountId: string,
  options: {
    filter?: InvoiceFilter | null;
    first?: number | null;
    after?: string | null;
    order?: 'newest_first' | 'oldest_first' | null;
  },
): Promise<InvoicePage> {
  const first = options.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_PAGE_SIZE} invoices at a time.`);
  }
  const filter = options.filter ?? {};
  const conditions: object[] = [{ account: accountId }, { status: { $ne: 'draft' } }];
  if (filter.status != null) conditions.push({ status: filter.status });
  if (filter.from != null) conditions.push({ issuedAt: { $gte: filter.from } });
  if (filter.to != null) conditions.push({ issuedAt: { $lte: filter.to } });
  const search = filter.number?.trim() ?? '';
  if (search.length > 0) {
    if (search.length > 40) throw badInput('number', 'Search with at most 40 characters.');
    const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push({ number: { $ilike: `%${escaped}%` } });
  }
  const direction = options.order === 'oldest_first' ? 'asc' : 'desc';
  if (options.after != null) {
    const cursor = decodeInvoiceCursor(options.after);
    const beyond = direction === 'asc' ? '$gt' : '$lt';
    conditions.push({
      $or: [
        { issuedAt: { [beyond]: cursor.issuedAt } },
        { issuedAt: cursor.issuedAt, id: { [beyond]: cursor.id } },
      ],
    });
  }
  const rows = await em.find(
    Invoice,
    { $and: conditions },
    {
      orderBy: [{ issuedAt: direction }, { id: direction }],
      limit: first + 1,
      populate: ['lines'],
    },
  );
  const invoices = rows.slice(0, first);
  const last = invoices.at(-1);
  return {
    invoices,
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeInvoiceCursor(last),
  };
}

/** One issued invoice of the account, with its lines; NOT_FOUND for anyone else's. */
export async function getAccountInvoice(
  em: EntityManager,
  accountId: string,
  invoiceId: string,
): Promise<Invoice> {
  return findIssuedInvoice(em, invoiceId, accountId);
}

/** Operators: any account's issued invoice, with its lines; NOT_FOUND for drafts and unknown ids. */
export async function getInvoiceForOperator(
  em: EntityManager,
  invoiceId: string,
): Promise<Invoice> {
  return findIssuedInvoice(em, invoiceId, null);
}

async function findIssuedInvoice(
  em: EntityManager,
  invoiceId: string,
  accountId: string | null,
): Promise<Invoice> {
  const invoice = await em.findOne(Invoice, { id: invoiceId }, { populate: ['lines'] });
  if (
    invoice === null ||
    invoice.status === 'draft' ||
    (accountId !== null && invoice.account.id !== accountId)
  ) {
    throw new AppError('NOT_FOUND', 'Invoice not found.');
  }
  return invoice;
}

/**
 * What the account owes now: the sum of its open invoices' amount due. One currency, like the
 * credit balance: an account's invoices share its subscription's currency, and in the rare case of
 * open invoices in two (a subscription restarted in another currency) the newest one's currency
 * counts, so anything owed shows as owed. With nothing open: zero in the currency of the latest
 * invoice, else the default.
 */
export async function accountAmountDue(
  em: EntityManager,
  accountId: string,
  /** The currency chosen at onboarding: zero is shown in it when no invoice was ever issued. */
  chosen: string | null = null,
): Promise<Money> {
  const rows = await em.getConnection().execute<{ currency: string; due: string | number }[]>(
    `select currency, sum(amount_due) as due from invoice
       where account_id = ? and status = 'open'
       group by currency order by max(issued_at) desc`,
    [accountId],
    'all',
    em.getTransactionContext(),
  );
  const newest = rows[0];
  if (newest !== undefined) return money(Number(newest.due), parseCurrency(newest.currency));
  const latest = await em.findOne(
    Invoice,
    { account: accountId, status: { $ne: 'draft' } },
    { orderBy: { issuedAt: 'desc', id: 'desc' }, fields: ['currency'] },
  );
  const fallback = chosen !== null && isCurrency(chosen) ? chosen : DEFAULT_BALANCE_CURRENCY;
  const currency = latest !== null && isCurrency(latest.currency) ? latest.currency : fallback;
  return money(0, currency);
}
