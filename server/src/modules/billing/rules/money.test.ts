import { BillingRuleError } from './errors.js';
import {
  CURRENCY_MINOR_DIGITS,
  addMoney,
  minorDigits,
  money,
  multiplyByFractionRoundHalfEven,
  parseCurrency,
  subtractMoney,
  sumMoney,
} from './money.js';

describe('money', () => {
  it('knows the minor digits of zero-, two- and three-decimal currencies', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('KWD')).toBe(3);
    expect(Object.values(CURRENCY_MINOR_DIGITS).every((d) => d === 0 || d === 2 || d === 3)).toBe(
      true,
    );
  });

  it('refuses fractional and unsafe amounts and unknown currencies', () => {
    expect(() => money(10.5, 'USD')).toThrow(BillingRuleError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'USD')).toThrow(BillingRuleError);
    expect(() => money(Number.NaN, 'USD')).toThrow(BillingRuleError);
    expect(() => parseCurrency('XXX')).toThrow(BillingRuleError);
    expect(parseCurrency('KWD')).toBe('KWD');
  });

  it('adds, subtracts and sums within one currency', () => {
    expect(addMoney(money(1050, 'EUR'), money(250, 'EUR'))).toEqual(money(1300, 'EUR'));
    expect(subtractMoney(money(1050, 'EUR'), money(2000, 'EUR'))).toEqual(money(-950, 'EUR'));
    expect(sumMoney('GBP', [money(1, 'GBP'), money(2, 'GBP'), money(3, 'GBP')])).toEqual(
      money(6, 'GBP'),
    );
    expect(sumMoney('GBP', [])).toEqual(money(0, 'GBP'));
  });

  it('throws when currencies are mixed', () => {
    expect(() => addMoney(money(1, 'USD'), money(1, 'EUR'))).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
    expect(() => subtractMoney(money(1, 'GBP'), money(1, 'USD'))).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
  });
});

describe('multiplyByFractionRoundHalfEven', () => {
  // [amount, numerator, denominator, expected, the arithmetic]
  const cases: Array<[number, bigint, bigint, number, string]> = [
    [1, 1n, 2n, 0, '0.5 → 0 (0 is even)'],
    [3, 1n, 2n, 2, '1.5 → 2'],
    [5, 1n, 2n, 2, '2.5 → 2'],
    [7, 1n, 2n, 4, '3.5 → 4'],
    [-5, 1n, 2n, -2, '−2.5 → −2'],
    [-7, 1n, 2n, -4, '−3.5 → −4'],
    [2900, 1_209_600n, 2_419_200n, 1450, '2900 × 1 209 600 / 2 419 200 = 1450 exactly'],
    [4997, 1n, 2n, 2498, '2498.5 → 2498'],
    [9999, 1n, 2n, 5000, '4999.5 → 5000'],
    [2900, 2n, 3n, 1933, '1933.33… → 1933 (below half)'],
    [100, 2n, 3n, 67, '66.66… → 67 (above half)'],
    [3450, 1900n, 10_000n, 656, '655.5 → 656'],
    [3350, 1900n, 10_000n, 636, '636.5 → 636'],
    [1, 1n, -2n, 0, '1 / −2 = −0.5 → 0 (a negative denominator is allowed)'],
    [3, 1n, -2n, -2, '3 / −2 = −1.5 → −2'],
  ];

  it.each(cases)('%i × %s / %s = %i (%s)', (amount, numerator, denominator, expected) => {
    expect(multiplyByFractionRoundHalfEven(money(amount, 'USD'), numerator, denominator)).toEqual(
      money(expected, 'USD'),
    );
  });

  it('works beyond float precision', () => {
    // 9 007 199 254 740 991 × 3 / 3 is exact only in integer arithmetic.
    expect(
      multiplyByFractionRoundHalfEven(money(Number.MAX_SAFE_INTEGER, 'JPY'), 3n, 3n).amount,
    ).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a zero denominator and results beyond safe integers', () => {
    expect(() => multiplyByFractionRoundHalfEven(money(1, 'USD'), 1n, 0n)).toThrow(
      BillingRuleError,
    );
    expect(() =>
      multiplyByFractionRoundHalfEven(money(Number.MAX_SAFE_INTEGER, 'USD'), 2n, 1n),
    ).toThrow(BillingRuleError);
  });
});
