import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { notFound } from '../../errors.js';
import type { Account } from '../accounts/index.js';
import { recordAuditBy } from '../audit/index.js';
import { Session } from './session.entity.js';
import type { User } from '../users/index.js';

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
  if (session === null || !isLiveSession(session, config, clock)) return null;
  await touchSession(em, session, clock);
  return session;
}

/**
 * Whether a session row (found by its token, not revoked) is still live: not past its absolute
 * expiry, not idle for longer than the idle timeout, not waiting for a second factor beyond
 * `secondFactorPendingTtlMs`. `findLiveSession` and the one-statement auth lookup share it.
 */
export function isLiveSession(
  session: Session,
  config: Pick<Config, 'session'>,
  clock: Clock,
): boolean {
  const now = clock.now();
  if (session.revokedAt !== null) return false;
  if (session.expiresAt <= now) return false;
  if (session.lastSeenAt.getTime() + config.session.idleMs <= now.getTime()) return false;
  return !(
    session.secondFactorPending &&
    session.createdAt.getTime() + secondFactorPendingTtlMs <= now.getTime()
  );
}

/** Records that the session was used, at most once a `touchIntervalMs` (a write, not a read). */
export async function touchSession(em: EntityManager, session: Session, clock: Clock) {
  const now = clock.now();
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    session.lastSeenAt = now;
  }
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

/**
 * The user's signed-in sessions, as `findLiveSession` would accept them and with the second
 * factor given: a sign-in still owing it is not a session the person has yet (it ends on its own
 * within `secondFactorPendingTtlMs`, and revokeOtherSessions ends it too). Most recently used
 * first.
 */
export async function listActiveSessions(
  em: EntityManager,
  userId: string,
  config: Pick<Config, 'session'>,
  clock: Clock,
): Promise<Session[]> {
  const now = clock.now();
  return em.find(
    Session,
    {
      user: userId,
      revokedAt: null,
      secondFactorPending: false,
      expiresAt: { $gt: now },
      lastSeenAt: { $gt: new Date(now.getTime() - config.session.idleMs) },
    },
    { orderBy: { lastSeenAt: 'desc', createdAt: 'desc' } },
  );
}

/** Who asks to end sessions: always for themself (a session never ends another person's). */
export interface SessionActor {
  userId: string;
  /** The session making the request (the hashed-token primary key). */
  currentSessionId: string;
  accountId: string | null;
  ip: string | null;
  requestId: string | null;
}

/**
 * Ends one of the actor's own sessions, named by its public id; its next request is signed out.
 * Another person's session, or an unknown id, answers NOT_FOUND alike. Ending a session that has
 * already ended changes nothing (a second click), and records nothing. Answers whether it ended
 * now.
 */
export async function revokeOwnSession(
  em: EntityManager,
  publicId: string,
  actor: SessionActor,
  clock: Clock,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(Session, { publicId, user: actor.userId });
    if (session === null) throw notFound('Session');
    const now = clock.now();
    // Conditional, so of two concurrent revokes only one records the event.
    const revoked = await tx.nativeUpdate(
      Session,
      { id: session.id, revokedAt: null },
      { revokedAt: now },
    );
    if (revoked === 0) return false;
    recordAuditBy(tx, actor, {
      action: 'auth.session_revoke',
      occurredAt: now,
      accountId: actor.accountId,
      target: session.publicId,
      summary: {
        current: session.id === actor.currentSessionId,
        provider: session.provider,
      },
    });
    return true;
  });
}

/** Signs the actor out everywhere but here (including sign-ins owing a second factor). */
export async function revokeOtherSessions(
  em: EntityManager,
  actor: SessionActor,
  clock: Clock,
): Promise<number> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    const revoked = await tx.nativeUpdate(
      Session,
      { user: actor.userId, revokedAt: null, id: { $ne: actor.currentSessionId } },
      { revokedAt: now },
    );
    recordAuditBy(tx, actor, {
      action: 'auth.sign_out_others',
      occurredAt: now,
      accountId: actor.accountId,
      summary: { sessionsRevoked: revoked },
    });
    return revoked;
  });
}
