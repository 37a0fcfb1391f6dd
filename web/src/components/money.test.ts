import {
  currencyDigits,
  decimalStringToMinorUnits,
  decimalToMinorUnits,
  formatMinorUnits,
  minorUnitsToDecimalString,
} from './money';

describe('reading a typed amount into minor units', () => {
  it('places the decimals by the currency: cents, whole yen, fils', () => {
    expect(decimalStringToMinorUnits('29', 'USD')).toBe(2900);
    expect(decimalStringToMinorUnits('29.5', 'USD')).toBe(2950);
    expect(decimalStringToMinorUnits(' 0,05 ', 'EUR')).toBe(5);
    expect(decimalStringToMinorUnits('1500', 'JPY')).toBe(1500);
    expect(decimalStringToMinorUnits('1.005', 'KWD')).toBe(1005);
  });

  it('refuses signs, letters and more decimals than the currency has', () => {
    for (const bad of ['', '-1', '1e3', '12.345', 'abc', '1.2.3', '1234567890123456']) {
      expect(decimalStringToMinorUnits(bad, 'USD')).toBeNull();
    }
    expect(decimalStringToMinorUnits('10.5', 'JPY')).toBeNull();
  });
});

describe('formatting money from minor units', () => {
  it('shows yen without decimals, because JPY has no minor unit', () => {
    expect(formatMinorUnits(1500, 'JPY', 'en-US')).toBe('¥1,500');
  });

  it('shows dollars with two decimals from cents', () => {
    expect(formatMinorUnits(2900, 'USD', 'en-US')).toBe('$29.00');
    expect(formatMinorUnits(1, 'USD', 'en-US')).toBe('$0.01');
    expect(formatMinorUnits(123456789, 'USD', 'en-US')).toBe('$1,234,567.89');
  });

  it('shows Kuwaiti dinars with three decimals from fils', () => {
    expect(formatMinorUnits(12345, 'KWD', 'en-US')).toMatch(/^KWD\s12\.345$/);
    expect(formatMinorUnits(5, 'KWD', 'en-US')).toMatch(/^KWD\s0\.005$/);
  });

  it('keeps amounts exact where float division would not (0.1 + 0.2 style errors)', () => {
    // 1.005 cannot be represented as a double; dividing 100500 by 100000 and rounding is fragile.
    expect(minorUnitsToDecimalString(1005, 'KWD')).toBe('1.005');
    expect(minorUnitsToDecimalString(9007199254740991, 'USD')).toBe('90071992547409.91');
  });

  it('formats credits (negative amounts) with the sign', () => {
    expect(formatMinorUnits(-250, 'USD', 'en-US')).toBe('-$2.50');
    expect(minorUnitsToDecimalString(-5, 'USD')).toBe('-0.05');
  });

  it('follows the locale for separators and symbol placement', () => {
    expect(formatMinorUnits(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('refuses an amount that is not an integer number of minor units', () => {
    expect(() => formatMinorUnits(29.5, 'USD', 'en-US')).toThrow(RangeError);
  });

  it('knows the ISO minor-unit exponent where CLDR disagrees', () => {
    expect(currencyDigits('IQD')).toBe(3);
    expect(currencyDigits('usd')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });
});

describe('decimalToMinorUnits', () => {
  it('reads typed amounts into minor units by string arithmetic', () => {
    expect(decimalToMinorUnits('89', 'EUR')).toBe(8900);
    expect(decimalToMinorUnits('89.5', 'EUR')).toBe(8950);
    expect(decimalToMinorUnits('1,234.56', 'USD')).toBe(123456);
    expect(decimalToMinorUnits('0.29', 'EUR')).toBe(29);
    expect(decimalToMinorUnits('1500', 'JPY')).toBe(1500);
    expect(decimalToMinorUnits('1.234', 'KWD')).toBe(1234);
  });

  it('refuses what is not a positive amount in the currency', () => {
    for (const [text, currency] of [
      ['', 'EUR'],
      ['0', 'EUR'],
      ['-5', 'EUR'],
      ['1.234', 'EUR'],
      ['1.5', 'JPY'],
      ['12abc', 'EUR'],
      ['1e5', 'EUR'],
    ] as const) {
      expect(decimalToMinorUnits(text, currency)).toBeNull();
    }
  });
});
