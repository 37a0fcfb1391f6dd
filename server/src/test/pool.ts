import type { Database } from '../db/database.js';

/**
 * Holds `count` of the pool's connections in open transactions (a real outage of the pool, as
 * a burst of slow requests would cause), until the returned `release` is called; resolves once
 * they are held. With `count` equal to the pool's size, a request cannot get a connection.
 */
export async function holdPoolConnections(
  db: Database,
  count: number,
): Promise<{ release: () => Promise<void> }> {
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => (letGo = resolve));
  const holders = Array.from({ length: count }, () =>
    db.orm.em.fork().transactional(async (tx) => {
      await tx.execute('select 1');
      await held;
    }),
  );
  // Long enough for every holder to have taken its connection.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    release: async () => {
      letGo();
      await Promise.all(holders);
    },
  };
}
