import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { Account } from '../accounts/account.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Plan } from '../catalog/plan.entity.js';
import { invitationForNewUser, joinByInvitation } from '../members/members.service.js';
import { Membership } from '../members/membership.entity.js';
import { Identity, User } from './user.entity.js';

/** What a provider vouched for, after the ID token was verified. */
export interface VerifiedIdentity {
  provider: string;
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface SignInResult {
  user: User;
  account: Account | null;
  created: boolean;
}

function displayName(identity: VerifiedIdentity): string {
  const name = identity.name.trim();
  return name.length > 0 ? name.slice(0, 100) : (identity.email.split('@')[0] ?? identity.email);
}

/**
 * First sign-in creates the user, an account named after them (on the Free plan) and makes them
 * its Billing Admin — unless it came through an invitation link (`invitationToken`) for this
 * verified e-mail: then the user joins the inviting account instead (SPEC §5). Later sign-ins with
 * the same provider subject reuse the user. Two callbacks racing for a new subject are settled by
 * the unique (provider, subject) constraint: the loser retries and finds the winner's user.
 */
export async function signIn(
  em: EntityManager,
  identity: VerifiedIdentity,
  clock: Clock,
  meta: { ip: string | null; requestId: string | null },
  options: { invitationToken?: string | null } = {},
): Promise<SignInResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await em.transactional(async (tx) => {
        const now = clock.now();
        const email = identity.email.toLowerCase();
        const existing = await tx.findOne(
          Identity,
          { provider: identity.provider, subject: identity.subject },
          { populate: ['user'] },
        );
        if (existing !== null) {
          const user = existing.user;
          user.email = email;
          user.emailVerified = identity.emailVerified;
          user.name = displayName(identity);
          user.lastSignInAt = now;
          existing.email = email;
          const membership = await tx.findOne(
            Membership,
            { user },
            { populate: ['account'], orderBy: { createdAt: 'asc' } },
          );
          recordAudit(tx, {
            action: 'auth.sign_in',
            actorUserId: user.id,
            accountId: membership?.account.id ?? null,
            target: user.id,
            ip: meta.ip,
            requestId: meta.requestId,
            occurredAt: now,
            summary: { provider: identity.provider },
          });
          return { user, account: membership?.account ?? null, created: false };
        }
        const user = tx.create(User, {
          email,
          emailVerified: identity.emailVerified,
          name: displayName(identity),
          createdAt: now,
          lastSignInAt: now,
        });
        tx.create(Identity, {
          user,
          provider: identity.provider,
          subject: identity.subject,
          email,
          createdAt: now,
        });
        const invitation =
          options.invitationToken == null
            ? null
            : await invitationForNewUser(
                tx,
                options.invitationToken,
                email,
                identity.emailVerified,
                now,
              );
        if (invitation !== null) {
          await joinByInvitation(tx, invitation, user, now, meta);
          recordAudit(tx, {
            action: 'auth.sign_up',
            actorUserId: user.id,
            accountId: invitation.account.id,
            target: user.id,
            ip: meta.ip,
            requestId: meta.requestId,
            occurredAt: now,
            summary: { provider: identity.provider, invitation: invitation.id },
          });
          return { user, account: invitation.account, created: true };
        }
        const free = await tx.findOneOrFail(Plan, { code: 'free' });
        const account = tx.create(Account, {
          name: user.name,
          plan: free,
          createdAt: now,
          updatedAt: now,
        });
        tx.create(Membership, { user, account, role: 'BILLING_ADMIN', createdAt: now });
        recordAudit(tx, {
          action: 'auth.sign_up',
          actorUserId: user.id,
          accountId: account.id,
          target: user.id,
          ip: meta.ip,
          requestId: meta.requestId,
          occurredAt: now,
          summary: { provider: identity.provider, accountName: account.name },
        });
        return { user, account, created: true };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && attempt === 0) {
        em.clear();
        continue;
      }
      throw error;
    }
  }
}
