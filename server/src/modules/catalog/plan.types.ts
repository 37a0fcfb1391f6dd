import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../graphql/money.js';
import { limitLabels } from './catalog.seed.js';
import type { BillingInterval, Plan } from './plan.entity.js';

export const BillingIntervalEnum = { MONTH: 'MONTH', YEAR: 'YEAR' } as const;
registerEnumType(BillingIntervalEnum, { name: 'BillingInterval' });

@ObjectType('PlanPrice')
export class PlanPriceType {
  @Field(() => ID)
  id!: string;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field()
  currency!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money, {
    nullable: true,
    description:
      'Price of each seat beyond the included ones, per interval; null when extra seats are not sold.',
  })
  perSeatAmount!: Money | null;
}

@ObjectType()
export class PlanFeature {
  @Field()
  key!: string;

  @Field()
  label!: string;
}

@ObjectType()
export class PlanLimit {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true, description: 'null means unlimited.' })
  limit!: number | null;
}

@ObjectType('Plan')
export class PlanType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable code: free, basic, advanced, enterprise.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int, { description: 'Order in the tier comparison, lowest first.' })
  rank!: number;

  @Field(() => Int)
  includedSeats!: number;

  @Field(() => Int)
  trialDays!: number;

  @Field({ description: 'Enterprise: the price is set per account by an operator.' })
  customPricing!: boolean;

  @Field(() => [PlanPriceType])
  prices!: PlanPriceType[];

  /** The plan's feature keys; `features` (plan.resolver.ts) shows those this deployment offers. */
  featureKeys!: readonly string[];

  @Field(() => [PlanLimit])
  limits!: PlanLimit[];
}

const limitKeys = Object.keys(limitLabels);
const limitOrder = (key: string) => {
  const index = limitKeys.indexOf(key);
  return index === -1 ? limitKeys.length : index;
};

const intervalOrder: Record<BillingInterval, number> = { MONTH: 0, YEAR: 1 };

/** The public shape of a plan; `prices` must be populated (active ones only). */
export function toPlanType(plan: Plan): PlanType {
  const prices = plan.prices
    .getItems()
    .filter((p) => p.active)
    .sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        intervalOrder[a.interval] - intervalOrder[b.interval],
    );
  return {
    id: plan.id,
    code: plan.code,
    name: plan.name,
    description: plan.description,
    rank: plan.rank,
    includedSeats: plan.includedSeats,
    trialDays: plan.trialDays,
    customPricing: plan.customPricing,
    prices: prices.map((p) => ({
      id: p.id,
      interval: p.interval,
      currency: p.currency,
      amount: toMoney(p.unitAmount, p.currency),
      perSeatAmount: p.perSeatAmount === null ? null : toMoney(p.perSeatAmount, p.currency),
    })),
    featureKeys: plan.features,
    // jsonb does not keep key order; show limits in the catalog's order.
    limits: Object.entries(plan.limits)
      .sort(([a], [b]) => limitOrder(a) - limitOrder(b) || a.localeCompare(b))
      .map(([key, limit]) => ({ key, label: limitLabels[key] ?? key, limit })),
  };
}
