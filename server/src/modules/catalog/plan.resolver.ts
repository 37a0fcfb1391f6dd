import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { listPlans } from './catalog.service.js';
import { PlanType, toPlanType } from './plan.types.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The public plan catalog, lowest tier first.' })
  async plans(@Ctx() ctx: RequestContext): Promise<PlanType[]> {
    return (await listPlans(ctx.em)).map(toPlanType);
  }
}
