import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { type Account, createAccount } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import {
  addAccountCreator,
  firstMembershipOf,
  invitationForNewUser,
  joinByInvitation,
} from '../members/index.js';
import {
  isOperatorUser,
  providerName,
  SignInRefused,
  type VerifiedIdentity,
} from '../identity/index.js';
import type { Config } from '../../config.js';
import { Identity, User } from '../users/index.js';

interface Collision {
  collision: true;
  userId: string;
  accountId: string | null;
  providers: string[];
}

export interface SignInResult {
  user: User;
  account: Account | null;
  created: boolean;
}

interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

/** Two sign-ins for the same new address wait for each other (see the collision check). */
async function lockEmail(tx: EntityManager, email: string): Promise<void> {
  await tx
    .getConnection()
    .execute(
      'select pg_advisory_xact_lock(hashtextextended(?, 0))',
      [`sign-in-email:${email}`],
      'all',
      tx.getTransactionContext(),
    );
}

/** The user whose address is `email`, by their profile or by an identity linked with it. */
async function userWithEmail(tx: EntityManager, email: string): Promise<User | null> {
  const byProfile = await tx.findOne(User, { email }, { orderBy: { createdAt: 'asc' } });
  if (byProfile !== null) return byProfile;
  const identity = await tx.findOne(
    Identity,
    { email },
    { populate: ['user'], orderBy: { createdAt: 'asc' } },
  );
  return identity?.user ?? null;
}

async function firstAccountId(tx: EntityManager, user: User): Promise<string | null> {
  const membership = await firstMembershipOf(tx, user.id);
  return membership?.account.id ?? null;
}

/**
 * The profile follows the identity used to sign in, but an address the provider does not vouch
 * for never replaces a verified one (it would also take away operator status and invitations).
 */
function refreshProfile(user: User, identity: VerifiedIdentity, now: Date): void {
  const email = identity.email.toLowerCase();
  if (identity.emailVerified || !user.emailVerified) {
    user.email = email;
    user.emailVerified = identity.emailVerified;
  }
  if (identity.name.trim().length > 0) user.name = displayName(identity);
  user.lastSignInAt = now;
}

function displayName(identity: VerifiedIdentity): string {
  const name = identity.name.trim();
  return name.length > 0 ? name.slice(0, 100) : (identity.email.split('@')[0] ?? identity.email);
}

/**
 * Sign-in finds the user by the provider's subject, never by e-mail. A first sign-in creates the
 * user, an account named after them (on the Free plan) and makes them its Billing Admin — unless
 * it came through an invitation link (`invitationToken`) for this verified e-mail: then the user
 * joins the inviting account instead (docs/API.md "Members and invitations"), or the person is an
 * operator (vendor staff): then no account is created.
 *
 * A first sign-in whose e-mail address already belongs to a user is refused (`email_in_use`,
 * naming that user's sign-in methods): merging would hand the account to whoever controls the
 * address at the new provider, and a second user with the same address would be a confusing
 * twin. The person signs in the way they used to and links the new provider from the Security
 * page (`linkIdentity`). Two callbacks racing for a new subject are settled by the unique
 * (provider, subject) constraint: the loser retries and finds the winner's user.
 */
export async function signIn(
  em: EntityManager,
  identity: VerifiedIdentity,
  clock: Clock,
  meta: RequestMeta,
  options: {
    invitationToken?: string | null;
    /** Operators' first sign-in creates no customer account (docs/OPERATIONS.md "Operators"). */
    operators?: Pick<Config, 'operatorEmails'>;
  } = {},
): Promise<SignInResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await em.transactional(async (tx): Promise<SignInResult | Collision> => {
        const now = clock.now();
        const email = identity.email.toLowerCase();
        const existing = await tx.findOne(
          Identity,
          { provider: identity.provider, subject: identity.subject },
          { populate: ['user'] },
        );
        if (existing !== null) {
          const user = existing.user;
          refreshProfile(user, identity, now);
          existing.lastUsedAt = now;
          const membership = await firstMembershipOf(tx, user.id);
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
        await lockEmail(tx, email);
        const holder = await userWithEmail(tx, email);
        if (holder !== null) {
          const methods = await tx.find(
            Identity,
            { user: holder },
            { orderBy: { createdAt: 'asc' } },
          );
          return {
            collision: true,
            userId: holder.id,
            accountId: await firstAccountId(tx, holder),
            providers: [...new Set(methods.map((m) => m.provider))],
          };
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
          lastUsedAt: now,
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
        if (
          options.operators !== undefined &&
          (await isOperatorUser(tx, user, options.operators))
        ) {
          // Vendor staff land in the back office; they need no customer account of their own.
          recordAudit(tx, {
            action: 'auth.sign_up',
            actorUserId: user.id,
            accountId: null,
            target: user.id,
            ip: meta.ip,
            requestId: meta.requestId,
            occurredAt: now,
            summary: { provider: identity.provider, operator: true },
          });
          return { user, account: null, created: true };
        }
        const account = await createAccount(tx, { name: user.name, at: now });
        addAccountCreator(tx, user, account, now);
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
      if ('collision' in result) {
        // Told to the address's owner through their audit log: someone tried another provider.
        recordAudit(em, {
          action: 'auth.sign_in',
          outcome: 'failure',
          actorUserId: null,
          accountId: result.accountId,
          target: result.userId,
          ip: meta.ip,
          requestId: meta.requestId,
          occurredAt: clock.now(),
          summary: { provider: identity.provider, reason: 'email_in_use' },
        });
        await em.flush();
        throw new SignInRefused(
          'email_in_use',
          result.providers.map(providerName).join(', ') || 'another sign-in method',
        );
      }
      return result;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && attempt === 0) {
        em.clear();
        continue;
      }
      throw error;
    }
  }
}
