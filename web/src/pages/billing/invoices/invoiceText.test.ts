import { percentFromBps, taxLabel } from './invoiceText';

describe('invoice wording', () => {
  it('writes tax rates from basis points exactly', () => {
    expect(percentFromBps(1900)).toBe('19%');
    expect(percentFromBps(2550)).toBe('25.5%');
    expect(percentFromBps(705)).toBe('7.05%');
    expect(percentFromBps(0)).toBe('0%');
    expect(taxLabel(1900, false)).toBe('Tax (19%)');
    expect(taxLabel(0, true)).toBe('Tax (reverse charge)');
  });
});
