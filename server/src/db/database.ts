import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import { ensureCatalog } from '../modules/catalog/catalog.service.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { migrate, openOrm, type Orm } from './orm.js';
import { PoolHealth } from './pool-health.js';

export interface Database {
  orm: Orm;
  kind: 'postgresql' | 'pglite';
  /** The ORM pool's acquire timeout and starvation (liveness) watch. */
  poolHealth: PoolHealth;
  close(): Promise<void>;
}

export type DatabaseConfig = Pick<Config, 'database'> &
  Partial<{ resilience: Pick<Config['resilience'], 'acquireTimeoutMs' | 'starvedLimitMs'> }>;

/**
 * For callers without the `resilience` settings (test fixtures): a generous acquire timeout, so a
 * busy test machine queueing many concurrent transactions is not mistaken for a starved pool.
 * Processes started from the environment use DATABASE_ACQUIRE_TIMEOUT_SECONDS (default 5).
 */
const defaultAcquireTimeoutMs = 30_000;
const defaultStarvedLimitMs = 30_000;

/**
 * Opens the configured database: PostgreSQL at DATABASE_URL, or else the embedded PGlite under
 * DATA_DIR. Applies committed migrations and seeds the plan catalog (only plans that are missing,
 * so operators' edits survive restarts).
 */
export async function openDatabase(
  config: DatabaseConfig,
  log: Logger,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.database.url;
  if (url === undefined) {
    embedded = await startEmbeddedDatabase(config.database.dataDir);
    url = embedded.url;
  }
  const kind = embedded ? 'pglite' : 'postgresql';
  // PGlite serialises transactions; a big pool only queues inside the socket server.
  const poolMax = embedded ? Math.min(4, config.database.poolMax) : config.database.poolMax;
  const poolHealth = new PoolHealth({
    poolMax,
    acquireTimeoutMs: config.resilience?.acquireTimeoutMs ?? defaultAcquireTimeoutMs,
    starvedLimitMs: config.resilience?.starvedLimitMs ?? defaultStarvedLimitMs,
    log,
  });
  try {
    const orm = await openOrm({
      clientUrl: url,
      poolMax,
      logger: log,
      driverOptions: poolHealth.driverOptions(),
    });
    if (options.migrate !== false) {
      const applied = await migrate(orm);
      if (applied.length > 0) log.info({ migrations: applied }, 'applied database migrations');
      await ensureCatalog(orm.em.fork());
    }
    log.info(
      kind === 'pglite'
        ? { database: 'pglite', dataDir: config.database.dataDir }
        : { database: 'postgresql', host: new URL(url).host },
      kind === 'pglite'
        ? `using the embedded database (PGlite) in ${config.database.dataDir}`
        : 'using PostgreSQL',
    );
    return {
      orm,
      kind,
      poolHealth,
      async close() {
        await orm.close(true);
        log.debug('database pool closed');
        await embedded?.stop();
        log.debug('embedded database stopped');
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
