import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money, toMoney } from '../../graphql/money.js';
import {
  type BillingInterval,
  BillingIntervalEnum,
  limitLabels,
  offeredFeatures,
  type Plan,
  PlanFeature,
} from '../catalog/index.js';

@ObjectType({ description: 'One version of a catalog price, as operators see it.' })
export class CatalogPrice {
  @Field(() => ID)
  id!: string;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field()
  currency!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money, { nullable: true })
  perSeatAmount!: Money | null;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Offered to new subscribers; false for an older version.' })
  active!: boolean;

  @Field(() => Int, { description: 'Live subscriptions billed at this version.' })
  liveSubscriptions!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A usage limit of a plan; null is unlimited.' })
export class CatalogPlanLimit {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true })
  limit!: number | null;
}

@ObjectType({ description: 'A plan with everything an operator edits, archived plans included.' })
export class CatalogPlan {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Int)
  includedSeats!: number;

  @Field(() => Int)
  trialDays!: number;

  @Field()
  customPricing!: boolean;

  @Field(() => Int, {
    description:
      'Share of the remaining contract invoiced on immediate cancellation, in basis points.',
  })
  cancellationFeeBps!: number;

  @Field({ description: 'Archived: no new subscriptions; running ones keep the plan.' })
  archived!: boolean;

  @Field(() => [String], { description: 'Feature keys (see planCatalog.features for words).' })
  featureKeys!: string[];

  @Field(() => [PlanFeature])
  features!: PlanFeature[];

  @Field(() => [CatalogPlanLimit])
  limits!: CatalogPlanLimit[];

  @Field(() => [CatalogPrice], {
    description: 'Every version, newest first per interval and currency.',
  })
  prices!: CatalogPrice[];

  @Field(() => Int, { description: 'Live subscriptions on any version of this plan.' })
  liveSubscriptions!: number;
}

@ObjectType()
export class CatalogKey {
  @Field()
  key!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'The plan catalog as operators edit it.' })
export class PlanCatalog {
  @Field(() => [CatalogPlan])
  plans!: CatalogPlan[];

  @Field(() => [CatalogKey], { description: 'Feature keys a plan may carry.' })
  features!: CatalogKey[];

  @Field(() => [CatalogKey], { description: 'Usage limit keys a plan may carry.' })
  limits!: CatalogKey[];
}

@InputType()
export class CatalogPriceInput {
  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field({ description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => Int, { description: 'Price per period in minor units.' })
  unitAmount!: number;

  @Field(() => Int, { nullable: true, description: 'Per extra seat per period; null sells none.' })
  perSeatAmount?: number | null;
}

@InputType()
export class CatalogLimitInput {
  @Field()
  key!: string;

  @Field(() => Int, { nullable: true, description: 'null is unlimited.' })
  limit?: number | null;
}

@InputType()
export class SavePlanInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create a plan.' })
  planId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required to create; a plan keeps its code.',
  })
  code?: string | null;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Int)
  includedSeats!: number;

  @Field(() => Int)
  trialDays!: number;

  @Field({ defaultValue: false })
  customPricing!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  cancellationFeeBps!: number;

  @Field(() => [String])
  features!: string[];

  @Field(() => [CatalogLimitInput])
  limits!: CatalogLimitInput[];

  @Field(() => [CatalogPriceInput], {
    description:
      'The prices to sell from now on. A changed amount becomes a new version; a price left out stops being offered. Running subscriptions keep their version.',
  })
  prices!: CatalogPriceInput[];
}

@InputType()
export class ArchivePlanInput {
  @Field(() => ID)
  planId!: string;

  @Field({ defaultValue: true, description: 'false brings an archived plan back.' })
  archived!: boolean;
}

const intervalOrder: Record<BillingInterval, number> = { MONTH: 0, YEAR: 1 };

/** The operator's view of a plan; `prices` must be populated (all versions). */
export function toCatalogPlan(plan: Plan, liveByPrice: Map<string, number>): CatalogPlan {
  const prices = plan.prices
    .getItems()
    .filter((p) => p.account === null)
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        a.currency.localeCompare(b.currency) ||
        intervalOrder[a.interval] - intervalOrder[b.interval] ||
        b.version - a.version,
    );
  const limitKeys = Object.keys(limitLabels);
  return {
    id: plan.id,
    code: plan.code,
    name: plan.name,
    description: plan.description,
    rank: plan.rank,
    includedSeats: plan.includedSeats,
    trialDays: plan.trialDays,
    customPricing: plan.customPricing,
    cancellationFeeBps: plan.cancellationFeeBps,
    archived: !plan.active,
    featureKeys: plan.features,
    // The editor shows every feature the plan has, whether or not this deployment takes cards.
    features: offeredFeatures(plan.features, { cardPayments: true }),
    limits: Object.entries(plan.limits)
      .sort(([a], [b]) => limitKeys.indexOf(a) - limitKeys.indexOf(b))
      .map(([key, limit]) => ({ key, label: limitLabels[key] ?? key, limit })),
    prices: prices.map((p) => ({
      id: p.id,
      interval: p.interval,
      currency: p.currency,
      amount: toMoney(p.unitAmount, p.currency),
      perSeatAmount: p.perSeatAmount === null ? null : toMoney(p.perSeatAmount, p.currency),
      version: p.version,
      active: p.active,
      liveSubscriptions: liveByPrice.get(p.id) ?? 0,
      createdAt: p.createdAt,
    })),
    liveSubscriptions: plan.prices
      .getItems()
      .reduce((sum, p) => sum + (liveByPrice.get(p.id) ?? 0), 0),
  };
}
