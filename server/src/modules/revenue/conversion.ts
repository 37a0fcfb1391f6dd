import {
  minorDigits,
  money,
  multiplyByFractionRoundHalfEven,
  parseCurrency,
} from '../billing/rules/index.js';

/** Decimal places stored for a rate (numeric(20,10)). */
const rateScale = 10n ** 10n;

/** "1.0842000000" → 10842000000n (the rate × 10^10, exact). */
export function scaledRate(rate: string): bigint {
  const [whole, fraction = ''] = rate.split('.');
  return BigInt(whole!) * rateScale + BigInt(fraction.padEnd(10, '0').slice(0, 10));
}

/**
 * `amount` minor units of `from` in minor units of `to` at `rate` (one major unit of `from` is
 * `rate` major units of `to`): amount × rate × 10^(digits(to) − digits(from)), rounded half-even
 * once. 1234 JPY at 0.0068 into USD → 1234 × 0.0068 × 10^2 = 839.12 → 839 cents.
 */
export function convertMinorUnits(amount: number, from: string, to: string, rate: string): number {
  const source = parseCurrency(from);
  const target = parseCurrency(to);
  const numerator = scaledRate(rate) * 10n ** BigInt(minorDigits(target));
  const denominator = rateScale * 10n ** BigInt(minorDigits(source));
  return multiplyByFractionRoundHalfEven(money(amount, source), numerator, denominator).amount;
}

/** n / d rounded half-even, for MRR = annual / 12. */
export function divideHalfEven(n: number, d: number, currency: string): number {
  return multiplyByFractionRoundHalfEven(money(n, parseCurrency(currency)), 1n, BigInt(d)).amount;
}
