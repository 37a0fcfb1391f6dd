import { Field, Int, ObjectType } from 'type-graphql';
import { formatMinorUnits } from '../modules/billing/rules/index.js';

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

export { formatMinorUnits };

/**
 * `formatted` is worked out when read: a list of invoices builds several amounts per invoice and
 * line, and most queries ask for few of them formatted (a partner's program asks for none).
 */
export function toMoney(amount: number, currency: string): Money {
  return {
    amount,
    currency,
    get formatted() {
      return formatMinorUnits(amount, currency);
    },
  };
}
