import 'reflect-metadata';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export type { EntityManager };
export type { Orm } from './handles.js';

export interface OrmOptions {
  clientUrl: string;
  poolMax: number;
  logger?: Logger;
  /** Extra `pg` pool settings and hooks (db/pool-health.ts). */
  driverOptions?: Record<string, unknown>;
}

/** Opens MikroORM over the `pg` driver; the same code serves PostgreSQL and embedded PGlite. */
export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax },
    ...(options.driverOptions !== undefined ? { driverOptions: options.driverOptions } : {}),
    // Requests get their own EntityManager fork (see graphql/context.ts); the global one must
    // never accumulate state.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      migrationsList: migrations,
      snapshot: false,
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    // The auth epoch's triggers (migration 20261206160000) are written in SQL, not declared on
    // entities: the schema diff must not offer to drop them.
    schemaGenerator: { ignoreTriggers: true },
    debug: false,
    logger: (message) => options.logger?.debug({ orm: true }, message),
  });
}

/** Applies every pending committed migration; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
