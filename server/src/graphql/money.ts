import { Field, Int, ObjectType } from 'type-graphql';

/** An amount in the currency's minor unit (cents) with its ISO 4217 code. Never a float. */
@ObjectType({ description: 'An amount of money in minor units (cents) with its currency.' })
export class Money {
  @Field(() => Int, { description: 'Integer amount in the minor unit of the currency.' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD.' })
  currency!: string;

  @Field({ description: 'Formatted for display, e.g. "$29.00".' })
  formatted!: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/**
 * Formats minor units exactly: the decimal string is built with integer arithmetic and handed to
 * Intl as a string (which it formats without converting to a float). The number of decimals is
 * the currency's own (JPY 0, USD 2, KWD 3), as Intl knows it.
 */
export function formatMinorUnits(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer amount: ${amount}`);
  const formatter = formatterFor(currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const negative = amount < 0;
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? '.' + abs.slice(abs.length - digits) : '';
  return formatter.format(`${negative ? '-' : ''}${whole}${fraction}` as unknown as number);
}

export function toMoney(amount: number, currency: string): Money {
  return { amount, currency, formatted: formatMinorUnits(amount, currency) };
}
