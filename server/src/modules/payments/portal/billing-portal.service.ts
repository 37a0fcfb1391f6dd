import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Clock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import { type Actor, recordAudit } from '../../audit/index.js';
import { ensureStripeCustomer } from '../stripe/stripe-customers.service.js';

/** Where Stripe's portal sends the person back: the Payment methods page, which then says so. */
export const billingPortalReturnPath = '/billing/payment-methods?portal=returned';

/**
 * A Stripe Customer Portal session for the account (its Stripe customer is created first if it
 * has none): a short-lived URL at Stripe where the person manages cards and sees Stripe's
 * receipts. What they change there comes back by webhook (`payment_method.*`, `customer.updated`).
 */
export async function createBillingPortalSession(
  em: EntityManager,
  stripe: Stripe,
  accountId: string,
  actor: Actor,
  deps: { clock: Clock; publicUrl: URL },
): Promise<{ url: string }> {
  const now = deps.clock.now();
  const customer = await ensureStripeCustomer(em, stripe, accountId, now);
  let session: Stripe.BillingPortal.Session;
  try {
    session = await stripe.billingPortal.sessions.create({
      customer,
      return_url: new URL(billingPortalReturnPath, deps.publicUrl).toString(),
    });
  } catch (error) {
    // Stripe answers 400 when the portal is not set up in its dashboard: the operator's to fix.
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'CONFLICT',
      `Stripe could not open its Customer Portal (${message.split('\n')[0]}). Manage your cards here instead.`,
    );
  }
  await em.transactional(async (tx) => {
    recordAudit(tx, {
      action: 'billing_portal.opened',
      occurredAt: now,
      actorUserId: actor.userId,
      accountId,
      ip: actor.ip,
      requestId: actor.requestId,
      summary: { stripeCustomer: customer },
    });
  });
  return { url: session.url };
}
