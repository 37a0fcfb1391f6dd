import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { Account } from '../accounts/account.entity.js';
import { lockAccount } from '../accounts/account.service.js';
import { type Actor, recordAudit, recordAuditBy } from '../audit/audit.service.js';
import { listPlans } from '../catalog/catalog.service.js';
import { seatsAllowed, seatsInUse } from '../catalog/entitlements.js';
import { lockRow } from '../../db/row-lock.js';
import { Session } from '../identity/session.entity.js';
import { hashToken, newToken } from '../identity/session.service.js';
import { User } from '../identity/user.entity.js';
import { type MailSettings, enqueueMail } from '../notifications/mail/mail.service.js';
import { revokeApiTokensCreatedBy } from '../tokens/api-token.service.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import {
  type Permission,
  type Role,
  defaultGrants,
  grantablePermissions,
  roleLabels,
  roles,
} from './roles.js';

/** SPEC §5: invitation links are valid for 7 days. */
export const invitationLifetimeMs = 7 * 86_400_000;

export type InvitationStatus = 'open' | 'expired' | 'accepted' | 'revoked';

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'open';
}

/** The link an invitee opens; the token exists only here and in the e-mail. */
export function invitationUrl(publicUrl: URL, token: string): string {
  return new URL(`/invite/${token}`, publicUrl).toString();
}

/** The invitation token in a sign-in's return path (`/invite/<token>`), if it is one. */
export function invitationTokenIn(returnTo: string): string | null {
  return /^\/invite\/([A-Za-z0-9_-]{20,100})$/.exec(returnTo)?.[1] ?? null;
}

/** `jane@acme.example` → `j***@acme.example`: enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

const emailPattern = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

function validEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length === 0) throw badInput('email', 'Enter the e-mail address to invite.');
  if (email.length > 254 || !emailPattern.test(email)) {
    throw badInput('email', 'Enter a valid e-mail address, such as jane@example.com.');
  }
  return email;
}

function validRole(role: string): Role {
  if (!(roles as readonly string[]).includes(role)) throw badInput('role', 'Choose a role.');
  return role as Role;
}

/** Extra permissions only for a Billing User, and only the grantable ones. */
function validGrants(role: Role, grants: readonly string[]): Permission[] {
  const unique = [...new Set(grants)];
  if (unique.length === 0) return [];
  if (role !== 'BILLING_USER') {
    throw badInput(
      'permissions',
      `Only a Billing User gets extra permissions; a ${roleLabels[role]} has a fixed set.`,
    );
  }
  const unknown = unique.filter((grant) => !grantablePermissions.includes(grant as Permission));
  if (unknown.length > 0) {
    throw badInput('permissions', `These cannot be granted: ${unknown.join(', ')}.`);
  }
  return grantablePermissions.filter((grant) => unique.includes(grant));
}

/** Every membership change is audited the same way: who, which account, when, what. */
function auditMembership(
  tx: EntityManager,
  action: string,
  where: { actor: Actor; accountId: string; at: Date; target: string },
  summary: Record<string, unknown>,
): void {
  recordAuditBy(tx, where.actor, {
    action,
    occurredAt: where.at,
    accountId: where.accountId,
    target: where.target,
    summary,
  });
}

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

/**
 * SEAT_LIMIT naming the lowest plan with more included seats, e.g. "Your Basic plan has 3 seats,
 * all taken (2 members, 1 open invitation). Add seats on the Plans page or move to Advanced (10)."
 */
async function seatLimitError(
  tx: EntityManager,
  account: Account,
  allowed: number,
  usage: { members: number; invitations: number },
): Promise<AppError> {
  const plan = account.plan;
  const upgrade = (await listPlans(tx)).find(
    (candidate) => candidate.rank > plan.rank && candidate.includedSeats > allowed,
  );
  const taken =
    `${usage.members} member${usage.members === 1 ? '' : 's'}` +
    (usage.invitations > 0
      ? `, ${usage.invitations} open invitation${usage.invitations === 1 ? '' : 's'}`
      : '');
  const more = upgrade
    ? ` Change your seats on the Plans page, or move to ${upgrade.name} (${upgrade.includedSeats} seats included).`
    : ' Change your seats on the Plans page, or revoke an open invitation.';
  return new AppError(
    'SEAT_LIMIT',
    `Your ${plan.name} plan has ${allowed} seat${allowed === 1 ? '' : 's'}, all taken (${taken}).${more}`,
    undefined,
    {
      seatsAllowed: allowed,
      seatsUsed: usage.members + usage.invitations,
      upgradePlan: upgrade?.code ?? null,
    },
  );
}

export interface InvitationSent {
  invitation: Invitation;
  /** The accept link, shown to the inviter once (and e-mailed to the invitee). */
  url: string;
}

/** What inviting needs besides the database: the time, and where links and e-mail come from. */
export interface InviteDeps {
  clock: Clock;
  config: MailSettings;
}

/** The invitation e-mail, written in the inviting transaction (sent by the deliver-mail job). */
async function mailInvitation(
  tx: EntityManager,
  invitation: Invitation,
  token: string,
  actor: Actor,
  config: MailSettings,
): Promise<string> {
  const url = invitationUrl(config.publicUrl, token);
  const inviter = await tx.findOne(User, { id: actor.userId }, { fields: ['name'] });
  enqueueMail(tx, config, {
    to: invitation.email,
    template: 'invite',
    data: {
      inviterName: inviter?.name ?? null,
      accountName: invitation.account.name,
      role: invitation.role,
      acceptUrl: url,
      expiresAt: invitation.expiresAt,
    },
    accountId: invitation.account.id,
    at: invitation.sentAt,
  });
  return url;
}

export interface InviteInput {
  email: string;
  role: string;
  permissions?: readonly string[] | null;
}

/**
 * Invites an e-mail address into the account with a role (and grants, for a Billing User). The
 * account row lock serialises invitations and membership changes of the account, so parallel
 * invites never exceed the seats; the partial unique index on open invitations settles the rest.
 */
export async function inviteMember(
  em: EntityManager,
  accountId: string,
  input: InviteInput,
  actor: Actor,
  deps: InviteDeps,
): Promise<InvitationSent> {
  const email = validEmail(input.email);
  const role = validRole(input.role);
  // Not given: the role's defaults (a Billing User may pay invoices); given: exactly that set.
  const grants =
    input.permissions == null ? defaultGrants(role) : validGrants(role, input.permissions);
  return em.transactional(async (tx) => {
    const now = deps.clock.now();
    const account = await lockAccount(tx, accountId);
    const alreadyMember = await tx.count(Membership, { account: accountId, user: { email } });
    if (alreadyMember > 0) {
      throw new AppError('CONFLICT', `${email} is already a member of this account.`);
    }
    const existing = await tx.findOne(Invitation, {
      account: accountId,
      email,
      acceptedAt: null,
      revokedAt: null,
    });
    if (existing !== null) {
      if (existing.expiresAt > now) {
        throw new AppError(
          'CONFLICT',
          `${email} already has an open invitation: resend it instead.`,
        );
      }
      existing.revokedAt = now; // expired: replaced by the new one
      await tx.flush();
    }
    const allowed = await seatsAllowed(tx, account);
    const usage = await seatsInUse(tx, accountId, now);
    if (usage.used >= allowed) throw await seatLimitError(tx, account, allowed, usage);

    const token = newToken();
    const invitation = tx.create(Invitation, {
      account,
      email,
      role,
      grants,
      tokenHash: hashToken(token),
      invitedBy: tx.getReference(User, actor.userId),
      createdAt: now,
      sentAt: now,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
    });
    auditMembership(
      tx,
      'member.invite',
      { actor, accountId, at: now, target: invitation.id },
      { email, role, grants },
    );
    const url = await mailInvitation(tx, invitation, token, actor, deps.config);
    await tx.flush();
    return { invitation, url };
  });
}

async function openInvitation(
  tx: EntityManager,
  accountId: string,
  invitationId: string,
): Promise<Invitation> {
  const invitation = await tx.findOne(
    Invitation,
    { id: invitationId, account: accountId, acceptedAt: null, revokedAt: null },
    { refresh: true },
  );
  if (invitation === null) throw new AppError('NOT_FOUND', 'Invitation not found.');
  return invitation;
}

/** A new link (the old one stops working) valid for another 7 days. */
export async function resendInvite(
  em: EntityManager,
  accountId: string,
  invitationId: string,
  actor: Actor,
  deps: InviteDeps,
): Promise<InvitationSent> {
  return em.transactional(async (tx) => {
    const now = deps.clock.now();
    const account = await lockAccount(tx, accountId);
    const invitation = await openInvitation(tx, accountId, invitationId);
    if (invitation.expiresAt <= now) {
      // An expired invitation no longer holds a seat; taking one again must fit.
      const allowed = await seatsAllowed(tx, account);
      const usage = await seatsInUse(tx, accountId, now);
      if (usage.used >= allowed) throw await seatLimitError(tx, account, allowed, usage);
    }
    const token = newToken();
    invitation.tokenHash = hashToken(token);
    invitation.sentAt = now;
    invitation.expiresAt = new Date(now.getTime() + invitationLifetimeMs);
    auditMembership(
      tx,
      'member.invite_resend',
      { actor, accountId, at: now, target: invitation.id },
      { email: invitation.email },
    );
    const url = await mailInvitation(tx, invitation, token, actor, deps.config);
    await tx.flush();
    return { invitation, url };
  });
}

export async function revokeInvite(
  em: EntityManager,
  accountId: string,
  invitationId: string,
  actor: Actor,
  clock: Clock,
): Promise<Invitation> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    await lockAccount(tx, accountId);
    const invitation = await openInvitation(tx, accountId, invitationId);
    invitation.revokedAt = now;
    auditMembership(
      tx,
      'member.invite_revoke',
      { actor, accountId, at: now, target: invitation.id },
      { email: invitation.email },
    );
    return invitation;
  });
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

/** What the invitation page shows before and after signing in. */
export interface InvitationPreview {
  invitation: Invitation;
  accountName: string;
  invitedByName: string | null;
  status: InvitationStatus;
}

export async function previewInvitation(
  em: EntityManager,
  token: string,
  clock: Clock,
): Promise<InvitationPreview> {
  const invitation = await em.findOne(
    Invitation,
    { tokenHash: hashToken(token) },
    { populate: ['account', 'invitedBy'] },
  );
  if (invitation === null) {
    throw new AppError('NOT_FOUND', 'This invitation link is not valid. Ask for a new one.');
  }
  return {
    invitation,
    accountName: invitation.account.name,
    invitedByName: invitation.invitedBy?.name ?? null,
    status: invitationStatus(invitation, clock.now()),
  };
}

/** Why an invitation cannot be accepted by this person, or null when it can. */
function acceptRefusal(invitation: Invitation, user: User, now: Date): AppError | null {
  switch (invitationStatus(invitation, now)) {
    case 'accepted':
      return new AppError('CONFLICT', 'This invitation has already been used.');
    case 'revoked':
      return new AppError('CONFLICT', 'This invitation was withdrawn. Ask for a new one.');
    case 'expired':
      return new AppError('CONFLICT', 'This invitation has expired. Ask for a new one.');
    case 'open':
      break;
  }
  if (!user.emailVerified || user.email.toLowerCase() !== invitation.email) {
    return new AppError(
      'FORBIDDEN',
      `This invitation is for ${maskEmail(invitation.email)}. Sign in with that address to accept it.`,
    );
  }
  return null;
}

/** Joins the account with the invitation's role and grants, in the caller's transaction. */
async function joinByInvitation(
  tx: EntityManager,
  invitation: Invitation,
  user: User,
  now: Date,
  meta: { ip: string | null; requestId: string | null },
): Promise<Membership> {
  invitation.acceptedAt = now;
  invitation.acceptedBy = user;
  const membership = tx.create(Membership, {
    user,
    account: invitation.account,
    role: invitation.role,
    grants: invitation.grants,
    createdAt: now,
  });
  recordAudit(tx, {
    action: 'member.join',
    occurredAt: now,
    actorUserId: user.id,
    accountId: invitation.account.id,
    target: membership.id,
    ip: meta.ip,
    requestId: meta.requestId,
    summary: { invitation: invitation.id, role: invitation.role },
  });
  return membership;
}

/**
 * A signed-in person accepts an invitation: their verified e-mail must be the invited one. They
 * join the account and the session switches to it.
 */
export async function acceptInvite(
  em: EntityManager,
  token: string,
  sessionId: string,
  actor: Actor,
  clock: Clock,
): Promise<Membership> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    const found = await tx.findOne(Invitation, { tokenHash: hashToken(token) }, { fields: ['id'] });
    if (found === null) {
      throw new AppError('NOT_FOUND', 'This invitation link is not valid. Ask for a new one.');
    }
    const accountId = (
      await tx.findOneOrFail(Invitation, { id: found.id }, { fields: ['account'] })
    ).account.id;
    await lockAccount(tx, accountId);
    const invitation = await tx.findOneOrFail(
      Invitation,
      { id: found.id },
      { populate: ['account'], refresh: true },
    );
    const user = await tx.findOneOrFail(User, { id: actor.userId });
    const refusal = acceptRefusal(invitation, user, now);
    if (refusal !== null) throw refusal;
    const already = await tx.findOne(Membership, { account: accountId, user });
    if (already !== null) {
      throw new AppError('CONFLICT', 'You are already a member of this account.');
    }
    const membership = await joinByInvitation(tx, invitation, user, now, actor);
    await tx.nativeUpdate(Session, { id: sessionId }, { account: accountId });
    return membership;
  });
}

/**
 * For a first sign-in through an invitation link: the open invitation this verified identity may
 * accept, so the new user joins the inviting account instead of getting one of their own.
 */
export async function invitationForNewUser(
  tx: EntityManager,
  token: string,
  email: string,
  emailVerified: boolean,
  now: Date,
): Promise<Invitation | null> {
  if (!emailVerified) return null;
  const invitation = await tx.findOne(
    Invitation,
    { tokenHash: hashToken(token) },
    { populate: ['account'] },
  );
  if (invitation === null || invitationStatus(invitation, now) !== 'open') return null;
  if (invitation.email !== email.toLowerCase()) return null;
  if (!(await lockRow(tx, 'account', invitation.account.id))) return null;
  return invitation;
}

export { joinByInvitation };

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

/** Invitations not yet accepted or withdrawn (expired ones too, so they can be resent). */
export async function listPendingInvitations(
  em: EntityManager,
  accountId: string,
): Promise<Invitation[]> {
  return em.find(
    Invitation,
    { account: accountId, acceptedAt: null, revokedAt: null },
    { populate: ['invitedBy'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}
