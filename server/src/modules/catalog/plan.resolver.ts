import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { offeredFeatures } from './catalog.seed.js';
import { listCatalogPlanTypes, pricesOfPlans } from './catalog.service.js';
import type { PlanPrice } from './plan.entity.js';
import { PlanFeature, PlanPriceType, PlanType, toPlanPriceTypes } from './plan.types.js';

interface PricesKey {
  planId: string;
  /** The account whose own contract prices may show (PlanType.contractPricesOf). */
  accountId: string | null;
}

/** Per request (keyed by its context): the prices of every plan asked for, in one statement. */
const loaders = new WeakMap<object, DataLoader<PricesKey, PlanPrice[], string>>();

function planPricesLoaderFor(ctx: RequestContext): DataLoader<PricesKey, PlanPrice[], string> {
  let loader = loaders.get(ctx);
  if (loader === undefined) {
    loader = new DataLoader(
      async (keys) => {
        const planIds = [...new Set(keys.map((key) => key.planId))];
        const accountIds = [
          ...new Set(keys.flatMap((key) => (key.accountId === null ? [] : [key.accountId]))),
        ];
        const prices = await pricesOfPlans(ctx.em, planIds, accountIds);
        return keys.map((key) =>
          prices.filter(
            (price) =>
              price.plan.id === key.planId &&
              (price.account === null || price.account.id === key.accountId),
          ),
        );
      },
      { cacheKeyFn: (key) => `${key.planId}|${key.accountId ?? ''}` },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The public plan catalog, lowest tier first.' })
  async plans(@Ctx() ctx: RequestContext): Promise<PlanType[]> {
    return listCatalogPlanTypes(ctx.em);
  }

  @FieldResolver(() => [PlanPriceType])
  async prices(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanPriceType[]> {
    if (plan.prices !== undefined) return plan.prices;
    return toPlanPriceTypes(
      await planPricesLoaderFor(ctx).load({ planId: plan.id, accountId: plan.contractPricesOf }),
    );
  }

  @FieldResolver(() => [PlanFeature], {
    description:
      'What the plan includes, as this portal delivers it: card payments only when Stripe is configured.',
  })
  features(@Root() plan: PlanType, @Ctx() ctx: RequestContext): PlanFeature[] {
    return offeredFeatures(plan.featureKeys, { cardPayments: ctx.config.billing.cardPayments });
  }
}
