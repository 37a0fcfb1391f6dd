import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Account } from '../accounts/account.entity.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** Random 256-bit token for a cookie; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** lastSeenAt is written at most this often, so reads do not turn into writes on every request. */
const touchIntervalMs = 60_000;

/** A sign-in waiting for its second factor ends if the code does not come within this time. */
export const secondFactorPendingTtlMs = 10 * 60_000;

export interface NewSession {
  user: User;
  account: Account | null;
  provider: string;
  ip: string | null;
  userAgent: string | null;
  /** The user has two-factor sign-in on: the session waits for the second factor. */
  secondFactorPending?: boolean;
}

/** Creates a session row and returns the cookie token (shown once, never stored). */
export async function createSession(
  em: EntityManager,
  input: NewSession,
  config: Pick<Config, 'session'>,
  clock: Clock,
): Promise<string> {
  const token = newToken();
  const now = clock.now();
  em.create(Session, {
    id: hashToken(token),
    user: input.user,
    account: input.account,
    provider: input.provider,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.session.absoluteMs),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    secondFactorPending: input.secondFactorPending ?? false,
  });
  await em.flush();
  return token;
}

/**
 * The live session for a cookie token, or null when it is unknown, revoked, past its absolute
 * expiry, idle for longer than the idle timeout, or still waiting for a second factor after
 * `secondFactorPendingTtlMs`.
 */
export async function findLiveSession(
  em: EntityManager,
  token: string,
  config: Pick<Config, 'session'>,
  clock: Clock,
): Promise<Session | null> {
  if (token.length < 16 || token.length > 128) return null;
  const session = await em.findOne(
    Session,
    { id: hashToken(token), revokedAt: null },
    { populate: ['user', 'account'] },
  );
  if (session === null) return null;
  const now = clock.now();
  if (session.expiresAt <= now) return null;
  if (session.lastSeenAt.getTime() + config.session.idleMs <= now.getTime()) return null;
  if (
    session.secondFactorPending &&
    session.createdAt.getTime() + secondFactorPendingTtlMs <= now.getTime()
  ) {
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    session.lastSeenAt = now;
  }
  return session;
}

export async function revokeSession(em: EntityManager, token: string, clock: Clock): Promise<void> {
  await em.nativeUpdate(
    Session,
    { id: hashToken(token), revokedAt: null },
    { revokedAt: clock.now() },
  );
}

/** Sign out everywhere: every live session of the user ends now. Returns how many. */
export async function revokeAllSessions(
  em: EntityManager,
  userId: string,
  clock: Clock,
): Promise<number> {
  return em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: clock.now() });
}
