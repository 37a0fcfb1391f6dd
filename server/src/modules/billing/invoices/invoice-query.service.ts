import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput } from '../../../errors.js';
import { decodeTimeCursor, encodeTimeCursor } from '../../../graphql/connection.js';
import { type Money, isCurrency, money, parseCurrency } from '../rules/index.js';
import { DEFAULT_BALANCE_CURRENCY } from './credit-balance.service.js';
import { lockRow } from '../../../db/row-lock.js';
import { Invoice, type InvoiceStatus } from './invoice.entity.js';

/** Reading issued invoices: lists, filters, one invoice for its account or an operator, amount due. */

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

export interface InvoiceFilter {
  status?: Exclude<InvoiceStatus, 'draft'> | null;
  /** Issued at or after. */
  from?: Date | null;
  /** Issued at or before. */
  to?: Date | null;
  /** Part of the number, case-insensitive (e.g. "2026-03" or "00012"). */
  number?: string | null;
  /** Operators' lists: one currency. */
  currency?: string | null;
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

/**
 * The account's issued invoices by (issued at, id): newest first unless asked otherwise. An
 * operator's list passes `accountId` null for every account's.
 */
export async function listInvoices(
  em: EntityManager,
  accountId: string | null,
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
  const conditions: object[] = [{ status: { $ne: 'draft' } }];
  if (accountId !== null) conditions.push({ account: accountId });
  if (filter.status != null) conditions.push({ status: filter.status });
  if (filter.currency != null && filter.currency.trim() !== '') {
    const currency = filter.currency.trim().toUpperCase();
    if (!isCurrency(currency)) throw badInput('currency', 'Choose a supported currency, e.g. EUR.');
    conditions.push({ currency });
  }
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

/**
 * The account's open invoices, oldest first, with their lines and subscription (its status says whether
 * the account is past due): what a "pay now" banner offers.
 */
export async function listOpenInvoices(em: EntityManager, accountId: string): Promise<Invoice[]> {
  return em.find(
    Invoice,
    { account: accountId, status: 'open' },
    { populate: ['subscription', 'lines'], orderBy: { issuedAt: 'asc', id: 'asc' } },
  );
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
