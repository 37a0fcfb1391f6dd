import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import { recordAuditBy } from '../../audit/index.js';
import { missingFeature } from '../../accounts/index.js';
import { Session } from '../session.entity.js';
import { User } from '../../users/index.js';
import { newBackupCodes, type TwoFactorKeys } from './two-factor-crypto.js';
import {
  forgetSecondFactorFailures,
  recordSecondFactorFailure,
  secondFactorBlockedUntil,
  secondFactorRateLimited,
} from './two-factor-limiter.js';
import { AccountTwoFactorPolicy, TwoFactor, TwoFactorBackupCode } from './two-factor.entity.js';
import {
  manualEntryKey,
  newTotpSecret,
  otpauthUrl,
  qrCodeDataUrl,
  totpCodePattern,
  verifyTotp,
} from './totp.js';
import type { AuditAction } from '../../audit/index.js';

/**
 * Two-factor sign-in (docs/API.md "Two-factor sign-in"): a TOTP authenticator plus ten single-use backup codes, per
 * person; an account may require it of every member. Every code check goes through
 * `checkCode`, which holds the person's factor row lock, refuses while the attempt limit is hit
 * (two-factor-limiter.ts), and counts a wrong code even though the request then fails.
 */

/** The plan feature that lets an account require two-factor sign-in (catalog.seed.ts). */
export const requireTwoFactorFeature = 'require_2fa';

/** The issuer authenticator apps show above the code. */
export const totpIssuer = 'Ledgerline';

export type SecondFactorMethod = 'totp' | 'backup_code';

/** Who is acting: the person, their account (for the audit log) and request. */
export interface TwoFactorActor {
  userId: string;
  accountId: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface TwoFactorDeps {
  keys: TwoFactorKeys;
  clock: Clock;
  /** Real time for TOTP (the phone's clock), whatever `clock` says. */
  wallClock?: () => Date;
}

const wallTime = (deps: TwoFactorDeps) => (deps.wallClock ?? (() => new Date()))();

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  backupCodesRemaining: number;
  requiredByAccount: boolean;
}

export async function twoFactorStatus(
  em: EntityManager,
  userId: string,
  accountId: string | null,
): Promise<TwoFactorStatus> {
  const factor = await em.findOne(TwoFactor, { user: userId, confirmedAt: { $ne: null } });
  const backupCodesRemaining =
    factor === null ? 0 : await em.count(TwoFactorBackupCode, { user: userId, usedAt: null });
  return {
    enabled: factor !== null,
    enabledAt: factor?.confirmedAt ?? null,
    backupCodesRemaining,
    requiredByAccount: accountId !== null && (await accountRequiresTwoFactor(em, accountId)),
  };
}

export async function hasConfirmedTwoFactor(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(TwoFactor, { user: userId, confirmedAt: { $ne: null } })) > 0;
}

export async function accountRequiresTwoFactor(
  em: EntityManager,
  accountId: string,
): Promise<boolean> {
  return (await em.count(AccountTwoFactorPolicy, { account: accountId, required: true })) > 0;
}

/**
 * The account requires two-factor sign-in and this member has not turned it on: then the
 * session may only enrol (auth-state.ts). One round trip, on every request that has an account.
 */
export async function mustEnrolTwoFactor(
  em: EntityManager,
  userId: string,
  accountId: string,
): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ must_enrol: boolean }[]>(`select ${mustEnrolTwoFactorSql('?', '?')} as must_enrol`, [
      accountId,
      userId,
    ]);
  return row?.must_enrol === true;
}

/**
 * `mustEnrolTwoFactor` as an SQL boolean expression over two SQL expressions (column names or
 * placeholders), for the one statement that resolves a request's auth state (signin).
 */
export function mustEnrolTwoFactorSql(accountIdSql: string, userIdSql: string): string {
  return `(exists (select 1 from account_two_factor_policy where account_id = ${accountIdSql} and required)
        and not exists (select 1 from two_factor where user_id = ${userIdSql} and confirmed_at is not null))`;
}

export interface TwoFactorEnrolment {
  otpauthUrl: string;
  qrCodeDataUrl: string;
  manualEntryKey: string;
}

/**
 * A new secret for the person's authenticator app, unconfirmed until a code from it comes back
 * (`confirmTwoFactorEnrolment`). Starting again replaces an unconfirmed secret; with two-factor
 * sign-in already on it answers CONFLICT (turn it off first).
 */
export async function startTwoFactorEnrolment(
  em: EntityManager,
  actor: TwoFactorActor,
  deps: TwoFactorDeps,
): Promise<TwoFactorEnrolment> {
  const secret = newTotpSecret();
  const email = await em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: actor.userId });
    const now = deps.clock.now();
    const factor = await tx.findOne(
      TwoFactor,
      { user: actor.userId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (factor?.confirmedAt != null) {
      throw new AppError('CONFLICT', 'Two-factor sign-in is already on.', undefined, {
        reason: 'TWO_FACTOR_ALREADY_ENABLED',
      });
    }
    const secretCiphertext = deps.keys.encryptSecret(secret, actor.userId);
    if (factor === null) {
      tx.create(TwoFactor, { user, secretCiphertext, createdAt: now });
    } else {
      factor.secretCiphertext = secretCiphertext;
      factor.createdAt = now;
      factor.lastUsedStep = null;
    }
    audit(tx, actor, now, 'two_factor.enrolment_start');
    return user.email;
  });
  const url = otpauthUrl(secret, email, totpIssuer);
  return {
    otpauthUrl: url,
    qrCodeDataUrl: await qrCodeDataUrl(url),
    manualEntryKey: manualEntryKey(secret),
  };
}

/** Turns two-factor sign-in on with a first code from the app; answers the ten backup codes. */
export async function confirmTwoFactorEnrolment(
  em: EntityManager,
  actor: TwoFactorActor,
  code: string,
  deps: TwoFactorDeps,
): Promise<string[]> {
  return withCheckedCode(
    em,
    actor,
    code,
    deps,
    { stage: 'enrolment', action: 'two_factor.enable' },
    async (tx, factor, _method, now) => {
      factor.confirmedAt = now;
      const codes = await replaceBackupCodes(tx, factor, deps.keys, now);
      audit(tx, actor, now, 'two_factor.enable');
      return codes;
    },
  );
}

/** Ten new backup codes; the old ones stop working. Needs a current code (or a backup code). */
export async function regenerateBackupCodes(
  em: EntityManager,
  actor: TwoFactorActor,
  code: string,
  deps: TwoFactorDeps,
): Promise<string[]> {
  return withCheckedCode(
    em,
    actor,
    code,
    deps,
    { stage: 'enabled', action: 'two_factor.backup_codes_regenerate' },
    async (tx, factor, method, now) => {
      const codes = await replaceBackupCodes(tx, factor, deps.keys, now);
      audit(tx, actor, now, 'two_factor.backup_codes_regenerate', { method });
      return codes;
    },
  );
}

/**
 * Turns two-factor sign-in off (needs a code). Refused while the account requires it: the
 * member would only be sent straight back to enrol.
 */
export async function disableTwoFactor(
  em: EntityManager,
  actor: TwoFactorActor,
  code: string,
  deps: TwoFactorDeps,
): Promise<void> {
  if (actor.accountId !== null && (await accountRequiresTwoFactor(em, actor.accountId))) {
    throw new AppError(
      'FORBIDDEN',
      'Your account requires two-factor sign-in, so it can’t be turned off.',
      undefined,
      { reason: 'TWO_FACTOR_REQUIRED' },
    );
  }
  await withCheckedCode(
    em,
    actor,
    code,
    deps,
    { stage: 'enabled', action: 'two_factor.disable' },
    async (tx, factor, method, now) => {
      await tx.nativeDelete(TwoFactorBackupCode, { user: actor.userId });
      tx.remove(factor);
      audit(tx, actor, now, 'two_factor.disable', { method });
    },
  );
}

export interface SecondFactorVerified {
  method: SecondFactorMethod;
  backupCodesRemaining: number;
}

/**
 * Finishes a sign-in that waits for the second factor: with a right code the session becomes a
 * full one. A backup code is spent by it.
 */
export async function verifySecondFactor(
  em: EntityManager,
  sessionId: string,
  actor: TwoFactorActor,
  code: string,
  deps: TwoFactorDeps,
): Promise<SecondFactorVerified> {
  return withCheckedCode(
    em,
    actor,
    code,
    deps,
    { stage: 'enabled', action: 'auth.second_factor' },
    async (tx, _factor, method, now) => {
      const upgraded = await tx.nativeUpdate(
        Session,
        { id: sessionId, user: actor.userId, secondFactorPending: true, revokedAt: null },
        { secondFactorPending: false, lastSeenAt: now },
      );
      if (upgraded === 0) {
        throw new AppError('UNAUTHENTICATED', 'This sign-in has ended. Please sign in again.');
      }
      const backupCodesRemaining = await tx.count(TwoFactorBackupCode, {
        user: actor.userId,
        usedAt: null,
      });
      audit(tx, actor, now, 'auth.second_factor', { method, backupCodesRemaining });
      return { method, backupCodesRemaining };
    },
  );
}

/**
 * Turns the account's requirement on or off. Turning it on needs the plan feature (PLAN_LIMIT
 * otherwise) and two-factor sign-in on for the admin doing it, so nobody locks the account
 * with a rule they have not tried themselves. Turning it off is always possible, also after a
 * downgrade took the feature away.
 */
export async function setAccountTwoFactorRequirement(
  em: EntityManager,
  accountId: string,
  required: boolean,
  actor: TwoFactorActor,
  clock: Clock,
): Promise<boolean> {
  if (required) {
    const planLimit = await missingFeature(em, accountId, requireTwoFactorFeature);
    if (planLimit !== null) throw planLimit;
    if (!(await hasConfirmedTwoFactor(em, actor.userId))) {
      throw new AppError(
        'BAD_USER_INPUT',
        'Turn on two-factor sign-in for yourself first, then require it for everyone.',
        'required',
        { reason: 'TWO_FACTOR_NOT_ENABLED' },
      );
    }
  }
  return em.transactional(async (tx) => {
    const now = clock.now();
    const policy = await tx.findOne(
      AccountTwoFactorPolicy,
      { account: accountId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const before = policy?.required ?? false;
    if (before === required) return required;
    const updatedBy = tx.getReference(User, actor.userId);
    if (policy === null) {
      tx.create(AccountTwoFactorPolicy, {
        account: accountId,
        required,
        updatedAt: now,
        updatedBy,
      });
    } else {
      policy.required = required;
      policy.updatedAt = now;
      policy.updatedBy = updatedBy;
    }
    recordAuditBy(tx, actor, {
      action: 'account.two_factor_requirement',
      occurredAt: now,
      accountId,
      target: accountId,
      summary: { requireTwoFactor: { from: before, to: required } },
    });
    return required;
  });
}

type CodeStage = 'enrolment' | 'enabled';

/**
 * Checks `code` against the person's factor and runs `onRight` in the same transaction. The
 * factor row lock serialises one person's attempts, so parallel guesses cannot slip past the
 * limit. A wrong code is counted and audited and the transaction commits (the failure must stay
 * counted); only then does the request fail.
 */
async function withCheckedCode<T>(
  em: EntityManager,
  actor: TwoFactorActor,
  code: string,
  deps: TwoFactorDeps,
  options: { stage: CodeStage; action: AuditAction },
  onRight: (
    tx: EntityManager,
    factor: TwoFactor,
    method: SecondFactorMethod,
    now: Date,
  ) => Promise<T>,
): Promise<T> {
  const outcome = await em.transactional(
    async (tx): Promise<{ ok: true; value: T } | { ok: false; error: AppError }> => {
      const now = deps.clock.now();
      const factor = await tx.findOne(
        TwoFactor,
        { user: actor.userId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const usable =
        factor !== null && (options.stage === 'enabled') === (factor.confirmedAt !== null);
      if (factor === null || !usable) {
        return { ok: false, error: noFactorError(options.stage) };
      }
      const blockedUntil = await secondFactorBlockedUntil(tx, actor.userId, actor.ip, now);
      if (blockedUntil !== null) return { ok: false, error: secondFactorRateLimited(blockedUntil) };
      const method = await checkCode(tx, factor, code, options.stage, deps);
      if (method === null) {
        recordSecondFactorFailure(tx, actor.userId, actor.ip, now);
        audit(tx, actor, now, options.action, { reason: 'wrong_code' }, 'failure');
        return { ok: false, error: wrongCodeError(options.stage) };
      }
      factor.lastUsedAt = now;
      await forgetSecondFactorFailures(tx, actor.userId);
      return { ok: true, value: await onRight(tx, factor, method, now) };
    },
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** TOTP first (six digits); backup codes only once two-factor sign-in is on. */
async function checkCode(
  tx: EntityManager,
  factor: TwoFactor,
  code: string,
  stage: CodeStage,
  deps: TwoFactorDeps,
): Promise<SecondFactorMethod | null> {
  const typed = code.replace(/\s/g, '');
  if (totpCodePattern.test(typed)) {
    const { secret, underPreviousKey } = deps.keys.openSecret(
      factor.secretCiphertext,
      factor.user.id,
    );
    const step = await verifyTotp(secret, typed, factor.lastUsedStep, wallTime(deps));
    if (step === null) return null;
    factor.lastUsedStep = step;
    // Key rotation: a secret still under TWO_FACTOR_KEY_PREVIOUS moves to the current key.
    if (underPreviousKey) {
      factor.secretCiphertext = deps.keys.encryptSecret(secret, factor.user.id);
    }
    return 'totp';
  }
  if (stage !== 'enabled') return null;
  const codeHashes = deps.keys.backupCodeHashCandidates(typed);
  if (codeHashes.length === 0) return null;
  const spent = await tx.nativeUpdate(
    TwoFactorBackupCode,
    { user: factor.user.id, codeHash: { $in: codeHashes }, usedAt: null },
    { usedAt: deps.clock.now() },
  );
  return spent === 1 ? 'backup_code' : null;
}

async function replaceBackupCodes(
  tx: EntityManager,
  factor: TwoFactor,
  keys: TwoFactorKeys,
  now: Date,
): Promise<string[]> {
  await tx.nativeDelete(TwoFactorBackupCode, { user: factor.user.id });
  const codes = newBackupCodes();
  for (const code of codes) {
    tx.create(TwoFactorBackupCode, {
      user: factor.user,
      codeHash: keys.hashBackupCode(code)!,
      createdAt: now,
    });
  }
  return codes;
}

function noFactorError(stage: CodeStage): AppError {
  return stage === 'enrolment'
    ? new AppError('CONFLICT', 'Start setting up two-factor sign-in first.', undefined, {
        reason: 'TWO_FACTOR_NOT_STARTED',
      })
    : new AppError('CONFLICT', 'Two-factor sign-in is off.', undefined, {
        reason: 'TWO_FACTOR_NOT_ENABLED',
      });
}

function wrongCodeError(stage: CodeStage): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    stage === 'enrolment'
      ? 'That code didn’t match. Enter the six-digit code your app shows now.'
      : 'That code didn’t work. Enter the current code from your app, or an unused backup code.',
    'code',
  );
}

function audit(
  tx: EntityManager,
  actor: TwoFactorActor,
  now: Date,
  action: AuditAction,
  summary: Record<string, unknown> = {},
  outcome: 'success' | 'failure' = 'success',
): void {
  recordAuditBy(tx, actor, {
    action,
    occurredAt: now,
    accountId: actor.accountId,
    target: actor.userId,
    outcome,
    summary,
  });
}
