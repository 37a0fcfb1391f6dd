import { once } from 'node:events';
import { type Request, type Response, Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../../db/handles.js';
import { AppError } from '../../../errors.js';
import { isCurrency, minorDigits } from '../rules/index.js';
import {
  type InvoiceFilter,
  type InvoicePage,
  listInvoices,
  MAX_PAGE_SIZE,
} from './invoice-query.service.js';
import { type Invoice, type InvoiceStatus, invoiceStatuses } from './invoice.entity.js';
import type { InvoiceReader } from './invoice-pdf.routes.js';

/**
 * `GET /operator/invoices.csv`: every account's invoices as CSV (RFC 4180), for operators only,
 * with the operator list's filters as query parameters (`status`, `accountId`, `currency`, `from`,
 * `to`, `number`). Streamed a page at a time (newest first), so an export of any size holds one
 * page in memory and the first rows leave at once.
 */

export const csvColumns = [
  'number',
  'account_id',
  'buyer',
  'buyer_country',
  'status',
  'currency',
  'issued_at',
  'due_at',
  'paid_at',
  'subtotal',
  'credit_applied',
  'tax',
  'total',
  'amount_paid',
  'amount_due',
] as const;

/**
 * One CSV field: quoted when it holds a quote, comma or line break (quotes doubled). Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe: a buyer named "=HYPERLINK(…)" stays text.
 */
export function csvField(value: string, { text = true } = {}): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Minor units as an exact decimal string ("-12.30", "1500" for JPY), no float involved. */
export function csvAmount(amount: number, currency: string): string {
  const digits = isCurrency(currency) ? minorDigits(currency) : 2;
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount).toString();
  if (digits === 0) return `${sign}${magnitude}`;
  const padded = magnitude.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

export function csvLine(invoice: Invoice): string {
  const money = (amount: number) => csvField(csvAmount(amount, invoice.currency), { text: false });
  const instant = (at: Date | null) => (at === null ? '' : at.toISOString());
  return [
    csvField(invoice.number ?? ''),
    csvField(invoice.account.id),
    csvField(invoice.buyer?.legalName ?? ''),
    csvField(invoice.buyer?.country ?? ''),
    csvField(invoice.status),
    csvField(invoice.currency),
    instant(invoice.issuedAt),
    instant(invoice.dueAt),
    instant(invoice.paidAt),
    money(invoice.subtotal),
    money(invoice.creditApplied),
    money(invoice.taxAmount),
    money(invoice.total),
    money(invoice.amountPaid),
    money(invoice.amountDue),
  ].join(',');
}

function single(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new AppError('BAD_USER_INPUT', `Give ${name} once.`, name);
  return value.trim() === '' ? null : value.trim();
}

function day(req: Request, name: 'from' | 'to'): Date | null {
  const value = single(req, name);
  if (value === null) return null;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    throw new AppError('BAD_USER_INPUT', `${name}: a date (2026-03-01) or an ISO instant.`, name);
  }
  // A bare day as `to` includes the whole (UTC) day.
  return name === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(at.getTime() + 86_400_000 - 1)
    : at;
}

/** The list's filters from the query string; BAD_USER_INPUT naming the parameter otherwise. */
export function csvFilters(req: Request): { accountId: string | null; filter: InvoiceFilter } {
  const status = single(req, 'status');
  if (
    status !== null &&
    (status === 'draft' || !(invoiceStatuses as readonly string[]).includes(status))
  ) {
    throw new AppError('BAD_USER_INPUT', 'status: open, paid, void or uncollectible.', 'status');
  }
  return {
    accountId: single(req, 'accountId'),
    filter: {
      status: status as Exclude<InvoiceStatus, 'draft'> | null,
      currency: single(req, 'currency'),
      from: day(req, 'from'),
      to: day(req, 'to'),
      number: single(req, 'number'),
    },
  };
}

async function write(res: Response, chunk: string): Promise<void> {
  // Backpressure: a slow client holds one page in memory, never the whole export.
  if (!res.write(chunk)) await once(res, 'drain');
}

export function invoiceCsvRoutes(deps: {
  orm: Orm;
  readerOf: (req: Request, em: EntityManager) => Promise<InvoiceReader | null>;
}): Router {
  const { orm, readerOf } = deps;
  const router = Router();
  router.get('/operator/invoices.csv', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const auth = await readerOf(req, em);
      if (auth === null) {
        res
          .status(401)
          .json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' } });
        return;
      }
      if (!auth.isOperator) {
        res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Operators only.' } });
        return;
      }
      let parsed: ReturnType<typeof csvFilters>;
      let page: InvoicePage;
      try {
        parsed = csvFilters(req);
        // The first page before any byte is sent: a bad filter still answers 400.
        page = await listInvoices(em, parsed.accountId, {
          filter: parsed.filter,
          first: MAX_PAGE_SIZE,
        });
      } catch (error) {
        if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
          res.status(400).json({
            error: { code: error.code, message: error.message, field: error.field ?? null },
          });
          return;
        }
        throw error;
      }
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="invoices.csv"',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      await write(res, `${csvColumns.join(',')}\r\n`);
      for (;;) {
        if (page.invoices.length > 0) {
          await write(res, page.invoices.map((invoice) => `${csvLine(invoice)}\r\n`).join(''));
        }
        if (!page.hasNextPage || page.endCursor === null) break;
        em.clear();
        page = await listInvoices(em, parsed.accountId, {
          filter: parsed.filter,
          first: MAX_PAGE_SIZE,
          after: page.endCursor,
        });
      }
      res.end();
    } catch (error) {
      if (res.headersSent) {
        // Mid-stream: the client sees a cut-off file rather than a complete-looking one.
        res.destroy(error as Error);
        return;
      }
      next(error);
    }
  });
  return router;
}
