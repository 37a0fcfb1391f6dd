import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { entityFrom, prefixedColumns } from '../../db/joined-row.js';
import { Account, effectivePermissions, type Permission, type Role } from '../accounts/index.js';
import { Plan } from '../catalog/index.js';
import {
  hashToken,
  isLiveSession,
  mustEnrolTwoFactorSql,
  operatorAccessOf,
  Session,
  type SessionAuthState,
  touchSession,
} from '../identity/index.js';
import { operatorGrantedSql } from '../operators/index.js';
import { User } from '../users/index.js';
import type { TokenAuthState } from '../tokens/index.js';
import { AuthCache } from './auth-cache.js';

/**
 * Who is making a request, resolved once per request: a person's session (cookie) or a partner
 * API token (`Authorization: Bearer`, see modules/tokens). `kind` tells them apart; a token
 * request has no session and no user.
 */
export type AuthState = SessionAuthState | TokenAuthState;

/**
 * The one statement behind every signed-in request: the live-looking session row by its token's
 * hash, with its user, its account, the user's membership there (role, grants), whether the
 * account makes them enrol in two-factor sign-in first, and the account's plan (for
 * `Account.plan`; its prices are loaded only when a query asks for them), and whether the user's
 * address holds an operator grant; and the auth epoch in the same snapshot, so the row can be
 * cached per process (auth-cache.ts) and used again only while the epoch has not moved — a revoked
 * session, a removed member or a changed role takes effect on the next request in every process
 * sharing the database. A table added to this statement needs the auth epoch's triggers too (a new
 * migration like `Migration20261206160000_auth_epoch`); auth-epoch.test.ts fails until it has them.
 */
export function authStatement(em: EntityManager): string {
  return `select ${prefixedColumns(em, Session, 's')}, ${prefixedColumns(em, User, 'u')},
      ${prefixedColumns(em, Account, 'a')}, ${prefixedColumns(em, Plan, 'p')},
      m.role as m__role, m.grants as m__grants,
      case when m.id is null then false else ${mustEnrolTwoFactorSql('a.id', 'u.id')} end
        as must_enrol,
      ${operatorGrantedSql('u.email')} as op_granted,
      (select n from auth_epoch where id = 1) as auth_epoch
    from session s
    join app_user u on u.id = s.user_id
    left join account a on a.id = s.account_id
    left join membership m on m.account_id = a.id and m.user_id = u.id
    left join plan p on p.id = a.plan_id
    where s.id = ? and s.revoked_at is null`;
}

const statements = new WeakMap<object, string>();

/** One auth cache per process and database (keyed by the ORM's connection). */
const caches = new WeakMap<object, AuthCache>();

/** The auth cache of `em`'s database in this process. */
export function authCacheOf(em: EntityManager): AuthCache {
  const connection = em.getConnection();
  let cache = caches.get(connection);
  if (cache === undefined) {
    cache = new AuthCache({
      readEpoch: async () => {
        const row = await connection.execute<{ n: string | number }>(
          'select n from auth_epoch where id = 1',
          [],
          'get',
        );
        return BigInt(row.n);
      },
    });
    caches.set(connection, cache);
  }
  return cache;
}

/** The auth row's column (with its `s__` prefix) of the session's last-seen time. */
function lastSeenColumn(em: EntityManager): string {
  return `s__${em.getMetadata().get(Session).properties.lastSeenAt.fieldNames[0]!}`;
}

async function readAuthRow(
  em: EntityManager,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const metadata = em.getMetadata();
  let sql = statements.get(metadata);
  if (sql === undefined) {
    sql = authStatement(em);
    statements.set(metadata, sql);
  }
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(sql, [key], 'all');
  return row;
}

/**
 * The session cookie's person: their sign-in stage, and role and permissions in the account.
 * With `authCache` on (AUTH_CACHE, the default) the auth row may come from this process's cache,
 * checked against the auth epoch by a statement sent after this call (auth-cache.ts).
 */
export async function resolveAuthState(
  em: EntityManager,
  token: string | undefined,
  config: Pick<Config, 'session' | 'operatorEmails' | 'operatorRequireTwoFactor'> & {
    authCache?: boolean;
  },
  clock: Clock,
): Promise<SessionAuthState | null> {
  if (token === undefined || token.length < 16 || token.length > 128) return null;
  const key = hashToken(token);
  const cache = config.authCache === true ? authCacheOf(em) : null;
  let row = cache === null ? undefined : await cache.get(key);
  let cached = row !== undefined;
  let session: Session;
  let user: User;
  let account: Account | null;
  for (;;) {
    if (row === undefined) {
      row = await readAuthRow(em, key);
      cached = false;
      if (row === undefined) {
        cache?.delete(key);
        return null;
      }
      cache?.set(key, row, BigInt(row.auth_epoch as string | number));
    }
    // The plan, user and account before what refers to them, so references are these entities.
    entityFrom(em, Plan, 'p', row);
    user = entityFrom(em, User, 'u', row)!;
    account = entityFrom(em, Account, 'a', row);
    session = entityFrom(em, Session, 's', row)!;
    if (isLiveSession(session, config, clock)) break;
    if (!cached) {
      cache?.delete(key);
      return null;
    }
    // A cached row's last-seen time may be older than the database's (another process wrote
    // it): only a fresh row may say the session went idle.
    row = undefined;
  }
  const seen = session.lastSeenAt;
  await touchSession(em, session, clock);
  if (cache !== null && session.lastSeenAt !== seen) {
    cache.update(key, lastSeenColumn(em), new Date(session.lastSeenAt.getTime()));
  }

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
  const role = (row.m__role as Role | null) ?? null;
  // A session whose membership was removed no longer acts in that account.
  const actsIn = role === null ? null : account;
  if (actsIn !== null && row.must_enrol === true) {
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
  const grants = (row.m__grants as Permission[] | null) ?? [];
  const operatorAccess = await operatorAccessOf(em, user, config, row.op_granted === true);
  return {
    kind: 'session',
    stage: 'complete',
    session,
    user,
    token: null,
    account: actsIn,
    role,
    permissions: new Set(role === null ? [] : effectivePermissions(role, grants)),
    isOperator: operatorAccess === 'granted',
    operatorAccess,
  };
}
