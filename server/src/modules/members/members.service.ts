import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { Account, defaultGrants, lockAccount } from '../accounts/index.js';
import type { Actor } from '../audit/index.js';
import { Session } from '../identity/index.js';
import { User } from '../users/index.js';
import { revokeApiTokensCreatedBy } from '../tokens/index.js';
import { Membership } from './membership.entity.js';
import { auditMembership, validGrants, validRole } from './members-shared.js';

const noAdminLeft = () =>
  new AppError(
    'CONFLICT',
    'An account needs a Billing Admin: make another member Billing Admin first, or transfer ownership.',
  );

async function memberOfAccount(
  tx: EntityManager,
  accountId: string,
  memberId: string,
): Promise<Membership> {
  const membership = await tx.findOne(
    Membership,
    { id: memberId, account: accountId },
    { populate: ['user'], refresh: true },
  );
  if (membership === null) throw new AppError('NOT_FOUND', 'Member not found.');
  return membership;
}

async function adminCount(tx: EntityManager, accountId: string): Promise<number> {
  return tx.count(Membership, { account: accountId, role: 'BILLING_ADMIN' });
}

/** A new role; the last Billing Admin cannot be demoted. Grants survive only for a Billing User. */
export async function changeMemberRole(
  em: EntityManager,
  accountId: string,
  memberId: string,
  rawRole: string,
  actor: Actor,
  clock: Clock,
): Promise<Membership> {
  const role = validRole(rawRole);
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const membership = await memberOfAccount(tx, accountId, memberId);
    const from = membership.role;
    if (from === role) return membership;
    if (from === 'BILLING_ADMIN' && (await adminCount(tx, accountId)) <= 1) throw noAdminLeft();
    membership.role = role;
    membership.grants = defaultGrants(role);
    auditMembership(
      tx,
      'member.role_change',
      { actor, accountId, at: now, target: membership.id },
      { member: membership.user.email, role: { from, to: role } },
    );
    return membership;
  });
}

/** Sets a Billing User's extra permissions (the grantable ones) exactly to `permissions`. */
export async function setMemberPermissions(
  em: EntityManager,
  accountId: string,
  memberId: string,
  permissions: readonly string[],
  actor: Actor,
  clock: Clock,
): Promise<Membership> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const membership = await memberOfAccount(tx, accountId, memberId);
    const grants = validGrants(membership.role, permissions);
    const from = membership.grants;
    membership.grants = grants;
    auditMembership(
      tx,
      'member.permissions_change',
      { actor, accountId, at: now, target: membership.id },
      { member: membership.user.email, grants: { from, to: grants } },
    );
    return membership;
  });
}

/**
 * Ends a membership: the member's sessions in this account end at once (they act nowhere until
 * they switch to another account or sign in again) and the API tokens they created are revoked.
 */
async function endMembership(
  tx: EntityManager,
  accountId: string,
  membership: Membership,
  now: Date,
  clock: Clock,
): Promise<{ sessions: number; tokens: number }> {
  if (membership.role === 'BILLING_ADMIN' && (await adminCount(tx, accountId)) <= 1) {
    throw noAdminLeft();
  }
  const userId = membership.user.id;
  tx.remove(membership);
  await tx.flush();
  const sessions = await tx.nativeUpdate(
    Session,
    { user: userId, account: accountId, revokedAt: null },
    { revokedAt: now },
  );
  const tokens = await revokeApiTokensCreatedBy(tx, accountId, userId, clock);
  return { sessions, tokens };
}

export async function removeMember(
  em: EntityManager,
  accountId: string,
  memberId: string,
  actor: Actor,
  clock: Clock,
): Promise<Membership> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const membership = await memberOfAccount(tx, accountId, memberId);
    const ended = await endMembership(tx, accountId, membership, now, clock);
    auditMembership(
      tx,
      'member.remove',
      { actor, accountId, at: now, target: memberId },
      { member: membership.user.email, role: membership.role, ...ended },
    );
    return membership;
  });
}

/**
 * The acting member leaves. The session they leave from moves to their next account (the oldest
 * membership left) or to none, so they carry on signed in; their other sessions in this account
 * end, as for a removed member. Answers the membership the session moved to, if any.
 */
export async function leaveAccount(
  em: EntityManager,
  accountId: string,
  actor: Actor,
  clock: Clock,
  sessionId: string | null,
): Promise<Membership | null> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const membership = await tx.findOne(
      Membership,
      { account: accountId, user: actor.userId },
      { populate: ['user'], refresh: true },
    );
    if (membership === null) throw new AppError('NOT_FOUND', 'Member not found.');
    const next = await tx.findOne(
      Membership,
      { user: actor.userId, account: { $ne: accountId } },
      { populate: ['account'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (sessionId !== null) {
      await tx.nativeUpdate(
        Session,
        { id: sessionId, account: accountId },
        { account: next?.account.id ?? null },
      );
    }
    const ended = await endMembership(tx, accountId, membership, now, clock);
    auditMembership(
      tx,
      'member.leave',
      { actor, accountId, at: now, target: membership.id },
      { role: membership.role, ...ended, movedTo: next?.account.id ?? null },
    );
    return next;
  });
}

/** The acting Billing Admin hands the role to another member and becomes a Billing User. */
export async function transferOwnership(
  em: EntityManager,
  accountId: string,
  memberId: string,
  actor: Actor,
  clock: Clock,
): Promise<Membership> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const target = await memberOfAccount(tx, accountId, memberId);
    const self = await tx.findOne(
      Membership,
      { account: accountId, user: actor.userId },
      { populate: ['user'], refresh: true },
    );
    if (self === null || self.role !== 'BILLING_ADMIN') {
      throw new AppError('FORBIDDEN', 'Only a Billing Admin can transfer ownership.');
    }
    if (self.id === target.id) {
      throw badInput('memberId', 'Choose another member to hand ownership to.');
    }
    target.role = 'BILLING_ADMIN';
    target.grants = [];
    self.role = 'BILLING_USER';
    auditMembership(
      tx,
      'member.transfer_ownership',
      { actor, accountId, at: now, target: target.id },
      { to: target.user.email, from: self.user.email },
    );
    return target;
  });
}

/** The person's first membership (the account a new session acts in), or null. */
export async function firstMembershipOf(
  em: EntityManager,
  userId: string,
): Promise<Membership | null> {
  return em.findOne(
    Membership,
    { user: userId },
    { populate: ['account'], orderBy: { createdAt: 'asc' } },
  );
}

/** Makes the person the Billing Admin of an account just created for them. */
export function addAccountCreator(
  em: EntityManager,
  user: User,
  account: Account,
  at: Date,
): Membership {
  return em.create(Membership, { user, account, role: 'BILLING_ADMIN', createdAt: at });
}

/** The accounts a user belongs to, oldest membership first (the account switcher). */
export async function membershipsOf(em: EntityManager, userId: string): Promise<Membership[]> {
  return em.find(
    Membership,
    { user: userId },
    { populate: ['account'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** Moves the session to another account the user belongs to; answers that membership. */
export async function switchAccount(
  em: EntityManager,
  sessionId: string,
  userId: string,
  accountId: string,
): Promise<Membership> {
  const membership = await em.findOne(
    Membership,
    { user: userId, account: accountId },
    { populate: ['account'] },
  );
  if (membership === null) throw new AppError('NOT_FOUND', 'Account not found.');
  await em.nativeUpdate(Session, { id: sessionId }, { account: accountId });
  return membership;
}

export async function listMembers(em: EntityManager, accountId: string): Promise<Membership[]> {
  return em.find(
    Membership,
    { account: accountId },
    { populate: ['user'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** Accounts with a member whose e-mail contains `text` (case-insensitive; operators' search). */
export async function accountIdsWithMemberEmail(
  em: EntityManager,
  text: string,
): Promise<string[]> {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await em.find(
    Membership,
    { user: { email: { $ilike: `%${escaped}%` } } },
    { fields: ['account'], limit: 1000 },
  );
  return [...new Set(rows.map((m) => m.account.id))];
}
