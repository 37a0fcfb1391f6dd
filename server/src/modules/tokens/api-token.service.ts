import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { Account } from '../accounts/index.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { listPlans, Plan } from '../catalog/index.js';
import { hashToken } from '../identity/index.js';
import { User } from '../users/index.js';
import { ApiToken } from './api-token.entity.js';
import { apiTokenScopes, isApiTokenScope, type ApiTokenScope } from './api-token-scopes.js';

/** `llp_` and 43 base64url characters: 256 random bits. The prefix makes leaked tokens greppable. */
export const apiTokenSecretPattern = /^llp_[A-Za-z0-9_-]{43}$/;
const secretPrefixLength = 8;

export const apiTokenExpiryDays = { min: 1, max: 365 } as const;
const dayMs = 86_400_000;

/** lastUsedAt is written at most this often, so token reads do not become a write each. */
const touchIntervalMs = 60_000;

export type ApiTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function newApiTokenSecret(): string {
  return `llp_${randomBytes(32).toString('base64url')}`;
}

export function apiTokenStatus(token: ApiToken, now: Date): ApiTokenStatus {
  if (token.revokedAt !== null) return 'REVOKED';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}

export interface ApiTokenInput {
  name: string;
  scopes: readonly string[];
  /** null or undefined: the token never expires. */
  expiresInDays?: number | null;
}

export interface ValidApiTokenInput {
  name: string;
  scopes: ApiTokenScope[];
  expiresInDays: number | null;
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** Checks every field and reports all problems at once, like the other forms' validators. */
export function validateApiTokenInput(input: ApiTokenInput): ValidApiTokenInput {
  const errors: { field: keyof ApiTokenInput; message: string }[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0) {
    errors.push({ field: 'name', message: 'Name the token after what uses it, e.g. "ERP sync".' });
  } else if (name.length > 100) {
    errors.push({ field: 'name', message: 'Use at most 100 characters.' });
  } else if (controlCharacters.test(name)) {
    errors.push({ field: 'name', message: 'Use printable characters only.' });
  }
  const unknown = input.scopes.filter((scope) => !isApiTokenScope(scope));
  const scopes = apiTokenScopes.filter((scope) => input.scopes.includes(scope));
  if (unknown.length > 0) {
    errors.push({ field: 'scopes', message: `Unknown scope: ${unknown.join(', ')}.` });
  } else if (scopes.length === 0) {
    errors.push({ field: 'scopes', message: 'Choose at least one thing the token may read.' });
  }
  const days = input.expiresInDays ?? null;
  if (
    days !== null &&
    (!Number.isInteger(days) || days < apiTokenExpiryDays.min || days > apiTokenExpiryDays.max)
  ) {
    errors.push({
      field: 'expiresInDays',
      message: `Choose an expiry from ${apiTokenExpiryDays.min} to ${apiTokenExpiryDays.max} days, or never.`,
    });
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError('BAD_USER_INPUT', first.message, first.field, { fieldErrors: errors });
  }
  return { name, scopes, expiresInDays: days };
}

/** Every token of the account, revoked and expired ones too, newest first. */
export async function listApiTokens(em: EntityManager, accountId: string): Promise<ApiToken[]> {
  return em.find(
    ApiToken,
    { account: accountId },
    { populate: ['createdBy'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

/** Tokens of the account that still work (not revoked, not expired). */
export async function countLiveApiTokens(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<number> {
  return em.count(ApiToken, {
    account: accountId,
    revokedAt: null,
    $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
  });
}

/** `countLiveApiTokens` as an SQL integer expression (account id and instant: SQL expressions). */
export function liveApiTokensSql(accountIdSql: string, nowSql: string): string {
  return `(select count(*) from api_token where account_id = ${accountIdSql}
      and revoked_at is null and (expires_at is null or expires_at > ${nowSql}))::int`;
}

const tokenCount = (n: number) => `${n} API token${n === 1 ? '' : 's'}`;

/**
 * PLAN_LIMIT naming the lowest plan that allows more tokens, e.g.
 * "Your Free plan allows 1 API token; Basic allows 5."
 */
async function tokenLimitError(em: EntityManager, plan: Plan, allowed: number): Promise<AppError> {
  const upgrade = (await listPlans(em)).find((candidate) => {
    const limit = candidate.limits.api_tokens;
    return candidate.rank > plan.rank && (limit === null || (limit ?? 0) > allowed);
  });
  const current = `Your ${plan.name} plan allows ${tokenCount(allowed)}`;
  const details = { limit: 'api_tokens', allowed, upgradePlan: upgrade?.code ?? null };
  if (upgrade === undefined) {
    return new AppError(
      'PLAN_LIMIT',
      `${current}. Revoke one you no longer use to create another.`,
      undefined,
      details,
    );
  }
  const upgradeLimit = upgrade.limits.api_tokens;
  const more =
    upgradeLimit == null
      ? `${upgrade.name} has no limit`
      : `${upgrade.name} allows ${upgradeLimit}`;
  return new AppError('PLAN_LIMIT', `${current}; ${more}.`, undefined, details);
}

export interface CreatedApiToken {
  token: ApiToken;
  /** The only time the secret exists outside the partner's hands: never stored, never logged. */
  secret: string;
}

export async function createApiToken(
  em: EntityManager,
  accountId: string,
  input: ApiTokenInput,
  actor: Actor,
  clock: Clock,
): Promise<CreatedApiToken> {
  const valid = validateApiTokenInput(input);
  return em.transactional(async (tx) => {
    // The account row lock serialises token creation per account: two concurrent requests
    // cannot both count N-1 live tokens and both create the Nth.
    const account = await tx.findOne(
      Account,
      { id: accountId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (account === null) throw notFound('Account');
    const plan = await tx.findOneOrFail(Plan, { id: account.plan.id });
    const now = clock.now();
    const allowed = plan.limits.api_tokens;
    if (allowed != null) {
      const live = await tx.count(ApiToken, {
        account: accountId,
        revokedAt: null,
        $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
      });
      if (live >= allowed) throw await tokenLimitError(tx, plan, allowed);
    }
    const secret = newApiTokenSecret();
    const token = tx.create(ApiToken, {
      account,
      name: valid.name,
      scopes: valid.scopes,
      prefix: secret.slice(0, secretPrefixLength),
      secretHash: hashToken(secret),
      createdBy: await tx.findOneOrFail(User, { id: actor.userId }),
      createdAt: now,
      expiresAt:
        valid.expiresInDays === null ? null : new Date(now.getTime() + valid.expiresInDays * dayMs),
    });
    recordAuditBy(tx, actor, {
      action: 'api_token.create',
      occurredAt: now,
      accountId,
      target: token.id,
      summary: {
        name: token.name,
        prefix: token.prefix,
        scopes: token.scopes,
        expiresAt: token.expiresAt?.toISOString() ?? null,
      },
    });
    return { token, secret };
  });
}

/** Revokes a token of the account at once. Revoking a revoked token changes nothing. */
export async function revokeApiToken(
  em: EntityManager,
  accountId: string,
  tokenId: string,
  actor: Actor,
  clock: Clock,
): Promise<ApiToken> {
  return em.transactional(async (tx) => {
    // Another account's token answers as if it did not exist.
    const token = await tx.findOne(
      ApiToken,
      { id: tokenId, account: accountId },
      { populate: ['createdBy'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (token === null) throw notFound('API token');
    if (token.revokedAt !== null) return token;
    const now = clock.now();
    token.revokedAt = now;
    recordAuditBy(tx, actor, {
      action: 'api_token.revoke',
      occurredAt: now,
      accountId,
      target: token.id,
      summary: { name: token.name, prefix: token.prefix },
    });
    return token;
  });
}

/**
 * Revokes the live tokens a person created in an account, for the members module when it
 * removes that person ("remove revokes their sessions and tokens"). Returns how many.
 */
export async function revokeApiTokensCreatedBy(
  em: EntityManager,
  accountId: string,
  userId: string,
  clock: Clock,
): Promise<number> {
  return em.nativeUpdate(
    ApiToken,
    { account: accountId, createdBy: userId, revokedAt: null },
    { revokedAt: clock.now() },
  );
}

/**
 * The token a secret names, with its account and plan, when it may be used now: known, not
 * revoked, not expired. Anything else is null, and callers answer the same for every case.
 */
export async function findUsableApiToken(
  em: EntityManager,
  secret: string,
  clock: Clock,
): Promise<ApiToken | null> {
  if (!apiTokenSecretPattern.test(secret)) return null;
  const token = await em.findOne(
    ApiToken,
    { secretHash: hashToken(secret) },
    { populate: ['account', 'account.plan'] },
  );
  if (token === null) return null;
  return apiTokenStatus(token, clock.now()) === 'ACTIVE' ? token : null;
}

/** Records that the token was used, at most once a minute. */
export async function touchApiToken(em: EntityManager, token: ApiToken, now: Date): Promise<void> {
  if (token.lastUsedAt !== null && now.getTime() - token.lastUsedAt.getTime() < touchIntervalMs) {
    return;
  }
  await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  token.lastUsedAt = now;
}
