import type { Config } from '../../config.js';
import type { Account, Permission, Role } from '../accounts/index.js';
import type { User } from '../users/index.js';
import type { Session } from './session.entity.js';

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
  /** Vendor staff: a verified e-mail listed in OPERATOR_EMAILS. */
  isOperator: boolean;
}

export function isOperatorUser(user: User, config: Pick<Config, 'operatorEmails'>): boolean {
  return user.emailVerified && config.operatorEmails.has(user.email.toLowerCase());
}
