import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubscriptionStatus } from '../rules/index.js';

/**
 * Billing's side of the operators' account search (modules/backoffice): which accounts match an
 * invoice number, a subscription status, or are past due. Each answers account ids; the accounts
 * module pages through them.
 */

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Accounts with an issued invoice whose number contains `text` (case-insensitive). */
export async function accountIdsWithInvoiceNumber(
  em: EntityManager,
  text: string,
): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ account_id: string }[]>(
      `select distinct account_id from invoice where number ilike ? limit 1000`,
      [`%${escapeLike(text)}%`],
    );
  return rows.map((r) => r.account_id);
}

/**
 * Accounts whose subscription (the live one, else the most recently ended, as
 * `Account.subscription` answers) has this status; `none` for accounts that never had one is
 * answered by the caller (the complement).
 */
export async function accountIdsWithSubscriptionStatus(
  em: EntityManager,
  status: SubscriptionStatus,
): Promise<string[]> {
  const rows = await em.getConnection().execute<{ account_id: string }[]>(
    `select account_id from (
       select distinct on (account_id) account_id, status from subscription
        order by account_id, ended_at desc nulls first, created_at desc
     ) current where status = ?`,
    [status],
  );
  return rows.map((r) => r.account_id);
}

/** Accounts that ever had a subscription. */
export async function accountIdsWithAnySubscription(em: EntityManager): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ account_id: string }[]>(`select distinct account_id from subscription`);
  return rows.map((r) => r.account_id);
}

/**
 * Past due: an open invoice whose due date has passed at `now` (bank transfer or card), or a
 * subscription in dunning (`past_due`).
 */
export async function pastDueAccountIds(em: EntityManager, now: Date): Promise<string[]> {
  const rows = await em.getConnection().execute<{ account_id: string }[]>(
    `select account_id from invoice where status = 'open' and due_at < ?
     union
     select account_id from subscription where status = 'past_due' and ended_at is null`,
    [now],
  );
  return rows.map((r) => r.account_id);
}
