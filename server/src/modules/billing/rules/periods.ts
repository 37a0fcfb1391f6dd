import { BillingRuleError, unreachable } from './errors.js';

/**
 * An instant as whole seconds since 1970-01-01T00:00:00Z. Billing is prorated by the second, so a
 * whole-second integer is exact, and it survives JSON unchanged (a `Date` does not).
 */
export type Instant = number;

export type BillingInterval = 'month' | 'year';

/** A half-open billing period [start, end). */
export interface Period {
  readonly start: Instant;
  readonly end: Instant;
}

const SECONDS_PER_DAY = 86_400;
/** 9999-12-31T23:59:59Z: beyond it `Date.UTC` arithmetic and four-digit years stop holding. */
const LAST_INSTANT = 253_402_300_799;

export function assertInstant(value: Instant, what = 'instant'): Instant {
  if (!Number.isSafeInteger(value) || value < 0 || value > LAST_INSTANT) {
    throw new BillingRuleError(
      'INVALID_INSTANT',
      `The ${what} must be whole seconds between 1970 and 9999, got ${value}`,
    );
  }
  return value;
}

/** Drops the milliseconds: a change requested at 10:00:00.900 happens at 10:00:00. */
export function instantFromDate(date: Date): Instant {
  return assertInstant(Math.floor(date.getTime() / 1000));
}

export function dateFromInstant(instant: Instant): Date {
  return new Date(assertInstant(instant) * 1000);
}

export function addDays(instant: Instant, days: number): Instant {
  return assertInstant(instant + days * SECONDS_PER_DAY);
}

export function periodSeconds(period: Period): number {
  return period.end - period.start;
}

function monthsPerPeriod(interval: BillingInterval): number {
  switch (interval) {
    case 'month':
      return 1;
    case 'year':
      return 12;
    default:
      return unreachable(interval);
  }
}

function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The `index`-th period boundary counted from the billing anchor (index 0 is the anchor itself).
 *
 * Each boundary is computed from the anchor and the index — never by adding a month to the previous
 * boundary — so a subscription anchored on Jan 31 renews Feb 28 (29 in leap years), Mar 31, Apr 30,
 * May 31…: the day is the anchor's day, or the month's last day when the month is shorter. An annual
 * anchor on Feb 29 renews Feb 28 in common years and Feb 29 in leap years. Time of day is kept; all
 * arithmetic is UTC.
 */
export function periodBoundary(anchor: Instant, interval: BillingInterval, index: number): Instant {
  assertInstant(anchor, 'billing anchor');
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new BillingRuleError('INVALID_INSTANT', `A period index must be 0 or more: ${index}`);
  }
  const a = new Date(anchor * 1000);
  const monthsIntoAnchorYear = a.getUTCMonth() + index * monthsPerPeriod(interval);
  const year = a.getUTCFullYear() + Math.floor(monthsIntoAnchorYear / 12);
  const monthIndex = monthsIntoAnchorYear % 12;
  const day = Math.min(a.getUTCDate(), daysInMonth(year, monthIndex));
  const boundaryMs = Date.UTC(
    year,
    monthIndex,
    day,
    a.getUTCHours(),
    a.getUTCMinutes(),
    a.getUTCSeconds(),
  );
  return assertInstant(boundaryMs / 1000, 'period boundary');
}

/** The period that starts at the anchor. */
export function firstPeriod(anchor: Instant, interval: BillingInterval): Period {
  return { start: anchor, end: periodBoundary(anchor, interval, 1) };
}

/** The period of the anchor's schedule that contains `at` (start ≤ at < end). */
export function billingPeriodContaining(
  anchor: Instant,
  interval: BillingInterval,
  at: Instant,
): Period & { readonly index: number } {
  assertInstant(at);
  if (at < assertInstant(anchor, 'billing anchor')) {
    throw new BillingRuleError('INVALID_INSTANT', 'The instant precedes the billing anchor');
  }
  const a = new Date(anchor * 1000);
  const t = new Date(at * 1000);
  const monthsApart =
    (t.getUTCFullYear() - a.getUTCFullYear()) * 12 + (t.getUTCMonth() - a.getUTCMonth());
  // The month count is right or one too many (when `at` is before the anchor's day in its month).
  let index = Math.max(0, Math.floor(monthsApart / monthsPerPeriod(interval)));
  while (index > 0 && periodBoundary(anchor, interval, index) > at) index -= 1;
  while (periodBoundary(anchor, interval, index + 1) <= at) index += 1;
  return {
    index,
    start: periodBoundary(anchor, interval, index),
    end: periodBoundary(anchor, interval, index + 1),
  };
}
