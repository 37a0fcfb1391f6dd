import { type Money, multiplyMoney, negateMoney } from './money.js';
import type { Instant, Period } from './periods.js';
import { type PlanPrice, extraSeats, intervalAdjective, recurringAmount } from './plan-price.js';
import { cancellationFee, remainingTimeCharge, unusedTimeCredit } from './proration.js';

export type InvoiceLineKind =
  'subscription' | 'extra_seats' | 'unused_time' | 'remaining_time' | 'cancellation_fee' | 'manual';

export interface InvoiceLine {
  readonly kind: InvoiceLineKind;
  readonly description: string;
  readonly quantity: number;
  readonly unitAmount: Money;
  /** quantity × unit amount; negative for a credit. */
  readonly amount: Money;
  readonly periodStart: Instant;
  readonly periodEnd: Instant;
  readonly proration: boolean;
}

/** Lines are only written for amounts that move money; a zero line is noise on an invoice. */
function nonZero(lines: readonly InvoiceLine[]): InvoiceLine[] {
  return lines.filter((line) => line.amount.amount !== 0);
}

function seatCount(seats: number): string {
  return seats === 1 ? '1 seat' : `${seats} seats`;
}

function percentFromBps(bps: number): string {
  const hundredths = bps % 100;
  const fraction =
    hundredths === 0 ? '' : `.${String(hundredths).padStart(2, '0').replace(/0$/, '')}`;
  return `${Math.trunc(bps / 100)}${fraction}%`;
}

function singleLine(
  kind: InvoiceLineKind,
  description: string,
  amount: Money,
  period: Period,
  proration: boolean,
): InvoiceLine {
  return {
    kind,
    description,
    quantity: 1,
    unitAmount: amount,
    amount,
    periodStart: period.start,
    periodEnd: period.end,
    proration,
  };
}

/** A full period billed in advance: the base price, and the extra seats as their own line. */
export function fullPeriodLines(price: PlanPrice, seats: number, period: Period): InvoiceLine[] {
  const name = `${price.planName} (${intervalAdjective(price.interval)})`;
  const extra = extraSeats(price, seats);
  const lines = [singleLine('subscription', name, price.unitAmount, period, false)];
  if (extra > 0 && price.extraSeatAmount != null) {
    lines.push({
      kind: 'extra_seats',
      description: `${name}: seats beyond the ${price.includedSeats} included`,
      quantity: extra,
      unitAmount: price.extraSeatAmount,
      amount: multiplyMoney(price.extraSeatAmount, extra),
      periodStart: period.start,
      periodEnd: period.end,
      proration: false,
    });
  }
  return nonZero(lines);
}

function describePlan(price: PlanPrice, seats: number): string {
  return `${price.planName} (${intervalAdjective(price.interval)}, ${seatCount(seats)})`;
}

function prorationLine(
  kind: 'unused_time' | 'remaining_time',
  price: PlanPrice,
  seats: number,
  period: Period,
  at: Instant,
): InvoiceLine[] {
  const recurring = recurringAmount(price, seats);
  const [label, amount] =
    kind === 'unused_time'
      ? ['Unused', negateMoney(unusedTimeCredit(recurring, period, at))]
      : ['Remaining', remainingTimeCharge(recurring, period, at)];
  // The line's period (from `at` to the period end) says when; the text need not.
  const description = `${label} time on ${describePlan(price, seats)}`;
  return nonZero([singleLine(kind, description, amount, { start: at, end: period.end }, true)]);
}

/** Credit for the old plan's time not used after `at` (a negative line, rounded once). */
export function unusedTimeLine(
  price: PlanPrice,
  seats: number,
  period: Period,
  at: Instant,
): InvoiceLine[] {
  return prorationLine('unused_time', price, seats, period, at);
}

/** Charge for the new plan over the rest of the period after `at` (rounded once). */
export function remainingTimeLine(
  price: PlanPrice,
  seats: number,
  period: Period,
  at: Instant,
): InvoiceLine[] {
  return prorationLine('remaining_time', price, seats, period, at);
}

/** The plan's fee for ending early, if it has one (rounded once). */
export function cancellationFeeLine(
  price: PlanPrice,
  seats: number,
  period: Period,
  at: Instant,
): InvoiceLine[] {
  const fee = cancellationFee(recurringAmount(price, seats), price.cancellationFeeBps, period, at);
  const description =
    `Cancellation fee: ${percentFromBps(price.cancellationFeeBps)} of the remaining contract ` +
    `on ${describePlan(price, seats)}`;
  return nonZero([
    singleLine('cancellation_fee', description, fee, { start: at, end: period.end }, false),
  ]);
}

/** A line an operator writes on a manual invoice: what, how many, at what unit price. */
export interface ManualLineItem {
  readonly description: string;
  readonly quantity: number;
  readonly unitAmount: Money;
}

/**
 * The lines of a manual invoice, in the order given: quantity × unit amount each (exact: integer
 * minor units times a whole quantity, no rounding), all dated to `period`. Zero lines are kept:
 * an operator who writes one means it to be printed ("Onboarding workshop — included").
 */
export function manualInvoiceLines(
  items: readonly ManualLineItem[],
  period: Period,
): InvoiceLine[] {
  return items.map((item) => ({
    kind: 'manual',
    description: item.description,
    quantity: item.quantity,
    unitAmount: item.unitAmount,
    amount: multiplyMoney(item.unitAmount, item.quantity),
    periodStart: period.start,
    periodEnd: period.end,
    proration: false,
  }));
}
