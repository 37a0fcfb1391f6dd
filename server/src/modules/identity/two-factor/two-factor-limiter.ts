import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../../errors.js';
import { TwoFactorFailure } from './two-factor.entity.js';

/**
 * Wrong second-factor codes allowed in any 15-minute window: per person (a six-digit code has a
 * million values, so five guesses a quarter hour make guessing hopeless) and per client address
 * (one address trying many people). Failures are rows in PostgreSQL, so every process counts
 * the same ones; purgeExpiredAuth deletes them once they are past the window.
 */
export const secondFactorLimits = {
  windowMs: 15 * 60_000,
  perUser: 5,
  perIp: 20,
} as const;

/**
 * When the next code may be tried, or null when it may be tried now: the window of the failure
 * that filled the limit ends then (a sliding window).
 */
export async function secondFactorBlockedUntil(
  em: EntityManager,
  userId: string,
  ip: string | null,
  now: Date,
): Promise<Date | null> {
  const since = new Date(now.getTime() - secondFactorLimits.windowMs);
  const [row] = await em
    .getConnection()
    .execute<{ user_limit_hit: Date | null; ip_limit_hit: Date | null }[]>(
      `select
       (select occurred_at from two_factor_failure where user_id = ? and occurred_at > ?
         order by occurred_at desc offset ? limit 1) as user_limit_hit,
       (select occurred_at from two_factor_failure where ip = ? and occurred_at > ?
         order by occurred_at desc offset ? limit 1) as ip_limit_hit`,
      [
        userId,
        since,
        secondFactorLimits.perUser - 1,
        ip ?? '',
        since,
        secondFactorLimits.perIp - 1,
      ],
      'all',
      // Inside the caller's transaction (it holds the person's row lock): on the embedded
      // database another connection would wait for that very transaction to end.
      em.getTransactionContext(),
    );
  const hits = [row?.user_limit_hit, row?.ip_limit_hit]
    .filter((hit): hit is Date => hit != null)
    .map((hit) => new Date(hit).getTime() + secondFactorLimits.windowMs);
  return hits.length === 0 ? null : new Date(Math.max(...hits));
}

export function recordSecondFactorFailure(
  em: EntityManager,
  userId: string,
  ip: string | null,
  now: Date,
): void {
  em.create(TwoFactorFailure, { user: userId, ip, occurredAt: now });
}

/** A right code forgives the person's earlier typos (the address's count stays). */
export async function forgetSecondFactorFailures(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(TwoFactorFailure, { user: userId });
}

export function secondFactorRateLimited(resetAt: Date): AppError {
  return new AppError(
    'RATE_LIMITED',
    'Too many wrong codes. Wait a few minutes before trying again.',
    undefined,
    { resetAt: resetAt.toISOString() },
  );
}
