import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../graphql/money.js';
import { limitLabels } from './catalog.seed.js';
import type { BillingInterval, Plan, PlanPrice } from './plan.entity.js';

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

  /**
   * Whose contract prices `Plan.prices` may show: the account this plan was reached from (its own
   * Enterprise contract). Null: catalog prices only — another account's contract never shows.
   */
  contractPricesOf!: string | null;

  /** Resolved by PlanResolver.prices; set here when they came with the plan. */
  @Field(() => [PlanPriceType])
  prices?: PlanPriceType[];

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

/** What `toPlanPriceTypes` reads of a price: an entity, or a row read without one. */
export type PlanPriceFields = Pick<
  PlanPrice,
  'id' | 'active' | 'interval' | 'currency' | 'unitAmount' | 'perSeatAmount'
>;

/** What `planTypeOf` reads of a plan. */
export type PlanFields = Pick<
  Plan,
  | 'id'
  | 'code'
  | 'name'
  | 'description'
  | 'rank'
  | 'includedSeats'
  | 'trialDays'
  | 'customPricing'
  | 'features'
  | 'limits'
>;

/** A plan's active prices in their public shape, by currency, then monthly before yearly. */
export function toPlanPriceTypes(prices: readonly PlanPriceFields[]): PlanPriceType[] {
  return prices
    .filter((p) => p.active)
    .sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        intervalOrder[a.interval] - intervalOrder[b.interval],
    )
    .map((p) => ({
      id: p.id,
      interval: p.interval,
      currency: p.currency,
      amount: toMoney(p.unitAmount, p.currency),
      perSeatAmount: p.perSeatAmount === null ? null : toMoney(p.perSeatAmount, p.currency),
    }));
}

/**
 * The public shape of a plan. Its prices come from `plan.prices` when they are loaded (the
 * catalog's list loads the catalog prices); otherwise `prices` is left out and `Plan.prices`
 * loads them only if the query asks for them (PlanResolver, one statement for all plans).
 */
export function toPlanType(plan: Plan, contractPricesOf: string | null = null): PlanType {
  return planTypeOf(
    plan,
    contractPricesOf,
    plan.prices.isInitialized()
      ? toPlanPriceTypes(
          plan.prices
            .getItems()
            .filter((p) => p.account === null || p.account.id === contractPricesOf),
        )
      : undefined,
  );
}

/** `toPlanType` of a plan's fields, with its prices in their public shape when known. */
export function planTypeOf(
  plan: PlanFields,
  contractPricesOf: string | null,
  prices: PlanPriceType[] | undefined,
): PlanType {
  return {
    id: plan.id,
    contractPricesOf,
    code: plan.code,
    name: plan.name,
    description: plan.description,
    rank: plan.rank,
    includedSeats: plan.includedSeats,
    trialDays: plan.trialDays,
    customPricing: plan.customPricing,
    prices,
    featureKeys: plan.features,
    // jsonb does not keep key order; show limits in the catalog's order.
    limits: Object.entries(plan.limits)
      .sort(([a], [b]) => limitOrder(a) - limitOrder(b) || a.localeCompare(b))
      .map(([key, limit]) => ({ key, label: limitLabels[key] ?? key, limit })),
  };
}
