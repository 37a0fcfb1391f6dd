import { BillingRuleError } from './errors.js';

/**
 * ISO 4217 minor-unit digits: how many decimal places one major unit is split into. The single
 * source for converting between minor units and displayed amounts.
 */
export const CURRENCY_MINOR_DIGITS = {
  AUD: 2,
  BHD: 3,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  INR: 2,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  MXN: 2,
  NOK: 2,
  NZD: 2,
  OMR: 3,
  PLN: 2,
  RON: 2,
  SEK: 2,
  SGD: 2,
  TND: 3,
  USD: 2,
  VND: 0,
  ZAR: 2,
} as const satisfies Record<string, 0 | 2 | 3>;

export type Currency = keyof typeof CURRENCY_MINOR_DIGITS;

/** An amount in the currency's minor unit (cents, pence, yen, fils): always a safe integer. */
export interface Money {
  readonly amount: number;
  readonly currency: Currency;
}

export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCY_MINOR_DIGITS, code);
}

export function parseCurrency(code: string): Currency {
  if (!isCurrency(code)) {
    throw new BillingRuleError('UNKNOWN_CURRENCY', `Unknown currency "${code}"`);
  }
  return code;
}

export function minorDigits(currency: Currency): 0 | 2 | 3 {
  return CURRENCY_MINOR_DIGITS[currency];
}

export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new BillingRuleError(
      'INVALID_AMOUNT',
      `A money amount must be a whole number of minor units, got ${amount} ${currency}`,
    );
  }
  parseCurrency(currency);
  // -0 would survive JSON as 0 but fail Object.is comparisons in callers; normalise it.
  return { amount: amount === 0 ? 0 : amount, currency };
}

export function zeroMoney(currency: Currency): Money {
  return money(0, currency);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new BillingRuleError(
      'CURRENCY_MISMATCH',
      `Cannot combine ${a.currency} with ${b.currency}`,
    );
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function negateMoney(a: Money): Money {
  return money(-a.amount, a.currency);
}

export function sumMoney(currency: Currency, amounts: readonly Money[]): Money {
  return amounts.reduce(addMoney, zeroMoney(currency));
}

export function minMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return a.amount <= b.amount ? a : b;
}

/** `unitAmount × quantity`, exact (no rounding is involved in multiplying by a whole number). */
export function multiplyMoney(unitAmount: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) {
    throw new BillingRuleError('INVALID_AMOUNT', `A quantity must be a whole number: ${quantity}`);
  }
  return money(unitAmount.amount * quantity, unitAmount.currency);
}

/**
 * THE rounding rule of Ledgerline billing, used once per invoice line (proration, cancellation fee)
 * and once per invoice (tax):
 *
 *   result = amount × numerator / denominator, computed exactly on integers (bigint), then rounded
 *   to the nearest minor unit; an exact half goes to the EVEN neighbour ("banker's rounding":
 *   0.5 → 0, 1.5 → 2, 2.5 → 2, 3.5 → 4, -2.5 → -2).
 *
 * Half-even has no upward bias, so summing many rounded lines drifts less than half-up would. Callers
 * fold every factor of a line into one fraction (e.g. price × fee bps × remaining seconds over
 * 10 000 × period seconds) so a line is rounded exactly once, never on an intermediate result.
 */
export function multiplyByFractionRoundHalfEven(
  value: Money,
  numerator: bigint,
  denominator: bigint,
): Money {
  if (denominator === 0n) {
    throw new BillingRuleError('INVALID_AMOUNT', 'Cannot divide money by zero');
  }
  const sign = denominator < 0n ? -1n : 1n;
  const rounded = divideRoundHalfEven(BigInt(value.amount) * numerator * sign, denominator * sign);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER) || rounded < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new BillingRuleError('INVALID_AMOUNT', `Amount out of range for ${value.currency}`);
  }
  return money(Number(rounded), value.currency);
}

/** Exact n / d rounded half-even; d > 0. */
function divideRoundHalfEven(n: bigint, d: bigint): bigint {
  // bigint division truncates toward zero; move to floor so the remainder is in [0, d).
  let quotient = n / d;
  let remainder = n % d;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += d;
  }
  const twiceRemainder = 2n * remainder;
  if (twiceRemainder > d) return quotient + 1n;
  if (twiceRemainder < d) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}
