import { decimalToMinorUnits } from './accountWords';

describe('decimalToMinorUnits', () => {
  it('reads major units exactly, by the currency’s decimals', () => {
    expect(decimalToMinorUnits('25', 2)).toBe(2500);
    expect(decimalToMinorUnits('-12.5', 2)).toBe(-1250);
    expect(decimalToMinorUnits('0,07', 2)).toBe(7);
    expect(decimalToMinorUnits('1500', 0)).toBe(1500);
    expect(decimalToMinorUnits('1.234', 3)).toBe(1234);
  });

  it('refuses what is not such an amount', () => {
    for (const text of ['', 'abc', '1.234', '1e3', '--1', '12.']) {
      expect(decimalToMinorUnits(text, 2)).toBeNull();
    }
  });
});
