import { isCurrency, minorDigits } from './money.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats minor units exactly ("$29.00", "-€14.50", "¥500", "KWD 1.250"): the decimal string is
 * built with integer arithmetic and handed to Intl as a string, which formats it without a float.
 * Decimals come from the ISO 4217 table in money.ts (Intl's own data differs for a few codes);
 * Intl's are used only for a currency the table lacks.
 */
export function formatMinorUnits(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer amount: ${amount}`);
  const digits = isCurrency(currency)
    ? minorDigits(currency)
    : (new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2);
  const negative = amount < 0;
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? '.' + abs.slice(abs.length - digits) : '';
  const decimal = `${negative ? '-' : ''}${whole}${fraction}`;
  return formatterFor(currency, digits).format(decimal as Intl.StringNumericLiteral);
}
