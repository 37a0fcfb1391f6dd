import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Clock } from '../../clock.js';
import type { Orm } from '../../db/handles.js';
import type { Account, Permission } from '../accounts/index.js';
import type { ApiTokenScope } from './api-token-scopes.js';
import { countApiRequest, monthlyRequestLimitKey } from './api-request-quota.js';
import { permissionsOfScopes } from './api-token-scopes.js';
import { findUsableApiToken, touchApiToken } from './api-token.service.js';
import {
  countRateLimitFailure,
  type RateLimit,
  rateLimitBlockedUntil,
  retryAfterSeconds,
} from '../rate-limits/index.js';

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

export interface ApiTokenAuthenticationDeps {
  orm: Orm;
  clock: Clock;
  /** Failed attempts allowed per client address (rate-limits.ts `bearerFailures`). */
  failureLimit: RateLimit;
}

const resolved = new WeakMap<Request, TokenAuthState>();

/** The token a request authenticated with (set by `apiTokenAuthentication`), if any. */
export function apiTokenAuthOf(req: Request): TokenAuthState | undefined {
  return resolved.get(req);
}

const invalidTokenMessage = 'Invalid or expired API token.';

/**
 * An error response in GraphQL's shape, answered before Apollo runs: a request whose
 * credentials are refused never reaches parsing, validation or resolvers (nor counts as a
 * request of the account).
 */
function refuse(
  res: Response,
  status: 401 | 429,
  code: 'UNAUTHENTICATED' | 'RATE_LIMITED',
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

function refuseRateLimited(
  res: Response,
  message: string,
  resetAt: Date,
  now: Date,
  extensions: Record<string, unknown> = {},
): void {
  res.setHeader('Retry-After', String(retryAfterSeconds(resetAt, now)));
  refuse(res, 429, 'RATE_LIMITED', message, { resetAt: resetAt.toISOString(), ...extensions });
}

/**
 * `Authorization: Bearer llp_…` on /graphql: the request acts for the token's account with
 * exactly its scopes (see TokenAuthState), and the cookie, if any, is ignored. Other schemes
 * (e.g. Basic from a proxy in front of the portal) are left alone.
 */
export function apiTokenAuthentication(deps: ApiTokenAuthenticationDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (match === null) {
      next();
      return;
    }
    const secret = match[1]!;
    const now = deps.clock.now();
    const ip = req.ip ?? 'unknown';
    const em = deps.orm.em.fork();
    // Counted in PostgreSQL, so the limit holds across processes (see rate-limit.service.ts).
    const blockedUntil = await rateLimitBlockedUntil(em, deps.failureLimit, ip, now);
    if (blockedUntil !== null) {
      refuseRateLimited(
        res,
        'Too many failed API token attempts from this address. Try again in a minute.',
        blockedUntil,
        now,
      );
      return;
    }

    const token = await findUsableApiToken(em, secret, deps.clock);
    if (token === null) {
      await countRateLimitFailure(em, deps.failureLimit, ip, now);
      req.log.warn({ tokenPrefix: secret.slice(0, 8) }, 'API token refused');
      res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      refuse(res, 401, 'UNAUTHENTICATED', invalidTokenMessage);
      return;
    }

    const account = token.account;
    const plan = account.plan;
    const limit = plan.limits[monthlyRequestLimitKey] ?? null;
    const quota = await countApiRequest(em, account.id, limit, now);
    if (!quota.allowed) {
      refuseRateLimited(
        res,
        `Your ${plan.name} plan allows ${quota.limit.toLocaleString('en-US')} API requests a month; ` +
          `this month's are used up. The count starts again at ${quota.resetAt.toISOString()}.`,
        quota.resetAt,
        now,
        { limit: quota.limit },
      );
      return;
    }
    await touchApiToken(em, token, now);
    resolved.set(req, {
      kind: 'token',
      session: null,
      user: null,
      token: { id: token.id, scopes: token.scopes },
      account,
      role: null,
      permissions: permissionsOfScopes(token.scopes),
      isOperator: false,
    });
    next();
  };
}
