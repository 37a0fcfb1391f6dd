import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Account } from '../accounts/account.entity.js';
import { Membership } from '../members/membership.entity.js';
import { effectivePermissions, type Permission, type Role } from '../members/roles.js';
import type { ApiTokenScope } from '../tokens/api-token-scopes.js';
import { findLiveSession } from './session.service.js';
import type { Session } from './session.entity.js';
import type { User } from './user.entity.js';
import { mustEnrolTwoFactor } from './two-factor/two-factor.service.js';

/**
 * Who is making a request, resolved once per request: a person's session (cookie) or a partner
 * API token (`Authorization: Bearer`, see modules/tokens). `kind` tells them apart; a token
 * request has no session and no user.
 */
export type AuthState = SessionAuthState | TokenAuthState;

/**
 * How far a person's sign-in got. Only `complete` sessions act in their account; the others may
 * do just what finishes the sign-in (see graphql/permissions.ts), and carry no permissions.
 *
 * - `second_factor`: signed in with the identity provider; the second factor is still owed.
 * - `two_factor_enrolment`: the account requires two-factor sign-in and this person has not
 *   turned it on yet.
 */
export type SignInStage = 'complete' | 'second_factor' | 'two_factor_enrolment';

/** A signed-in person, from the session cookie. */
export interface SessionAuthState {
  kind: 'session';
  stage: SignInStage;
  session: Session;
  user: User;
  token: null;
  /** The account the session acts in; null when the user has no membership (an operator). */
  account: Account | null;
  role: Role | null;
  permissions: ReadonlySet<Permission>;
  /** Vendor staff: a verified e-mail listed in OPERATOR_EMAILS. */
  isOperator: boolean;
}

/** A partner program acting for one account with a scoped API token. */
export interface TokenAuthState {
  kind: 'token';
  session: null;
  user: null;
  token: TokenActor;
  account: Account;
  role: null;
  /** What the token's scopes allow (read permissions only; see modules/tokens). */
  permissions: ReadonlySet<Permission>;
  isOperator: false;
}

export interface TokenActor {
  /** The ApiToken row id (`tok_…`), for audit records. */
  id: string;
  scopes: readonly ApiTokenScope[];
}

export function isOperatorUser(user: User, config: Pick<Config, 'operatorEmails'>): boolean {
  return user.emailVerified && config.operatorEmails.has(user.email.toLowerCase());
}

export async function resolveAuthState(
  em: EntityManager,
  token: string | undefined,
  config: Pick<Config, 'session' | 'operatorEmails'>,
  clock: Clock,
): Promise<SessionAuthState | null> {
  if (token === undefined) return null;
  const session = await findLiveSession(em, token, config, clock);
  if (session === null) return null;
  const user = session.user;
  const nothing = new Set<Permission>();
  if (session.secondFactorPending) {
    return {
      kind: 'session',
      stage: 'second_factor',
      session,
      user,
      token: null,
      account: null,
      role: null,
      permissions: nothing,
      isOperator: false,
    };
  }
  const account = session.account;
  const membership = account === null ? null : await em.findOne(Membership, { user, account });
  const role = membership?.role ?? null;
  // A session whose membership was removed no longer acts in that account.
  const actsIn = membership === null ? null : account;
  if (actsIn !== null && (await mustEnrolTwoFactor(em, user.id, actsIn.id))) {
    return {
      kind: 'session',
      stage: 'two_factor_enrolment',
      session,
      user,
      token: null,
      account: actsIn,
      role,
      permissions: nothing,
      isOperator: false,
    };
  }
  return {
    kind: 'session',
    stage: 'complete',
    session,
    user,
    token: null,
    account: actsIn,
    role,
    permissions: new Set(role === null ? [] : effectivePermissions(role, membership?.grants ?? [])),
    isOperator: isOperatorUser(user, config),
  };
}
