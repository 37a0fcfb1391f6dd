import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Live subscriptions (anything but canceled) per price version, counted in SQL: the catalog
 * editor shows which versions running subscriptions still hold.
 */
export async function liveSubscriptionsByPrice(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ price_id: string; live: string }[]>(
    `select price_id, count(*) as live from subscription
       where status <> 'canceled' group by price_id`,
  );
  return new Map(rows.map((row) => [row.price_id, Number(row.live)]));
}
