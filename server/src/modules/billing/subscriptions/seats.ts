import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../../accounts/index.js';
import { Subscription } from './subscription.entity.js';

/**
 * `seatsAllowed` as an SQL integer expression, over SQL expressions for the account id and its
 * plan's included seats, for a statement that reads several counts at once (modules/entitlements).
 */
export function seatsAllowedSql(accountIdSql: string, includedSeatsSql: string): string {
  return `greatest(${includedSeatsSql}, coalesce((select seats from subscription
      where account_id = ${accountIdSql} and status <> 'canceled' limit 1), 0))::int`;
}

/** Seats the account may fill: those it subscribes to, at least the plan's included seats. */
export async function seatsAllowed(em: EntityManager, account: Account): Promise<number> {
  const live = await em.findOne(
    Subscription,
    { account: account.id, status: { $ne: 'canceled' } },
    { fields: ['seats'] },
  );
  return Math.max(account.plan.includedSeats, live?.seats ?? 0);
}
