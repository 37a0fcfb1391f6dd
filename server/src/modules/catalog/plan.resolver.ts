import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { offeredFeatures } from './catalog.seed.js';
import { listPlans } from './catalog.service.js';
import { PlanFeature, PlanType, toPlanType } from './plan.types.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The public plan catalog, lowest tier first.' })
  async plans(@Ctx() ctx: RequestContext): Promise<PlanType[]> {
    return (await listPlans(ctx.em)).map(toPlanType);
  }

  @FieldResolver(() => [PlanFeature], {
    description:
      'What the plan includes, as this portal delivers it: card payments only when Stripe is configured.',
  })
  features(@Root() plan: PlanType, @Ctx() ctx: RequestContext): PlanFeature[] {
    return offeredFeatures(plan.featureKeys, { cardPayments: ctx.config.billing.cardPayments });
  }
}
