import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ExchangeRate } from './exchange-rate.entity.js';

@ObjectType('ExchangeRate', {
  description:
    "One day's rate: one unit of `currency` is worth `rate` units of `reportingCurrency`.",
})
export class ExchangeRateType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'UTC calendar day, YYYY-MM-DD.' })
  day!: string;

  @Field()
  currency!: string;

  @Field()
  reportingCurrency!: string;

  @Field({ description: 'Exact decimal as text, e.g. "1.0842".' })
  rate!: string;

  @Field({ description: 'manual or csv.' })
  source!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ExchangeRateList {
  @Field({ description: 'REPORTING_CURRENCY: what every rate converts into.' })
  reportingCurrency!: string;

  @Field(() => [ExchangeRateType], { description: 'Newest day first.' })
  rates!: ExchangeRateType[];
}

@ObjectType()
export class ImportExchangeRatesResult {
  @Field(() => Int)
  imported!: number;
}

@InputType()
export class SaveExchangeRateInput {
  @Field({ description: 'UTC calendar day, YYYY-MM-DD.' })
  day!: string;

  @Field({ description: 'ISO 4217 code converted from.' })
  currency!: string;

  @Field({ description: 'Positive decimal as text, at most 10 decimals, e.g. "1.0842".' })
  rate!: string;
}

@InputType()
export class ImportExchangeRatesInput {
  @Field({
    description:
      'Lines of day,currency,rate (e.g. 2027-01-31,EUR,1.0842); an optional header line; all or nothing.',
  })
  csv!: string;
}

export function toExchangeRateType(rate: ExchangeRate): ExchangeRateType {
  return {
    id: rate.id,
    day: rate.day,
    currency: rate.currency,
    reportingCurrency: rate.reportingCurrency,
    rate: rate.rate,
    source: rate.source,
    updatedAt: rate.updatedAt,
  };
}
