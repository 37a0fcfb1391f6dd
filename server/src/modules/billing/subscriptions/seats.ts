import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../../accounts/index.js';
import { Subscription } from './subscription.entity.js';

/** Seats the account may fill: those it subscribes to, at least the plan's included seats. */
export async function seatsAllowed(em: EntityManager, account: Account): Promise<number> {
  const live = await em.findOne(
    Subscription,
    { account: account.id, status: { $ne: 'canceled' } },
    { fields: ['seats'] },
  );
  return Math.max(account.plan.includedSeats, live?.seats ?? 0);
}
