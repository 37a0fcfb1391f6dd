import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { AppError, badInput } from '../../../errors.js';
import { type Actor, recordAuditBy } from '../../audit/audit.service.js';
import { membershipsOf } from '../../members/members.service.js';
import { enqueueMail, type MailSettings } from '../../notifications/mail/mail.service.js';
import { revokeAllSessions } from '../session.service.js';
import { User } from '../user.entity.js';
import { forgetSecondFactorFailures } from './two-factor-limiter.js';
import { TwoFactor, TwoFactorBackupCode } from './two-factor.entity.js';

/** The longest reason kept in the audit log. */
export const maxResetReasonLength = 500;

export interface TwoFactorResetRequest {
  /** The address the person signs in with. */
  email: string;
  /** Why support resets it (the ticket, how the person's identity was checked): audited. */
  reason: string;
}

export interface TwoFactorResetDeps {
  clock: Clock;
  mail: MailSettings;
  /** Where the person writes if they did not ask for the reset (SELLER_EMAIL). */
  supportEmail: string;
}

export interface TwoFactorResetDone {
  userId: string;
  email: string;
  resetAt: Date;
  sessionsEnded: number;
}

/**
 * Support's way back in for someone who lost both their authenticator and their backup codes:
 * removes the person's factor and backup codes, ends every session they have (whoever holds one
 * signs in again), audits it in each account they belong to and tells them by e-mail, all in one
 * transaction. An account that requires two-factor sign-in sends them to enrol again at their
 * next sign-in (auth-state.ts); otherwise they sign in without a code.
 */
export async function resetTwoFactorForPerson(
  em: EntityManager,
  request: TwoFactorResetRequest,
  actor: Actor,
  deps: TwoFactorResetDeps,
): Promise<TwoFactorResetDone> {
  const email = request.email.trim().toLowerCase();
  if (email.length === 0) {
    throw badInput('email', 'Enter the e-mail address the person signs in with.');
  }
  const reason = request.reason.trim();
  if (reason.length === 0) {
    throw badInput('reason', 'Say why, e.g. the support ticket and how you checked who asked.');
  }
  if (reason.length > maxResetReasonLength) {
    throw badInput('reason', `Keep the reason under ${maxResetReasonLength} characters.`);
  }
  return em.transactional(async (tx) => {
    const now = deps.clock.now();
    const users = await tx.find(User, { email }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const [user] = users;
    if (user === undefined) {
      throw new AppError('NOT_FOUND', `Nobody signs in with ${email}.`);
    }
    if (users.length > 1) {
      throw new AppError(
        'CONFLICT',
        `More than one person signs in with ${email}; reset it from the database instead.`,
        undefined,
        { reason: 'EMAIL_AMBIGUOUS' },
      );
    }
    const factor = await tx.findOne(
      TwoFactor,
      { user: user.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (factor === null || factor.confirmedAt === null) {
      throw new AppError(
        'CONFLICT',
        `${email} does not use two-factor sign-in: there is nothing to reset. They can sign in without a code.`,
        undefined,
        { reason: 'TWO_FACTOR_NOT_ENABLED' },
      );
    }
    const backupCodesRemoved = await tx.nativeDelete(TwoFactorBackupCode, { user: user.id });
    tx.remove(factor);
    await forgetSecondFactorFailures(tx, user.id);
    const sessionsEnded = await revokeAllSessions(tx, user.id, deps.clock);
    // One event in each account the person belongs to (their admins see it in the audit log);
    // operators read every account's events, and an event of no account for someone in none.
    const accountIds = (await membershipsOf(tx, user.id)).map((m) => m.account.id);
    for (const accountId of accountIds.length > 0 ? accountIds : [null]) {
      recordAuditBy(tx, actor, {
        action: 'two_factor.reset',
        occurredAt: now,
        accountId,
        target: user.id,
        summary: { email, reason, sessionsRevoked: sessionsEnded, backupCodesRemoved },
      });
    }
    enqueueMail(tx, deps.mail, {
      to: user.email,
      template: 'twoFactorReset',
      data: { name: user.name, resetAt: now, supportEmail: deps.supportEmail },
      accountId: null,
      at: now,
    });
    await tx.flush();
    return { userId: user.id, email, resetAt: now, sessionsEnded };
  });
}
