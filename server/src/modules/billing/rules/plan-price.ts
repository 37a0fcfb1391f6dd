import { BillingRuleError, unreachable } from './errors.js';
import { type Money, addMoney, multiplyMoney } from './money.js';
import type { BillingInterval } from './periods.js';

/**
 * One catalog price as the rules need it: a snapshot of a versioned price (an operator's later edit
 * creates a new price id, so an issued invoice or a running subscription never changes under it).
 * For Enterprise the service passes the account's custom price here.
 */
export interface PlanPrice {
  readonly priceId: string;
  readonly planId: string;
  readonly planName: string;
  readonly interval: BillingInterval;
  /** Price of one period, covering `includedSeats`. */
  readonly unitAmount: Money;
  readonly includedSeats: number;
  /** Price of one seat beyond the included ones for one period; null when extra seats are not sold. */
  readonly extraSeatAmount: Money | null;
  /** 0 when the plan has no trial. */
  readonly trialDays: number;
  /** Share of the remaining contract value charged on immediate cancellation; 0 for none. */
  readonly cancellationFeeBps: number;
}

function assertWhole(value: number, min: number, max: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BillingRuleError('INVALID_PRICE', `${what} must be a whole number ${min}–${max}`);
  }
}

function assertValidPrice(price: PlanPrice): PlanPrice {
  if (price.unitAmount.amount < 0) {
    throw new BillingRuleError('INVALID_PRICE', `Price ${price.priceId} is negative`);
  }
  if (price.extraSeatAmount != null) {
    if (price.extraSeatAmount.amount < 0) {
      throw new BillingRuleError(
        'INVALID_PRICE',
        `Price ${price.priceId} has a negative seat price`,
      );
    }
    addMoney(price.unitAmount, price.extraSeatAmount); // same currency, or CURRENCY_MISMATCH
  }
  assertWhole(price.includedSeats, 1, Number.MAX_SAFE_INTEGER, 'Included seats');
  assertWhole(price.trialDays, 0, 730, 'Trial days');
  assertWhole(price.cancellationFeeBps, 0, 10_000, 'A cancellation fee in basis points');
  return price;
}

/** The price with this id among those the caller loaded, validated. */
export function findPrice(prices: readonly PlanPrice[], priceId: string): PlanPrice {
  const price = prices.find((candidate) => candidate.priceId === priceId);
  if (price == null) {
    throw new BillingRuleError('PRICE_NOT_FOUND', `Price ${priceId} was not provided`);
  }
  return assertValidPrice(price);
}

/** Seats beyond the included ones; refuses a seat count the price cannot sell. */
export function extraSeats(price: PlanPrice, seats: number): number {
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new BillingRuleError(
      'INVALID_SEATS',
      `A subscription needs 1 or more seats, got ${seats}`,
    );
  }
  const extra = Math.max(0, seats - price.includedSeats);
  if (extra > 0 && price.extraSeatAmount == null) {
    throw new BillingRuleError(
      'SEAT_LIMIT',
      `${price.planName} includes ${price.includedSeats} seats and sells no extra seats`,
    );
  }
  return extra;
}

/**
 * The seats a subscription holds on this price: the number asked for, and never fewer than the
 * plan includes (the base price pays for those either way). "Seats" everywhere means this number:
 * how many members and open invitations the account may have. Refuses a count the price cannot
 * sell.
 */
export function seatsOnPrice(price: PlanPrice, requested: number): number {
  extraSeats(price, requested);
  return Math.max(requested, price.includedSeats);
}

/** What one full period costs with `seats` seats: the base price plus every extra seat. */
export function recurringAmount(price: PlanPrice, seats: number): Money {
  const extra = extraSeats(price, seats);
  if (price.extraSeatAmount == null || extra === 0) return price.unitAmount;
  return addMoney(price.unitAmount, multiplyMoney(price.extraSeatAmount, extra));
}

export function intervalAdjective(interval: BillingInterval): string {
  switch (interval) {
    case 'month':
      return 'monthly';
    case 'year':
      return 'annual';
    default:
      return unreachable(interval);
  }
}
