import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.js';

@ObjectType({ description: 'The rate a converted figure used.' })
export class AppliedRate {
  @Field()
  currency!: string;

  @Field({ description: 'The day of the rate used: the latest on or before the figure’s day.' })
  day!: string;

  @Field({ description: 'One unit of currency in the reporting currency, exact decimal text.' })
  rate!: string;
}

@ObjectType({ description: 'An amount per currency and converted into the reporting currency.' })
export class RevenueFigure {
  @Field(() => [Money], { description: 'One amount per currency, alphabetically.' })
  byCurrency!: Money[];

  @Field(() => Money, {
    nullable: true,
    description: 'The sum in the reporting currency; null when a currency has no rate yet.',
  })
  converted!: Money | null;

  @Field(() => [String], { description: 'Currencies with no rate on or before the day.' })
  missingRates!: string[];
}

@ObjectType()
export class CurrencyCount {
  @Field()
  currency!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One UTC calendar month.' })
export class RevenueMonth {
  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field({ description: 'The day the month’s MRR and rates are read at (its last, or today).' })
  day!: string;

  @Field(() => RevenueFigure, { description: 'MRR at the end of the month.' })
  mrr!: RevenueFigure;

  @Field(() => Int, { description: 'Paying subscriptions at the end of the month.' })
  payingSubscriptions!: number;

  @Field(() => [CurrencyCount])
  newAccounts!: CurrencyCount[];

  @Field(() => [CurrencyCount])
  churnedAccounts!: CurrencyCount[];

  @Field(() => Int)
  failedPayments!: number;

  @Field(() => RevenueFigure, { description: 'Totals of invoices whose first payment failed.' })
  failedAmount!: RevenueFigure;

  @Field(() => Int)
  recoveredPayments!: number;

  @Field(() => RevenueFigure, { description: 'Paid this month after a failed attempt (dunning).' })
  recoveredAmount!: RevenueFigure;

  @Field(() => [AppliedRate], { description: 'Rates used for this month’s conversions.' })
  rates!: AppliedRate[];
}

@ObjectType()
export class PlanRevenue {
  @Field()
  planCode!: string;

  @Field()
  planName!: string;

  @Field()
  currency!: string;

  @Field(() => Int)
  paying!: number;

  @Field(() => Int)
  trialing!: number;

  @Field(() => Money)
  mrr!: Money;

  @Field(() => Money, { nullable: true, description: 'null when the currency has no rate.' })
  mrrConverted!: Money | null;
}

@ObjectType({ description: 'Revenue figures (docs/API.md "Revenue figures").' })
export class RevenueMetrics {
  @Field()
  reportingCurrency!: string;

  @Field(() => Date)
  asOf!: Date;

  @Field({ description: 'Today (UTC): the day current figures are converted at.' })
  day!: string;

  @Field(() => [String], { description: 'Currencies with any figure, alphabetically.' })
  currencies!: string[];

  @Field(() => RevenueFigure)
  mrr!: RevenueFigure;

  @Field(() => RevenueFigure, { description: 'MRR × 12 per currency.' })
  arr!: RevenueFigure;

  @Field(() => Int)
  payingSubscriptions!: number;

  @Field(() => Int)
  trialingSubscriptions!: number;

  @Field(() => [PlanRevenue], { description: 'Live subscriptions by plan and currency.' })
  plans!: PlanRevenue[];

  @Field(() => [RevenueMonth], { description: 'The last 12 months, oldest first, this one last.' })
  months!: RevenueMonth[];

  @Field(() => RevenueFigure, { description: 'Amounts due on open invoices.' })
  receivables!: RevenueFigure;

  @Field(() => RevenueFigure, { description: 'The part of receivables past its due date.' })
  overdueReceivables!: RevenueFigure;

  @Field(() => Int)
  openInvoices!: number;

  @Field(() => [AppliedRate], { description: 'Rates used for the current figures.' })
  rates!: AppliedRate[];
}
