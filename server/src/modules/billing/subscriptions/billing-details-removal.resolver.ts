import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import { forgetBillingDetails } from '../../accounts/index.js';
import { removeBillingDetails } from './billing-details-removal.service.js';

/** Billing details belong to accounts; whether they may be removed is billing's call. */
@Resolver()
export class BillingDetailsRemovalResolver {
  @Mutation(() => Boolean, {
    description: "Removes the account's billing details; true when there were some.",
  })
  async removeBillingDetails(@Ctx() ctx: RequestContext): Promise<boolean> {
    const accountId = currentAccountId(ctx);
    const removed = await removeBillingDetails(ctx.em, accountId, actorOf(ctx), ctx.clock);
    forgetBillingDetails(ctx, accountId);
    return removed;
  }
}
