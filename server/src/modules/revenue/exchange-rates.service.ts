import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { isCurrency } from '../billing/rules/index.js';
import { ExchangeRate, type ExchangeRateSource } from './exchange-rate.entity.js';

/** A rate as entered: the day, the currency converted from, and the decimal rate as text. */
export interface ExchangeRateEntry {
  day: string;
  currency: string;
  rate: string;
}

/**
 * The most rates one import takes: about 15 years of one currency's working-day rates, and what
 * fits in a GraphQL request (100 KB, http/app.ts) at ~22 bytes a line.
 */
export const maxImportLines = 4_000;

/** `YYYY-MM-DD` naming a real calendar day from 1970 to 9999. */
function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && text >= '1970'
  );
}

/** "1.08420" → "1.0842"; null unless a positive decimal with ≤ 10 digits either side of the point. */
export function normalizedRate(text: string): string | null {
  const match = /^(\d{1,10})(?:\.(\d{1,10}))?$/.exec(text.trim());
  if (match === null) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (/^0*$/.test(whole + fraction)) return null;
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** The entry checked and normalised, or the reason it cannot be stored. */
function checkEntry(
  entry: ExchangeRateEntry,
  reportingCurrency: string,
): { ok: ExchangeRateEntry } | { field: 'day' | 'currency' | 'rate'; message: string } {
  const day = entry.day.trim();
  if (day === '') return { field: 'day', message: 'Choose the day of the rate.' };
  if (entry.currency.trim() === '') {
    return { field: 'currency', message: 'Name the currency, e.g. EUR.' };
  }
  if (entry.rate.trim() === '') return { field: 'rate', message: 'Enter the rate, e.g. 1.0842.' };
  if (!isCalendarDay(day)) {
    return { field: 'day', message: `"${entry.day}" is not a day written YYYY-MM-DD.` };
  }
  const currency = entry.currency.trim().toUpperCase();
  if (!isCurrency(currency)) {
    return { field: 'currency', message: `"${entry.currency}" is not a known currency code.` };
  }
  if (currency === reportingCurrency) {
    return {
      field: 'currency',
      message: `${currency} is the reporting currency: it needs no rate.`,
    };
  }
  const rate = normalizedRate(entry.rate);
  if (rate === null) {
    return {
      field: 'rate',
      message: `"${entry.rate}" is not a rate: a positive decimal such as 1.0842 (at most 10 decimals).`,
    };
  }
  return { ok: { day, currency, rate } };
}

async function upsertRates(
  tx: EntityManager,
  entries: readonly ExchangeRateEntry[],
  reportingCurrency: string,
  source: ExchangeRateSource,
  actor: Actor,
  now: Date,
): Promise<void> {
  // One statement: the unique (day, currency, reporting currency) decides, so two operators
  // entering the same day at once leave one row, the later rate.
  const rows = entries.map((entry) => ({
    id: new ExchangeRate().id,
    day: entry.day,
    currency: entry.currency,
    rate: entry.rate,
  }));
  await tx.getConnection().execute(
    `insert into exchange_rate (id, day, currency, reporting_currency, rate, source, entered_by, updated_at)
     select r.id, r.day, r.currency, ?, r.rate::numeric, ?, ?, ?
     from jsonb_to_recordset(?::jsonb) as r(id text, day text, currency text, rate text)
     on conflict (day, currency, reporting_currency) do update
       set rate = excluded.rate, source = excluded.source, entered_by = excluded.entered_by,
           updated_at = excluded.updated_at`,
    [reportingCurrency, source, actor.userId, now, JSON.stringify(rows)],
    'run',
    tx.getTransactionContext(),
  );
}

/** Enters (or replaces) one day's rate of a currency into the reporting currency. */
export async function saveExchangeRate(
  em: EntityManager,
  entry: ExchangeRateEntry,
  reportingCurrency: string,
  actor: Actor,
  clock: Clock,
): Promise<ExchangeRate> {
  const checked = checkEntry(entry, reportingCurrency);
  if (!('ok' in checked)) throw badInput(checked.field, checked.message);
  const now = clock.now();
  await em.transactional(async (tx) => {
    await upsertRates(tx, [checked.ok], reportingCurrency, 'manual', actor, now);
    recordAuditBy(tx, actor, {
      action: 'exchange_rate.save',
      occurredAt: now,
      summary: { ...checked.ok, reportingCurrency },
    });
  });
  return em.fork().findOneOrFail(ExchangeRate, {
    day: checked.ok.day,
    currency: checked.ok.currency,
    reportingCurrency,
  });
}

export interface ImportLineError {
  /** 1-based line number in the text as pasted or uploaded. */
  line: number;
  message: string;
}

/**
 * Imports `day,currency,rate` lines (a header line naming the columns is skipped; blank lines
 * too). Every line is checked first: with any error, nothing is stored and every bad line is
 * named (`extensions.lineErrors`). Otherwise all rates are stored in one transaction.
 */
export async function importExchangeRates(
  em: EntityManager,
  csv: string,
  reportingCurrency: string,
  actor: Actor,
  clock: Clock,
): Promise<{ imported: number }> {
  const lines = csv.split(/\r\n|\n|\r/);
  const entries: ExchangeRateEntry[] = [];
  const lineErrors: ImportLineError[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    const cells = text.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (line === 1 && /^(date|day)$/i.test(cells[0] ?? '')) return;
    if (cells.length !== 3) {
      lineErrors.push({
        line,
        message: `Expected 3 columns (day,currency,rate), found ${cells.length}.`,
      });
      return;
    }
    const checked = checkEntry(
      { day: cells[0]!, currency: cells[1]!, rate: cells[2]! },
      reportingCurrency,
    );
    if (!('ok' in checked)) {
      lineErrors.push({ line, message: checked.message });
      return;
    }
    const key = `${checked.ok.day} ${checked.ok.currency}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      lineErrors.push({ line, message: `${key} is on line ${earlier} already.` });
      return;
    }
    seen.set(key, line);
    entries.push(checked.ok);
  });
  if (lineErrors.length > 0) {
    const shown = lineErrors.slice(0, 50);
    throw new AppError(
      'BAD_USER_INPUT',
      `${lineErrors.length} line${lineErrors.length === 1 ? '' : 's'} cannot be imported (line ${shown[0]!.line}: ${shown[0]!.message}). Nothing was imported.`,
      'csv',
      { lineErrors: shown, errorCount: lineErrors.length },
    );
  }
  if (entries.length === 0) throw badInput('csv', 'There are no rates to import.');
  if (entries.length > maxImportLines) {
    throw badInput('csv', `At most ${maxImportLines} rates at once: split the file.`);
  }
  const now = clock.now();
  await em.transactional(async (tx) => {
    await upsertRates(tx, entries, reportingCurrency, 'csv', actor, now);
    recordAuditBy(tx, actor, {
      action: 'exchange_rate.import',
      occurredAt: now,
      summary: {
        count: entries.length,
        reportingCurrency,
        currencies: [...new Set(entries.map((e) => e.currency))].sort(),
        from: entries.reduce((min, e) => (e.day < min ? e.day : min), entries[0]!.day),
        to: entries.reduce((max, e) => (e.day > max ? e.day : max), entries[0]!.day),
      },
    });
  });
  return { imported: entries.length };
}

/** Rates into the reporting currency, newest day first (optionally one currency). */
export async function listExchangeRates(
  em: EntityManager,
  reportingCurrency: string,
  options: { currency?: string | null; first: number },
): Promise<ExchangeRate[]> {
  const currency = options.currency?.trim().toUpperCase();
  return em.find(
    ExchangeRate,
    { reportingCurrency, ...(currency ? { currency } : {}) },
    { orderBy: { day: 'desc', currency: 'asc' }, limit: Math.min(Math.max(options.first, 1), 500) },
  );
}
