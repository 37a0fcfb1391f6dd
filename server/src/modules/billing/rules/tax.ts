import { BillingRuleError } from './errors.js';
import { type Money, multiplyByFractionRoundHalfEven } from './money.js';

/** ISO 3166-1 alpha-2, upper case (`DE`, `GB`, `US`). Greece is `GR` here; its VAT ids use `EL`. */
export type CountryCode = string;

/**
 * EU member states' standard VAT rates in basis points (1900 = 19 %), as in force in 2026
 * (Finland 25.5 % since 2024-09, Slovakia 23 % since 2025-01, Estonia 24 % since 2025-07,
 * Romania 21 % since 2025-08). Review when a member state changes its rate; an issued invoice keeps
 * the rate it was issued with, so changing this table never rewrites history.
 */
const EU_STANDARD_VAT_BPS = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
} as const satisfies Record<CountryCode, number>;

/**
 * Outside the EU: GB charges 20 % VAT (the seller is assumed UK-registered); US sales tax is not
 * modelled (0). A country missing from both tables is refused rather than silently taxed at 0.
 */
const OTHER_TAX_BPS = {
  GB: 2000,
  US: 0,
} as const satisfies Record<CountryCode, number>;

/**
 * VAT identification number formats (format only, no VIES lookup), after normalisation to upper
 * case without spaces, dots or dashes. Keyed by country; Greece's ids carry the prefix `EL`.
 */
const EU_VAT_ID_FORMATS: Readonly<Record<keyof typeof EU_STANDARD_VAT_BPS, RegExp>> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  ES: /^ES(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
  GR: /^EL\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(?:\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
};

export const REVERSE_CHARGE_NOTE =
  'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)';

type EuMemberState = keyof typeof EU_STANDARD_VAT_BPS;

export function isEuMemberState(country: CountryCode): country is EuMemberState {
  return Object.hasOwn(EU_STANDARD_VAT_BPS, country);
}

/** Upper case, without the spaces, dots and dashes people type into VAT id fields. */
export function normalizeVatId(vatId: string): string {
  return vatId.toUpperCase().replace(/[\s.-]/g, '');
}

/** Whether `vatId` has the format of a VAT id issued by `country` (an EU member state). */
export function isValidEuVatIdFormat(vatId: string, country: CountryCode): boolean {
  return isEuMemberState(country) && EU_VAT_ID_FORMATS[country].test(normalizeVatId(vatId));
}

/** The standard rate for buyers in `country`, in basis points. */
export function standardTaxRateBps(country: CountryCode): number {
  if (isEuMemberState(country)) return EU_STANDARD_VAT_BPS[country];
  if (Object.hasOwn(OTHER_TAX_BPS, country)) {
    return OTHER_TAX_BPS[country as keyof typeof OTHER_TAX_BPS];
  }
  throw new BillingRuleError(
    'UNSUPPORTED_TAX_COUNTRY',
    `No tax rate is configured for billing country "${country}"`,
  );
}

export interface TaxContext {
  /** Where the vendor running Ledgerline is established. */
  readonly sellerCountry: CountryCode;
  /** The account's billing country. */
  readonly buyerCountry: CountryCode;
  readonly buyerType: 'business' | 'individual';
  readonly buyerVatId: string | null;
}

export interface TaxTreatment {
  readonly rateBps: number;
  readonly reverseCharge: boolean;
  /** Printed on the invoice when set. */
  readonly legalNote: string | null;
}

/**
 * Which rate applies. EU reverse charge: an EU seller invoicing a business in ANOTHER member state
 * that gave a VAT id of that state's format charges 0 % and prints the legal note. Everyone else pays
 * the standard rate of their billing country (a domestic business, a consumer anywhere, a business
 * whose VAT id is missing or malformed).
 */
export function taxTreatment(context: TaxContext): TaxTreatment {
  const { sellerCountry, buyerCountry, buyerType, buyerVatId } = context;
  const reverseCharge =
    isEuMemberState(sellerCountry) &&
    isEuMemberState(buyerCountry) &&
    sellerCountry !== buyerCountry &&
    buyerType === 'business' &&
    buyerVatId != null &&
    isValidEuVatIdFormat(buyerVatId, buyerCountry);
  if (reverseCharge) return { rateBps: 0, reverseCharge: true, legalNote: REVERSE_CHARGE_NOTE };
  return { rateBps: standardTaxRateBps(buyerCountry), reverseCharge: false, legalNote: null };
}

export interface InvoiceTax extends TaxTreatment {
  readonly amount: Money;
}

/** Tax on an invoice's taxable amount: `taxable × rate bps / 10 000`, rounded once (half-even). */
export function computeInvoiceTax(taxable: Money, context: TaxContext): InvoiceTax {
  if (taxable.amount < 0) {
    throw new BillingRuleError('INVALID_AMOUNT', 'A taxable amount cannot be negative');
  }
  const treatment = taxTreatment(context);
  return {
    ...treatment,
    amount: multiplyByFractionRoundHalfEven(taxable, BigInt(treatment.rateBps), 10_000n),
  };
}

/** 1900 → "19%", 2550 → "25.5%" (no float division). */
function percentOf(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`;
}

/**
 * The tax line's one spelling, on invoices, previews and PDFs alike: "VAT 19%", "Sales tax 0%"
 * (a US buyer), "VAT (reverse charge) 0%".
 */
export function taxLabel(
  treatment: Pick<TaxTreatment, 'rateBps' | 'reverseCharge'>,
  buyerCountry: string | null,
): string {
  if (treatment.reverseCharge) return 'VAT (reverse charge) 0%';
  return `${buyerCountry === 'US' ? 'Sales tax' : 'VAT'} ${percentOf(treatment.rateBps)}`;
}
