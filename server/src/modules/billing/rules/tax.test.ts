import { TAX, eur, gbp, usd } from './catalog.fixture.js';
import { BillingRuleError } from './errors.js';
import {
  REVERSE_CHARGE_NOTE,
  type TaxContext,
  computeInvoiceTax,
  isValidEuVatIdFormat,
  standardTaxRateBps,
  taxLabel,
  taxTreatment,
} from './tax.js';

describe('standard tax rates', () => {
  it.each([
    ['US', 0],
    ['GB', 2000],
    ['DE', 1900],
    ['FR', 2000],
    ['NL', 2100],
    ['IE', 2300],
    ['ES', 2100],
    ['IT', 2200],
    ['FI', 2550],
    ['HU', 2700],
    ['LU', 1700],
    ['GR', 2400],
  ])('%s is %i bps', (country, bps) => {
    expect(standardTaxRateBps(country)).toBe(bps);
  });

  it('refuses a country it has no rate for instead of charging 0', () => {
    expect(() => standardTaxRateBps('BR')).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TAX_COUNTRY' }),
    );
  });
});

describe('EU VAT id format', () => {
  it.each([
    ['DE123456789', 'DE'],
    ['FR40303265045', 'FR'],
    ['FR 40 303 265 045', 'FR'],
    ['fr40303265045', 'FR'],
    ['NL123456789B01', 'NL'],
    ['ATU12345678', 'AT'],
    ['BE0123456789', 'BE'],
    ['EL123456789', 'GR'],
    ['ESX1234567R', 'ES'],
    ['ES12345678Z', 'ES'],
    ['IE1234567T', 'IE'],
    ['IE1234567WA', 'IE'],
    ['IT12345678901', 'IT'],
    ['SE123456789001', 'SE'],
    ['PL123-456-78-90', 'PL'],
  ])('%s is a valid format for %s', (vatId, country) => {
    expect(isValidEuVatIdFormat(vatId, country)).toBe(true);
  });

  it.each([
    ['DE12345678', 'DE', 'one digit short'],
    ['FR40303265045', 'DE', 'the prefix is not the country'],
    ['GR123456789', 'GR', 'Greece uses EL'],
    ['NL123456789A01', 'NL', 'NL needs B'],
    ['ES123456789', 'ES', 'ES cannot be all digits'],
    ['GB123456789', 'GB', 'GB is not an EU member state'],
    ['', 'DE', 'empty'],
  ])('%s is not valid for %s (%s)', (vatId, country) => {
    expect(isValidEuVatIdFormat(vatId, country)).toBe(false);
  });
});

describe('tax treatment', () => {
  it('charges a German consumer 19 %', () => {
    expect(taxTreatment(TAX.deIndividual)).toEqual({
      rateBps: 1900,
      reverseCharge: false,
      legalNote: null,
    });
  });

  it('charges a German business of a German seller 19 % (domestic, no reverse charge)', () => {
    expect(taxTreatment(TAX.deBusiness).rateBps).toBe(1900);
  });

  it('reverse charges a French business with a valid VAT id under a German seller', () => {
    expect(taxTreatment(TAX.frBusiness)).toEqual({
      rateBps: 0,
      reverseCharge: true,
      legalNote:
        'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)',
    });
  });

  it('charges a French business French VAT when its VAT id is malformed', () => {
    const context: TaxContext = { ...TAX.frBusiness, buyerVatId: 'FR123' };
    expect(taxTreatment(context)).toEqual({ rateBps: 2000, reverseCharge: false, legalNote: null });
  });

  it('charges a French consumer French VAT even with a VAT id', () => {
    const context: TaxContext = { ...TAX.frBusiness, buyerType: 'individual' };
    expect(taxTreatment(context).rateBps).toBe(2000);
  });

  it('does not reverse charge when the seller is outside the EU', () => {
    const context: TaxContext = { ...TAX.frBusiness, sellerCountry: 'US' };
    expect(taxTreatment(context).reverseCharge).toBe(false);
  });

  it('charges a British consumer 20 % and a US customer nothing', () => {
    expect(taxTreatment(TAX.gbIndividual).rateBps).toBe(2000);
    expect(taxTreatment(TAX.usIndividual).rateBps).toBe(0);
  });
});

describe('computeInvoiceTax', () => {
  it('rounds the invoice tax once, half-even', () => {
    // 3500 × 1900 / 10 000 = 665
    expect(computeInvoiceTax(eur(3500), TAX.deIndividual).amount).toEqual(eur(665));
    // 50 × 1900 / 10 000 = 9.5 → 10; 150 × 1900 / 10 000 = 28.5 → 28
    expect(computeInvoiceTax(eur(50), TAX.deIndividual).amount).toEqual(eur(10));
    expect(computeInvoiceTax(eur(150), TAX.deIndividual).amount).toEqual(eur(28));
    // 3000 × 2000 / 10 000 = 600
    expect(computeInvoiceTax(gbp(3000), TAX.gbIndividual).amount).toEqual(gbp(600));
    expect(computeInvoiceTax(usd(3000), TAX.usIndividual).amount).toEqual(usd(0));
  });

  it('puts the legal note on a reverse-charged invoice', () => {
    const tax = computeInvoiceTax(eur(3500), TAX.frBusiness);
    expect(tax.amount).toEqual(eur(0));
    expect(tax.legalNote).toBe(REVERSE_CHARGE_NOTE);
  });

  it('refuses a negative taxable amount', () => {
    expect(() => computeInvoiceTax(eur(-1), TAX.deIndividual)).toThrow(BillingRuleError);
  });
});

describe('the tax line label', () => {
  it('is spelled one way: the tax, then the rate without a space', () => {
    expect(taxLabel({ rateBps: 1900, reverseCharge: false }, 'DE')).toBe('VAT 19%');
    expect(taxLabel({ rateBps: 2550, reverseCharge: false }, 'IS')).toBe('VAT 25.5%');
    expect(taxLabel({ rateBps: 705, reverseCharge: false }, 'XX')).toBe('VAT 7.05%');
    expect(taxLabel({ rateBps: 0, reverseCharge: false }, 'US')).toBe('Sales tax 0%');
    expect(taxLabel({ rateBps: 0, reverseCharge: true }, 'FR')).toBe('VAT (reverse charge) 0%');
  });
});
