import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { Account, defaultGrants, lockAccount, roleLabels } from '../accounts/index.js';
import { type Actor, recordAudit } from '../audit/index.js';
import { listPlans } from '../catalog/index.js';
import { seatsAllowed } from '../billing/index.js';
import { seatsInUse } from './seats.js';
import { lockRow } from '../../db/row-lock.js';
import { hashToken, newToken, Session } from '../identity/index.js';
import { User } from '../users/index.js';
import { enqueueMail, type MailSettings, notifyMemberInvited } from '../notifications/index.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { auditMembership, validGrants, validRole } from './members-shared.js';

/** Invitation links are valid for 7 days (docs/API.md "Members and invitations"). */
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
      roleLabel: roleLabels[invitation.role],
      acceptUrl: url,
      expiresAt: invitation.expiresAt,
    },
    accountId: invitation.account.id,
    at: invitation.sentAt,
  });
  notifyMemberInvited(tx, {
    accountId: invitation.account.id,
    email: invitation.email,
    roleLabel: roleLabels[invitation.role],
    inviterName: inviter?.name ?? null,
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
