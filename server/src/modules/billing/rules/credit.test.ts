import { eur, usd } from './catalog.fixture.js';
import { applyCreditBalance } from './credit.js';

describe('applyCreditBalance', () => {
  it('uses part of a large balance and keeps the rest', () => {
    // 5000 − 2900 = 2100 left
    expect(applyCreditBalance(usd(5000), usd(2900))).toEqual({
      applied: usd(2900),
      remainingBalance: usd(2100),
      amountAfterCredit: usd(0),
    });
  });

  it('uses all of a small balance and leaves the rest to pay', () => {
    // 2900 − 1000 = 1900 to pay
    expect(applyCreditBalance(usd(1000), usd(2900))).toEqual({
      applied: usd(1000),
      remainingBalance: usd(0),
      amountAfterCredit: usd(1900),
    });
  });

  it('accepts an empty balance in any currency', () => {
    expect(applyCreditBalance(usd(0), eur(700)).amountAfterCredit).toEqual(eur(700));
  });

  it('refuses a balance in another currency and a negative balance', () => {
    expect(() => applyCreditBalance(usd(100), eur(700))).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
    expect(() => applyCreditBalance(usd(-1), usd(700))).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});
