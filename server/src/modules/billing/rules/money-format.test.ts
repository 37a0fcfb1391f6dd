import { formatMinorUnits } from './money-format.js';

describe('formatMinorUnits', () => {
  it.each([
    [2900, 'USD', '$29.00'],
    [-1450, 'EUR', '-€14.50'],
    [123456, 'GBP', '£1,234.56'],
    [500, 'JPY', '¥500'],
    [1250, 'KWD', 'KWD 1.250'],
    [5, 'USD', '$0.05'],
    [9007199254740991, 'USD', '$90,071,992,547,409.91'],
  ])('formats %d %s as %s', (amount, currency, expected) => {
    expect(formatMinorUnits(amount, currency).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('refuses a fractional amount', () => {
    expect(() => formatMinorUnits(10.5, 'USD')).toThrow(RangeError);
  });
});
