import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditBy } from '../audit/audit.service.js';
import type { VerifiedIdentity } from './sign-in.service.js';
import { SignInRefused } from './sign-in-refused.js';
import { Identity, User } from './user.entity.js';

/**
 * A person's sign-in methods (issue 5): the identities that sign them in. They link more from the
 * Security page while signed in (the callback calls `linkIdentity`) and unlink any but the last.
 */

export interface IdentityActor {
  userId: string;
  /** The account the session acts in, for the audit log. */
  accountId: string | null;
  ip: string | null;
  requestId: string | null;
}

export function listIdentities(em: EntityManager, userId: string): Promise<Identity[]> {
  return em.find(Identity, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Attaches the identity a provider just vouched for to the signed-in user. Linking again what
 * the user already has only refreshes it; an identity that signs in someone else is refused
 * (`identity_in_use`) — it is never moved, which would take it from its owner.
 */
export async function linkIdentity(
  em: EntityManager,
  actor: IdentityActor,
  identity: VerifiedIdentity,
  clock: Clock,
): Promise<{ identity: Identity; created: boolean }> {
  const linked = await em.transactional(async (tx) => {
    const now = clock.now();
    const existing = await tx.findOne(Identity, {
      provider: identity.provider,
      subject: identity.subject,
    });
    if (existing !== null && existing.user.id !== actor.userId) return null;
    if (existing !== null) {
      existing.lastUsedAt = now;
      return { identity: existing, created: false };
    }
    const added = tx.create(Identity, {
      user: tx.getReference(User, actor.userId),
      provider: identity.provider,
      subject: identity.subject,
      email: identity.email.toLowerCase(),
      createdAt: now,
      lastUsedAt: now,
    });
    recordAuditBy(tx, actor, {
      action: 'auth.identity_link',
      accountId: actor.accountId,
      target: added.id,
      occurredAt: now,
      summary: { provider: identity.provider },
    });
    return { identity: added, created: true };
  });
  if (linked !== null) return linked;
  recordAuditBy(em, actor, {
    action: 'auth.identity_link',
    outcome: 'failure',
    accountId: actor.accountId,
    occurredAt: clock.now(),
    summary: { provider: identity.provider, reason: 'identity_in_use' },
  });
  await em.flush();
  throw new SignInRefused('identity_in_use');
}

/**
 * Removes one of the person's own sign-in methods. Another person's identity is NOT_FOUND, as if
 * it did not exist; the last one is refused (CONFLICT), so nobody locks themself out. The rows
 * are locked so two unlinks at once cannot remove the last two.
 */
export async function unlinkIdentity(
  em: EntityManager,
  actor: IdentityActor,
  identityId: string,
  clock: Clock,
): Promise<void> {
  await em.transactional(async (tx) => {
    const own = await tx.find(
      Identity,
      { user: actor.userId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    const target = own.find((identity) => identity.id === identityId);
    if (target === undefined) throw notFound('Sign-in method');
    if (own.length === 1) {
      throw new AppError(
        'CONFLICT',
        'This is your only way to sign in. Link another sign-in method before removing this one.',
      );
    }
    tx.remove(target);
    recordAuditBy(tx, actor, {
      action: 'auth.identity_unlink',
      accountId: actor.accountId,
      target: target.id,
      occurredAt: clock.now(),
      summary: { provider: target.provider },
    });
  });
}
