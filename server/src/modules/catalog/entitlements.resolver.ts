import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AccountType } from '../accounts/account.types.js';
import { offeredFeatures } from './catalog.seed.js';
import { accountUsage } from './entitlements.js';
import { UsageMeter } from './entitlements.types.js';
import { Plan } from './plan.entity.js';
import { PlanFeature } from './plan.types.js';

@Resolver(() => AccountType)
export class AccountEntitlementsResolver {
  @FieldResolver(() => [PlanFeature], {
    description: "The features the account's plan includes (checked on the server).",
  })
  async entitlements(
    @Root() account: AccountType,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanFeature[]> {
    const plan = await ctx.em.findOneOrFail(Plan, { id: account.planId });
    return offeredFeatures(plan.features);
  }

  @FieldResolver(() => [UsageMeter], {
    description: 'Seats and usage against the plan limits, this period.',
  })
  usage(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<UsageMeter[]> {
    return accountUsage(ctx.em, account.id, ctx.clock.now());
  }
}
