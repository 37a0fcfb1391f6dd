import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Account, Permission, Role } from '../accounts/index.js';
import { isOperatorEmail } from '../operators/index.js';
import type { User } from '../users/index.js';
import type { Session } from './session.entity.js';
import { hasConfirmedTwoFactor } from './two-factor/two-factor.service.js';

/*
 * A person's side of a request's auth state. The whole state (`AuthState`: this, or a partner
 * token's `TokenAuthState` from modules/tokens) is resolved by modules/signin (auth-state.ts).
 */

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
  /** Vendor staff acting as such (`operatorAccess` is `granted`). */
  isOperator: boolean;
  operatorAccess: OperatorAccess;
}

/**
 * Whether a person is vendor staff (modules/operators: a verified e-mail in OPERATOR_EMAILS or an
 * operator grant), and whether they may act as one now: with OPERATOR_REQUIRE_TWO_FACTOR=1 an
 * operator without two-factor sign-in is `needs_two_factor` and holds no operator rights until
 * they turn it on (a session of a person with two-factor on has always given the second factor).
 */
export type OperatorAccess = 'none' | 'granted' | 'needs_two_factor';

export async function operatorAccessOf(
  em: EntityManager,
  user: User,
  config: Pick<Config, 'operatorEmails' | 'operatorRequireTwoFactor'>,
  /** Whether the address holds a grant, when the caller already read it (else it is looked up). */
  granted?: boolean,
): Promise<OperatorAccess> {
  if (!user.emailVerified) return 'none';
  const operator =
    granted === undefined
      ? await isOperatorEmail(em, user.email, config)
      : granted || config.operatorEmails.has(user.email.toLowerCase());
  if (!operator) return 'none';
  if (config.operatorRequireTwoFactor && !(await hasConfirmedTwoFactor(em, user.id))) {
    return 'needs_two_factor';
  }
  return 'granted';
}

/** Whether the person is vendor staff at all (their first sign-in creates no customer account). */
export async function isOperatorUser(
  em: EntityManager,
  user: User,
  config: Pick<Config, 'operatorEmails'>,
): Promise<boolean> {
  return user.emailVerified && (await isOperatorEmail(em, user.email, config));
}
