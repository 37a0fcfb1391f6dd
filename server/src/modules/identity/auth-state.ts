import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Account } from '../accounts/account.entity.js';
import { Membership } from '../members/membership.entity.js';
import { effectivePermissions, type Permission, type Role } from '../members/roles.js';
import { findLiveSession } from './session.service.js';
import type { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** Who is making a request, resolved once per request from the session cookie. */
export interface AuthState {
  session: Session;
  user: User;
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

export async function resolveAuthState(
  em: EntityManager,
  token: string | undefined,
  config: Pick<Config, 'session' | 'operatorEmails'>,
  clock: Clock,
): Promise<AuthState | null> {
  if (token === undefined) return null;
  const session = await findLiveSession(em, token, config, clock);
  if (session === null) return null;
  const user = session.user;
  const account = session.account;
  const membership =
    account === null
      ? null
      : await em.findOne(Membership, { user, account }, { populate: ['account'] });
  const role = membership?.role ?? null;
  return {
    session,
    user,
    // A session whose membership was removed no longer acts in that account.
    account: membership === null ? null : account,
    role,
    permissions: new Set(role === null ? [] : effectivePermissions(role, membership?.grants ?? [])),
    isOperator: isOperatorUser(user, config),
  };
}
