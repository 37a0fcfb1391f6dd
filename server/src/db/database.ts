import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import { ensureCatalog } from '../modules/catalog/index.js';
import type { Database } from './handles.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { migrate, openOrm } from './orm.js';

export type { Database } from './handles.js';

/**
 * Opens the configured database: PostgreSQL at DATABASE_URL, or else the embedded PGlite under
 * DATA_DIR. Applies committed migrations and seeds the plan catalog (only plans that are missing,
 * so operators' edits survive restarts).
 */
export async function openDatabase(
  config: Pick<Config, 'database'>,
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
  try {
    const orm = await openOrm({
      clientUrl: url,
      // PGlite serialises transactions; a big pool only queues inside the socket server.
      poolMax: embedded ? Math.min(4, config.database.poolMax) : config.database.poolMax,
      logger: log,
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
