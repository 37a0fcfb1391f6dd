import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import { syncStripeCustomerQuietly } from '../payments/stripe/stripe-customers.service.js';
import { AccountType } from './account.types.js';
import { getBillingDetails, saveBillingDetails } from './billing-details.service.js';
import {
  BillingDetailsType,
  UpdateBillingDetailsInput,
  toBillingDetailsType,
} from './billing-details.types.js';

@Resolver(() => AccountType)
export class BillingDetailsResolver {
  @FieldResolver(() => BillingDetailsType, {
    nullable: true,
    description: 'Who invoices are addressed to; null until a Billing Admin adds them.',
  })
  async billingDetails(
    @Root() account: AccountType,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingDetailsType | null> {
    const details = await getBillingDetails(ctx.em, account.id);
    return details === null ? null : toBillingDetailsType(details);
  }

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
    await syncStripeCustomerQuietly(ctx, accountId);
    return toBillingDetailsType(details);
  }
}
