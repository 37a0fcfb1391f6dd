import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import {
  BillingDetailsType,
  forgetBillingDetails,
  saveBillingDetails,
  toBillingDetailsType,
  UpdateBillingDetailsInput,
} from '../../accounts/index.js';
import { syncStripeCustomerQuietly } from './stripe-customers.service.js';

/**
 * Billing details belong to accounts; saving them also copies them to the account's Stripe
 * customer when card payments are on, which is payments' business (accounts sits below payments).
 */
@Resolver()
export class BillingDetailsUpdateResolver {
  @Mutation(() => BillingDetailsType, {
    description:
      "Adds or replaces the account's billing details. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`.",
  })
  async updateBillingDetails(
    @Arg('input', () => UpdateBillingDetailsInput) input: UpdateBillingDetailsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingDetailsType> {
    const accountId = currentAccountId(ctx);
    const details = await saveBillingDetails(ctx.em, accountId, input, actorOf(ctx), ctx.clock);
    forgetBillingDetails(ctx, accountId);
    await syncStripeCustomerQuietly(ctx, accountId);
    return toBillingDetailsType(details);
  }
}
