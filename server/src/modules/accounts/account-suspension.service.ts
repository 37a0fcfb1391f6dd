import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { notifyAccountSuspension } from '../notifications/index.js';
import type { Account } from './account.entity.js';
import { lockAccount } from './account.service.js';

/**
 * Suspension by an operator (docs/OPERATIONS.md "Suspending an account"): the account turns
 * read-only (members still sign in and see why; graphql/permissions.ts answers ACCOUNT_SUSPENDED
 * to what would change it or move money into it), and renewals and dunning retries skip it.
 * Paying what is owed stays open. Dunning's own suspension (reason `dunning`) is lifted by the
 * payment; an operator's only by `reactivateAccount`.
 */
export const dunningSuspensionReason = 'dunning';

function validReason(raw: string): string {
  const reason = raw.trim();
  if (reason.length === 0) throw badInput('input.reason', 'Say why: members read it.');
  if (reason.length > 500) throw badInput('input.reason', 'Use at most 500 characters.');
  if (reason.toLowerCase() === dunningSuspensionReason) {
    throw badInput('input.reason', 'Say in a few words why, so the members understand.');
  }
  return reason;
}

/** Suspends the account with the operator's reason; CONFLICT when it is already suspended. */
export const suspendAccount = suspensionChange('account.suspend', (account, reason, now) => {
  if (account.suspendedAt !== null) {
    throw new AppError('CONFLICT', `${account.name} is already suspended.`);
  }
  account.suspendedAt = now;
  account.suspensionReason = reason;
  return { reason };
});

/** Lifts a suspension (an operator's or dunning's); CONFLICT when the account is not suspended. */
export const reactivateAccount = suspensionChange('account.reactivate', (account, reason) => {
  if (account.suspendedAt === null) {
    throw new AppError('CONFLICT', `${account.name} is not suspended.`);
  }
  const was = account.suspensionReason;
  account.suspendedAt = null;
  account.suspensionReason = null;
  return { reason, suspendedFor: was };
});

/**
 * What suspending and reactivating share: the operator's reason checked, then in one transaction
 * the account locked, `apply` (which refuses a change to the state the account is already in and
 * sets the new one, returning the audit event's summary), the audit event, and the notices of
 * the account's new state.
 */
function suspensionChange(
  action: 'account.suspend' | 'account.reactivate',
  apply: (account: Account, reason: string, now: Date) => Record<string, unknown>,
) {
  return async (
    em: EntityManager,
    accountId: string,
    rawReason: string,
    actor: Actor,
    now: Date,
  ): Promise<Account> => {
    const reason = validReason(rawReason);
    return em.transactional(async (tx) => {
      const account = await lockAccount(tx, accountId);
      const summary = apply(account, reason, now);
      account.updatedAt = now;
      recordAuditBy(tx, actor, {
        action,
        occurredAt: now,
        accountId,
        target: accountId,
        summary,
      });
      // Members are told in the app, and the Billing Admins and billing e-mail by mail.
      notifyAccountSuspension(tx, {
        accountId,
        suspended: account.suspendedAt !== null,
        reason: account.suspensionReason,
        at: now,
      });
      return account;
    });
  };
}

/** Whether the account is suspended (by an operator or by dunning). */
export async function isAccountSuspended(em: EntityManager, accountId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ suspended: boolean }[]>(
      'select suspended_at is not null as suspended from account where id = ?',
      [accountId],
    );
  return rows[0]?.suspended === true;
}
