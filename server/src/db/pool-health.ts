import { types } from 'node:util';
import type pg from 'pg';
import type { Logger } from '../logging.js';

/**
 * Whether `value` is an Error, whichever JavaScript realm made it. `instanceof Error` is false for
 * an error from another realm: under Jest, whose tests run in a `vm` context, every error that
 * Node itself creates (a socket's ECONNREFUSED or ECONNRESET, which pg passes on as they are) is
 * one. Classifying with `instanceof` let those escape as unknown values (see `PoolHealth.attach`).
 */
export function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

/**
 * The database could not serve a request: no pooled connection became free within the acquire
 * timeout, or the server could not be reached. HTTP answers 503 (graphql/errors.ts, http/app.ts).
 * `code` is an own property so that it survives MikroORM re-wrapping the error (its
 * DriverException copies the original's own properties).
 */
export class DatabaseUnavailableError extends Error {
  readonly code = databaseUnavailableCode;
  constructor(
    message: string,
    readonly reason: 'pool_exhausted' | 'unreachable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export const databaseUnavailableCode = 'DATABASE_UNAVAILABLE';

/** SQLSTATE classes and socket errors that mean "the database went away", not "the query was bad". */
const connectionSqlStates = /^(08|57P0)/;
const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
const connectionMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
];

/**
 * Whether `error` (or anything in its `cause` chain) says the database is unavailable — the pool
 * timed out, the server refused or dropped the connection, or it is shutting down — rather than
 * that something is wrong with the request. Such errors answer 503 so clients retry.
 *
 * A failed `fetch` (an outbound HTTP call: a sign-in provider's discovery, GitHub's API) carries
 * the same socket codes in its cause, but it is never the database (pg does not use fetch): it
 * stays an unexpected error (500, `unhandled error`), as docs/OPERATIONS.md says of a provider
 * that cannot be reached.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; isError(e) && depth < 8; depth++) {
    if (e.name === 'TypeError' && e.message === 'fetch failed') return false;
    const code = (e as { code?: unknown }).code;
    if (code === databaseUnavailableCode) return true;
    if (
      typeof code === 'string' &&
      (connectionSqlStates.test(code) || socketErrorCodes.has(code))
    ) {
      return true;
    }
    const message = e.message;
    if (connectionMessages.some((m) => message.startsWith(m))) return true;
    e = e.cause;
  }
  return false;
}

export interface PoolHealthOptions {
  /** Pool size (DATABASE_POOL_MAX, or the embedded database's smaller pool). */
  poolMax: number;
  /** How long an acquire waits for a free connection (DATABASE_ACQUIRE_TIMEOUT_SECONDS). */
  acquireTimeoutMs: number;
  /** Liveness fails after the pool has been starved this long (LIVENESS_STARVED_SECONDS). */
  starvedLimitMs: number;
  log?: Logger;
  now?: () => number;
}

/**
 * Watches MikroORM's `pg` pool: turns an acquire timeout into a `DatabaseUnavailableError` with a
 * log line, and tells liveness (/healthz) when the process is wedged — acquires have been timing
 * out for `starvedLimitMs` while every connection stays checked out, which no retry from a client
 * will cure (an orchestrator should restart the process).
 */
export class PoolHealth {
  private pool: pg.Pool | undefined;
  /** When acquires started timing out with the pool full; null while acquires succeed. */
  private starvedSince: number | null = null;
  private readonly now: () => number;

  constructor(private readonly options: PoolHealthOptions) {
    this.now = options.now ?? Date.now;
  }

  /** MikroORM's `driverOptions`: the pool settings and the hook that hands us the pool. */
  driverOptions(): Record<string, unknown> {
    return {
      connectionTimeoutMillis: this.options.acquireTimeoutMs,
      // Notice a peer that vanished without closing the socket (a failover, a cut network).
      keepAlive: true,
      onPoolCreated: (pool: pg.Pool) => this.attach(pool),
    };
  }

  /** Wraps `pool.connect()` (the promise form kysely uses) to classify and count failures. */
  attach(pool: pg.Pool): void {
    this.pool = pool;
    const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient>;
    const wrapped = async (): Promise<pg.PoolClient> => {
      try {
        const client = await connect();
        this.starvedSince = null;
        return client;
      } catch (error) {
        throw this.classify(error);
      }
    };
    // Callers passing a callback (none in this code base) keep pg's own behaviour.
    pool.connect = ((callback?: unknown) =>
      callback === undefined ? wrapped() : connect(callback)) as typeof pool.connect;
  }

  private classify(error: unknown): unknown {
    const message = isError(error) ? error.message : String(error);
    if (message === 'timeout exceeded when trying to connect') {
      const pool = this.pool;
      this.starvedSince ??= this.now();
      this.options.log?.error(
        {
          poolMax: this.options.poolMax,
          total: pool?.totalCount,
          idle: pool?.idleCount,
          waiting: pool?.waitingCount,
          acquireTimeoutMs: this.options.acquireTimeoutMs,
        },
        'no database connection became free within the acquire timeout; answering 503',
      );
      return new DatabaseUnavailableError(
        'No database connection became free in time',
        'pool_exhausted',
        { cause: error },
      );
    }
    if (isDatabaseUnavailable(error)) {
      this.options.log?.warn({ err: error }, 'could not connect to the database; answering 503');
      return new DatabaseUnavailableError('The database cannot be reached', 'unreachable', {
        cause: error,
      });
    }
    return error;
  }

  /**
   * How long the pool has been starved (0 when it is not). Starvation ends at the next successful
   * acquire, or as soon as a connection is idle or a slot is free again.
   */
  starvedForMs(): number {
    if (this.starvedSince === null) return 0;
    const pool = this.pool;
    if (pool !== undefined && (pool.idleCount > 0 || pool.totalCount < this.options.poolMax)) {
      this.starvedSince = null;
      return 0;
    }
    return this.now() - this.starvedSince;
  }

  /** Liveness: false once the pool has been starved for longer than the limit. */
  isWedged(): boolean {
    return this.starvedForMs() >= this.options.starvedLimitMs;
  }

  /** For /healthz and logs. */
  stats(): { total: number; idle: number; waiting: number; max: number } {
    return {
      total: this.pool?.totalCount ?? 0,
      idle: this.pool?.idleCount ?? 0,
      waiting: this.pool?.waitingCount ?? 0,
      max: this.options.poolMax,
    };
  }
}
