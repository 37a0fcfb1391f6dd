import type { MikroORM } from '@mikro-orm/postgresql';
import type { PoolHealth } from './pool-health.js';

/*
 * The database handles, as types only. Their own file, apart from orm.ts and database.ts (which
 * register every entity through db/entities.ts, and so import every module), so that modules and
 * the job queue can name them without importing the wiring that imports them.
 */

/** The ORM handle routes take to fork an EntityManager per request. */
export type Orm = MikroORM;

/** An open database (database.ts `openDatabase`). */
export interface Database {
  orm: Orm;
  kind: 'postgresql' | 'pglite';
  /** The ORM pool's acquire timeout and starvation (liveness) watch. */
  poolHealth: PoolHealth;
  close(): Promise<void>;
}
