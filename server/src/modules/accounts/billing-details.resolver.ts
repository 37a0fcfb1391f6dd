import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AccountType } from './account.types.js';
import { billingDetailsFor } from './billing-details-loader.js';
import { BillingDetailsType, toBillingDetailsType } from './billing-details.types.js';

/**
 * An account's billing details. Saving them is payments' `updateBillingDetails`
 * (payments/stripe/billing-details-update.resolver.ts: it also updates the Stripe customer).
 */
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
    const details = await billingDetailsFor(ctx, account.id);
    return details === null ? null : toBillingDetailsType(details);
  }
}
