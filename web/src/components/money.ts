/**
 * Money arrives as an integer in the currency's minor unit. The one place the web app turns that
 * into text: the decimal point is placed by string arithmetic and Intl.NumberFormat formats the
 * exact decimal string, so no amount ever passes through a binary float.
 */

/**
 * ISO 4217 minor-unit exponents that differ from 2. Intl's own currency data comes from CLDR, which
 * disagrees with ISO for a few codes (IQD, for one); minor units follow ISO, so this table decides.
 */
const minorUnitExceptions: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** How many digits of the currency's minor unit follow the decimal point (JPY 0, USD 2, KWD 3). */
export function currencyDigits(currency: string): number {
  return minorUnitExceptions[currency.toUpperCase()] ?? 2;
}

/** The exact decimal string for an amount in minor units: 12345 KWD → "12.345", -5 USD → "-0.05". */
export function minorUnitsToDecimalString(amount: number, currency: string): `${number}` {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`A money amount must be an integer in minor units, got ${amount}`);
  }
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount).toString();
  if (digits === 0) return `${sign}${magnitude}` as `${number}`;
  const padded = magnitude.padStart(digits + 1, '0');
  const major = padded.slice(0, -digits);
  const minor = padded.slice(-digits);
  return `${sign}${major}.${minor}` as `${number}`;
}

/** Formats minor units for display in the given locale (the browser's by default). */
export function formatMinorUnits(amount: number, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorUnitsToDecimalString(amount, currency));
}

/**
 * An amount typed with thousands separators ("89", "89.5", "1,234.56"), in minor units of
 * `currency`; null unless it is a positive amount with at most the currency's digits.
 */
export function decimalToMinorUnits(text: string, currency: string): number | null {
  const minor = decimalStringToMinorUnits(text.trim().replace(/[,\s]/g, ''), currency);
  return minor !== null && minor > 0 ? minor : null;
}

/**
 * What a person typed as an amount ("29", "29.5", "1234.56") in minor units, by string
 * arithmetic: 29.5 USD → 2950, 1500 JPY → 1500. Null for anything else (a sign, letters, more
 * decimals than the currency has, or more than 15 digits).
 */
export function decimalStringToMinorUnits(text: string, currency: string): number | null {
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(text.trim());
  if (match === null) return null;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(`${match[1]}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}
