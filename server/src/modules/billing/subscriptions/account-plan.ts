import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../../accounts/index.js';
import { Plan } from '../../catalog/index.js';
import type { Subscription } from './subscription.entity.js';

/**
 * Keeps the account's plan (what entitlements read) in step with its subscription: the plan it
 * runs, or Free once it has ended.
 */
export async function syncAccountPlan(
  tx: EntityManager,
  account: Account,
  subscription: Subscription,
  now: Date,
): Promise<void> {
  const planId =
    subscription.status === 'canceled'
      ? (await tx.findOneOrFail(Plan, { code: 'free' })).id
      : subscription.plan.id;
  if (account.plan.id === planId) return;
  account.plan = tx.getReference(Plan, planId);
  account.updatedAt = now;
}
