import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { effectivePermissions, type Permission } from '../accounts/index.js';
import {
  findLiveSession,
  mustEnrolTwoFactor,
  operatorAccessOf,
  type SessionAuthState,
} from '../identity/index.js';
import { Membership } from '../members/index.js';
import type { TokenAuthState } from '../tokens/index.js';

/**
 * Who is making a request, resolved once per request: a person's session (cookie) or a partner
 * API token (`Authorization: Bearer`, see modules/tokens). `kind` tells them apart; a token
 * request has no session and no user.
 */
export type AuthState = SessionAuthState | TokenAuthState;

/** The session cookie's person: their sign-in stage, and role and permissions in the account. */
export async function resolveAuthState(
  em: EntityManager,
  token: string | undefined,
  config: Pick<Config, 'session' | 'operatorEmails' | 'operatorRequireTwoFactor'>,
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
      operatorAccess: 'none',
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
      operatorAccess: 'none',
    };
  }
  const operatorAccess = await operatorAccessOf(em, user, config);
  return {
    kind: 'session',
    stage: 'complete',
    session,
    user,
    token: null,
    account: actsIn,
    role,
    permissions: new Set(role === null ? [] : effectivePermissions(role, membership?.grants ?? [])),
    isOperator: operatorAccess === 'granted',
    operatorAccess,
  };
}
