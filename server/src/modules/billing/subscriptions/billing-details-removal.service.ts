import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../audit/audit.service.js';
import { deleteBillingDetails } from '../../accounts/billing-details.service.js';
import { currentSubscription } from './subscription.service.js';

/**
 * Removes the account's billing details; true when there were some. Refused while a subscription
 * is live: its invoices are addressed to these details, and renewals would fail.
 */
export async function removeBillingDetails(
  em: EntityManager,
  accountId: string,
  actor: Actor,
  clock: Clock,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const subscription = await currentSubscription(tx, accountId);
    if (subscription !== null && subscription.status !== 'canceled') {
      throw new AppError(
        'CONFLICT',
        'Billing details are needed while a subscription is active. Edit them instead, or cancel the plan first.',
      );
    }
    return deleteBillingDetails(tx, accountId, actor, clock);
  });
}
