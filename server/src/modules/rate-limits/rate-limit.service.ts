import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.js';

/**
 * Per-client-address limits on sign-in and token endpoints (docs/OPERATIONS.md "Rate limits").
 *
 * The counters live in PostgreSQL, like the two-factor attempt limit and the monthly API request
 * quota: these limits exist to stop guessing and floods, so they must hold however many API
 * processes run behind the load balancer (an in-memory count would allow N times the limit, and
 * forget it on every restart). The cost is one small upsert per limited request, on a table of a
 * few rows per active address, which purgeExpiredAuth empties of past windows.
 *
 * Windows are fixed (the epoch cut into `windowMs` slices), not sliding: one statement counts
 * and decides atomically, at the price of letting up to twice the limit through around a window
 * boundary, which is fine for a brake on abuse.
 */
export interface RateLimit {
  /** Stable name of the counter, e.g. `sign_in_start`. */
  bucket: string;
  /** Requests (or failures) allowed per key in a window. */
  limit: number;
  windowMs: number;
}

export type RateLimitOutcome = { allowed: true } | { allowed: false; resetAt: Date };

function windowOf(limit: RateLimit, now: Date): { start: Date; end: Date } {
  const startMs = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return { start: new Date(startMs), end: new Date(startMs + limit.windowMs) };
}

/**
 * Counts one request of `key` against `limit`, unless the window's limit is already reached (then
 * nothing is counted and the answer says when the window ends). One statement, so concurrent
 * requests in any number of processes never both take the last place.
 */
export async function consumeRateLimit(
  em: EntityManager,
  limit: RateLimit,
  key: string,
  now: Date,
): Promise<RateLimitOutcome> {
  const window = windowOf(limit, now);
  const rows = await em.getConnection().execute<{ count: number }[]>(
    `insert into rate_limit_counter (bucket, key, window_start, count) values (?, ?, ?, 1)
     on conflict (bucket, key, window_start)
     do update set count = rate_limit_counter.count + 1 where rate_limit_counter.count < ?
     returning count`,
    [limit.bucket, key, window.start, limit.limit],
    'all',
  );
  return rows.length === 0 ? { allowed: false, resetAt: window.end } : { allowed: true };
}

/**
 * For limits on failures (e.g. wrong API tokens): when `key` may try again, or null when it may
 * try now. Pair with `countRateLimitFailure` once the attempt has failed.
 */
export async function rateLimitBlockedUntil(
  em: EntityManager,
  limit: RateLimit,
  key: string,
  now: Date,
): Promise<Date | null> {
  const window = windowOf(limit, now);
  const rows = await em
    .getConnection()
    .execute<{ count: number }[]>(
      `select count from rate_limit_counter where bucket = ? and key = ? and window_start = ?`,
      [limit.bucket, key, window.start],
      'all',
    );
  const count = rows[0]?.count ?? 0;
  return count >= limit.limit ? window.end : null;
}

/** Counts a failed attempt of `key` (see `rateLimitBlockedUntil`). */
export async function countRateLimitFailure(
  em: EntityManager,
  limit: RateLimit,
  key: string,
  now: Date,
): Promise<void> {
  const window = windowOf(limit, now);
  await em.getConnection().execute(
    `insert into rate_limit_counter (bucket, key, window_start, count) values (?, ?, ?, 1)
     on conflict (bucket, key, window_start)
     do update set count = rate_limit_counter.count + 1`,
    [limit.bucket, key, window.start],
    'run',
  );
}

/** Seconds until `resetAt`, for Retry-After (at least 1). */
export function retryAfterSeconds(resetAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
}

/** The GraphQL answer: RATE_LIMITED with `resetAt` in the extensions. */
export function rateLimited(message: string, resetAt: Date): AppError {
  return new AppError('RATE_LIMITED', message, undefined, { resetAt: resetAt.toISOString() });
}
