import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AccountType } from '../accounts/index.js';
import { PlanFeature, planFeatures } from '../catalog/index.js';
import { UsageMeter } from './entitlements.types.js';
import { accountUsage } from './usage.js';

@Resolver(() => AccountType)
export class AccountEntitlementsResolver {
  @FieldResolver(() => [PlanFeature], {
    description: "The features the account's plan includes (checked on the server).",
  })
  async entitlements(
    @Root() account: AccountType,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanFeature[]> {
    return planFeatures(ctx.em, account.planId, {
      cardPayments: ctx.config.billing.cardPayments,
    });
  }

  @FieldResolver(() => [UsageMeter], {
    description: 'Seats and usage against the plan limits, this period.',
  })
  usage(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<UsageMeter[]> {
    return accountUsage(ctx.em, account.id, ctx.clock.now());
  }
}
