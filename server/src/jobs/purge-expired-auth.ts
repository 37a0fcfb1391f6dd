import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { Session, SignInAttempt } from '../modules/identity/session.entity.js';

/** Ended sessions stay this long, so "where was I signed in" and support questions can be answered. */
export const endedSessionRetentionMs = 30 * 86_400_000;

export interface PurgedAuth {
  signInAttempts: number;
  sessions: number;
}

/**
 * Deletes sign-in attempts past their expiry (they are single-use and short-lived) and sessions
 * that ended — revoked, past their absolute expiry, or idle past the idle timeout — more than 30
 * days ago by `clock`. Live sessions are never touched.
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
  return { signInAttempts, sessions };
}
