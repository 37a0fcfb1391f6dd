import { Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver } from 'type-graphql';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import { stripeClientFor } from '../stripe/stripe-client.js';
import { CardPaymentSettings } from '../stripe/stripe.types.js';
import { createBillingPortalSession } from './billing-portal.service.js';

@ObjectType()
export class BillingPortalSession {
  @Field({
    description:
      "Stripe's Customer Portal for this account; open it at once (it expires within minutes).",
  })
  url!: string;
}

@Resolver(() => CardPaymentSettings)
export class BillingPortalResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the Payment methods page offers "Manage in Stripe" (STRIPE_CUSTOMER_PORTAL=1).',
  })
  customerPortal(@Ctx() ctx: RequestContext): boolean {
    return ctx.config.stripe?.customerPortal === true;
  }

  @Mutation(() => BillingPortalSession, {
    description:
      'A short-lived Stripe Customer Portal URL for the account ("Manage in Stripe"); it returns to the Payment methods page. CONFLICT when the portal is not configured (STRIPE_CUSTOMER_PORTAL).',
  })
  async createBillingPortalSession(@Ctx() ctx: RequestContext): Promise<BillingPortalSession> {
    const stripe = ctx.config.stripe;
    if (stripe === null || !stripe.customerPortal) {
      throw new AppError('CONFLICT', 'Managing payment methods in Stripe is not set up here.');
    }
    return createBillingPortalSession(
      ctx.em,
      stripeClientFor(stripe),
      currentAccountId(ctx),
      actorOf(ctx),
      { clock: ctx.clock, publicUrl: ctx.config.publicUrl },
    );
  }
}
