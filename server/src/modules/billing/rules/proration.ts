import { BillingRuleError } from './errors.js';
import { type Money, multiplyByFractionRoundHalfEven } from './money.js';
import { type Instant, type Period, periodSeconds } from './periods.js';

const BASIS_POINTS = 10_000n;

function remainingSeconds(period: Period, at: Instant): bigint {
  if (period.end <= period.start) {
    throw new BillingRuleError('INVALID_INSTANT', 'A billing period must end after it starts');
  }
  if (at < period.start || at > period.end) {
    throw new BillingRuleError('INVALID_INSTANT', 'The instant is outside the billing period');
  }
  return BigInt(period.end - at);
}

/**
 * Prorated by the second, like Stripe: `price × (period end − at) / period length`, rounded once
 * (half-even). A change at the period's first second returns the whole price; at its end, zero.
 */
export function prorateRemainingTime(price: Money, period: Period, at: Instant): Money {
  return multiplyByFractionRoundHalfEven(
    price,
    remainingSeconds(period, at),
    BigInt(periodSeconds(period)),
  );
}

/** Credit (a positive amount) for the part of the old price's period not used after `at`. */
export function unusedTimeCredit(oldPrice: Money, period: Period, at: Instant): Money {
  return prorateRemainingTime(oldPrice, period, at);
}

/** Charge for the new price over the rest of the period after `at`. */
export function remainingTimeCharge(newPrice: Money, period: Period, at: Instant): Money {
  return prorateRemainingTime(newPrice, period, at);
}

/**
 * Fee for ending a contract early: `feeBps` basis points of the remaining contract value, where the
 * remaining value is the recurring price prorated by the second over the rest of the period. Both
 * factors are folded into one fraction, so the fee is rounded once (half-even).
 */
export function cancellationFee(
  recurringPrice: Money,
  feeBps: number,
  period: Period,
  at: Instant,
): Money {
  if (!Number.isSafeInteger(feeBps) || feeBps < 0 || feeBps > 10_000) {
    throw new BillingRuleError(
      'INVALID_PRICE',
      `A cancellation fee must be 0–10000 bps: ${feeBps}`,
    );
  }
  return multiplyByFractionRoundHalfEven(
    recurringPrice,
    BigInt(feeBps) * remainingSeconds(period, at),
    BASIS_POINTS * BigInt(periodSeconds(period)),
  );
}
