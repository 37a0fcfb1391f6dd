import type { EntityManager } from '@mikro-orm/postgresql';
import { type Money, toMoney } from '../../graphql/money.js';
import {
  monthlyMovements,
  receivablesAt,
  recurringRevenueAt,
  subscriptionsByPlanAt,
} from '../billing/index.js';
import { convertMinorUnits, divideHalfEven } from './conversion.js';
import type {
  AppliedRate,
  CurrencyCount,
  PlanRevenue,
  RevenueFigure,
  RevenueMetrics,
  RevenueMonth,
} from './revenue.types.js';

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** The first instants of the last 12 UTC calendar months, oldest first, this month's last. */
export function lastTwelveMonths(now: Date): Date[] {
  return Array.from(
    { length: 12 },
    (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)),
  );
}

/** Rate lookups: for each day, each currency's latest rate on or before it. */
type RateBook = Map<string, Map<string, { day: string; rate: string }>>;

async function rateBook(
  em: EntityManager,
  days: readonly string[],
  currencies: readonly string[],
  reportingCurrency: string,
): Promise<RateBook> {
  const rows =
    currencies.length === 0
      ? []
      : await em
          .getConnection()
          .execute<{ on_day: string; currency: string; day: string | null; rate: string | null }[]>(
            `select d.day as on_day, c.currency, r.day, r.rate::text as rate
           from (select value as day from jsonb_array_elements_text(?::jsonb)) as d
           cross join (select value as currency from jsonb_array_elements_text(?::jsonb)) as c
           left join lateral (
             select day, rate from exchange_rate
             where currency = c.currency and reporting_currency = ? and day <= d.day
             order by day desc limit 1
           ) r on true`,
            [JSON.stringify(days), JSON.stringify(currencies), reportingCurrency],
          );
  const book: RateBook = new Map(days.map((day) => [day, new Map()]));
  for (const row of rows) {
    if (row.day !== null && row.rate !== null) {
      book.get(row.on_day)!.set(row.currency, { day: row.day, rate: row.rate });
    }
  }
  return book;
}

/** Reads figures in one reporting currency with the rates of one day. */
class Converter {
  constructor(
    private readonly reportingCurrency: string,
    private readonly rates: Map<string, { day: string; rate: string }>,
  ) {}

  /** null when the currency has no rate yet. */
  convert(amount: number, currency: string): number | null {
    if (currency === this.reportingCurrency) return amount;
    const rate = this.rates.get(currency);
    return rate === undefined
      ? null
      : convertMinorUnits(amount, currency, this.reportingCurrency, rate.rate);
  }

  /** Each currency's amount converted once (rounded half-even), then summed. */
  figure(amounts: ReadonlyMap<string, number>): RevenueFigure {
    const currencies = [...amounts.keys()].sort();
    let total = 0;
    const missingRates: string[] = [];
    for (const currency of currencies) {
      const converted = this.convert(amounts.get(currency)!, currency);
      if (converted === null) missingRates.push(currency);
      else total += converted;
    }
    return {
      byCurrency: currencies.map((currency) => toMoney(amounts.get(currency)!, currency)),
      converted: missingRates.length === 0 ? toMoney(total, this.reportingCurrency) : null,
      missingRates,
    };
  }

  applied(currencies: Iterable<string>): AppliedRate[] {
    return [...new Set(currencies)]
      .filter((currency) => currency !== this.reportingCurrency && this.rates.has(currency))
      .sort()
      .map((currency) => ({ currency, ...this.rates.get(currency)! }));
  }
}

function sumBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number) {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}

/** MRR per currency from annual sums: annual / 12, rounded half-even once per currency. */
function mrrOf(annualByCurrency: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(
    [...annualByCurrency].map(([currency, annual]) => [
      currency,
      divideHalfEven(annual, 12, currency),
    ]),
  );
}

const counts = (rows: { currency: string; count: number }[]): CurrencyCount[] =>
  rows.filter((row) => row.count > 0).sort((a, b) => a.currency.localeCompare(b.currency));

/**
 * Every revenue figure at `now` (docs/API.md "Revenue figures"): computed per currency in SQL by
 * billing, converted here with the rate of the figure's day.
 */
export async function revenueMetrics(
  em: EntityManager,
  now: Date,
  reportingCurrency: string,
): Promise<RevenueMetrics> {
  const months = lastTwelveMonths(now);
  // Each month's figures are read at its last instant (this month: now).
  const monthEnds = months.map((start, i) =>
    i === months.length - 1 ? now : new Date(months[i + 1]!.getTime() - 1),
  );
  const [recurring, plans, movements, receivables] = await Promise.all([
    recurringRevenueAt(em, monthEnds),
    subscriptionsByPlanAt(em, now),
    monthlyMovements(em, months, now),
    receivablesAt(em, now),
  ]);
  const currencies = [
    ...new Set([
      ...recurring.map((r) => r.currency),
      ...plans.map((r) => r.currency),
      ...movements.map((r) => r.currency),
      ...receivables.map((r) => r.currency),
    ]),
  ].sort();
  const days = monthEnds.map(dayOf);
  const book = await rateBook(em, days, currencies, reportingCurrency);
  const converterOn = (day: string) => new Converter(reportingCurrency, book.get(day)!);
  const today = converterOn(dayOf(now));

  const revenueMonths: RevenueMonth[] = months.map((start, i) => {
    const at = monthEnds[i]!;
    const converter = converterOn(days[i]!);
    const recurringNow = recurring.filter((r) => r.at.getTime() === at.getTime());
    const moved = movements.filter((r) => r.month.getTime() === start.getTime());
    const mrr = mrrOf(
      sumBy(
        recurringNow,
        (r) => r.currency,
        (r) => r.annual,
      ),
    );
    const failed = sumBy(
      moved.filter((r) => r.failedPayments > 0),
      (r) => r.currency,
      (r) => r.failedAmount,
    );
    const recovered = sumBy(
      moved.filter((r) => r.recoveredPayments > 0),
      (r) => r.currency,
      (r) => r.recoveredAmount,
    );
    return {
      month: start.toISOString().slice(0, 7),
      day: days[i]!,
      mrr: converter.figure(mrr),
      payingSubscriptions: recurringNow.reduce((sum, r) => sum + r.paying, 0),
      newAccounts: counts(moved.map((r) => ({ currency: r.currency, count: r.newAccounts }))),
      churnedAccounts: counts(
        moved.map((r) => ({ currency: r.currency, count: r.churnedAccounts })),
      ),
      failedPayments: moved.reduce((sum, r) => sum + r.failedPayments, 0),
      failedAmount: converter.figure(failed),
      recoveredPayments: moved.reduce((sum, r) => sum + r.recoveredPayments, 0),
      recoveredAmount: converter.figure(recovered),
      rates: converter.applied([...mrr.keys(), ...failed.keys(), ...recovered.keys()]),
    };
  });

  const current = revenueMonths.at(-1)!;
  const currentMrr = new Map(current.mrr.byCurrency.map((m: Money) => [m.currency, m.amount]));
  const arr = new Map([...currentMrr].map(([currency, amount]) => [currency, amount * 12]));
  const planRows: PlanRevenue[] = plans.map((row) => {
    const mrr = divideHalfEven(row.annual, 12, row.currency);
    const converted = today.convert(mrr, row.currency);
    return {
      planCode: row.planCode,
      planName: row.planName,
      currency: row.currency,
      paying: row.paying,
      trialing: row.trialing,
      mrr: toMoney(mrr, row.currency),
      mrrConverted: converted === null ? null : toMoney(converted, reportingCurrency),
    };
  });
  return {
    reportingCurrency,
    asOf: now,
    day: dayOf(now),
    currencies,
    mrr: current.mrr,
    arr: today.figure(arr),
    payingSubscriptions: current.payingSubscriptions,
    trialingSubscriptions: plans.reduce((sum, row) => sum + row.trialing, 0),
    plans: planRows,
    months: revenueMonths,
    receivables: today.figure(new Map(receivables.map((r) => [r.currency, r.outstanding]))),
    overdueReceivables: today.figure(
      new Map(receivables.filter((r) => r.overdue > 0).map((r) => [r.currency, r.overdue])),
    ),
    openInvoices: receivables.reduce((sum, row) => sum + row.openInvoices, 0),
    rates: today.applied(currencies),
  };
}
