import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { Session, SignInAttempt } from '../modules/identity/session.entity.js';
import { RateLimitCounter } from '../modules/rate-limits/rate-limit.entity.js';
import { longestRateLimitWindowMs } from '../modules/rate-limits/index.js';
import { secondFactorLimits } from '../modules/identity/index.js';
import { TwoFactorFailure } from '../modules/identity/two-factor/two-factor.entity.js';

/** Ended sessions stay this long, so "where was I signed in" and support questions can be answered. */
export const endedSessionRetentionMs = 30 * 86_400_000;

export interface PurgedAuth {
  signInAttempts: number;
  sessions: number;
  twoFactorFailures: number;
  rateLimitCounters: number;
}

/**
 * Deletes sign-in attempts past their expiry (they are single-use and short-lived) and sessions
 * that ended — revoked, past their absolute expiry, or idle past the idle timeout — more than 30
 * days ago by `clock`. Live sessions are never touched. Wrong two-factor codes go once they no
 * longer count against the attempt limit, and per-address rate-limit counters once their window
 * is over.
 */
export async function purgeExpiredAuth(
  em: EntityManager,
  clock: Clock,
  options: { sessionIdleMs: number },
): Promise<PurgedAuth> {
  const now = clock.now();
  const endedBefore = new Date(now.getTime() - endedSessionRetentionMs);
  const signInAttempts = await em.nativeDelete(SignInAttempt, { expiresAt: { $lt: now } });
  const sessions = await em.nativeDelete(Session, {
    $or: [
      { revokedAt: { $lt: endedBefore } },
      { expiresAt: { $lt: endedBefore } },
      { lastSeenAt: { $lt: new Date(endedBefore.getTime() - options.sessionIdleMs) } },
    ],
  });
  // Wrong two-factor codes only count within the limiter's window.
  const twoFactorFailures = await em.nativeDelete(TwoFactorFailure, {
    occurredAt: { $lt: new Date(now.getTime() - secondFactorLimits.windowMs) },
  });
  // Rate-limit counters only count within their window.
  const rateLimitCounters = await em.nativeDelete(RateLimitCounter, {
    windowStart: { $lt: new Date(now.getTime() - longestRateLimitWindowMs) },
  });
  return { signInAttempts, sessions, twoFactorFailures, rateLimitCounters };
}
