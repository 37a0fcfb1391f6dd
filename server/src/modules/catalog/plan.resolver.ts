import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { listPlans, pricesOfPlans } from './catalog.service.js';
import type { PlanPrice } from './plan.entity.js';
import { PlanPriceType, PlanType, toPlanPriceTypes, toPlanType } from './plan.types.js';

/** Per request (keyed by its context): the prices of every plan asked for, in one statement. */
const loaders = new WeakMap<object, DataLoader<string, PlanPrice[]>>();

function planPricesLoaderFor(ctx: RequestContext): DataLoader<string, PlanPrice[]> {
  let loader = loaders.get(ctx);
  if (loader === undefined) {
    loader = new DataLoader(async (planIds) => {
      const prices = await pricesOfPlans(ctx.em, [...planIds]);
      return planIds.map((id) => prices.filter((price) => price.plan.id === id));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The public plan catalog, lowest tier first.' })
  async plans(@Ctx() ctx: RequestContext): Promise<PlanType[]> {
    return (await listPlans(ctx.em)).map(toPlanType);
  }

  @FieldResolver(() => [PlanPriceType])
  async prices(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanPriceType[]> {
    if (plan.prices !== undefined) return plan.prices;
    return toPlanPriceTypes(await planPricesLoaderFor(ctx).load(plan.id));
  }
}
