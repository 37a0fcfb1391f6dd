import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { lockRow } from '../../db/row-lock.js';
import { AppError, badInput } from '../../errors.js';
import { getPlanByCode } from '../catalog/index.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { Account } from './account.entity.js';

/**
 * The account, locked for the rest of the caller's transaction (with its plan, read fresh): every
 * change of an account's settings or memberships runs one after another. `FOR NO KEY UPDATE`
 * (db/row-lock.ts says why not `FOR UPDATE`).
 */
export async function lockAccount(tx: EntityManager, accountId: string): Promise<Account> {
  if (!(await lockRow(tx, 'account', accountId))) {
    throw new AppError('NOT_FOUND', 'Account not found.');
  }
  return tx.findOneOrFail(Account, { id: accountId }, { populate: ['plan'], refresh: true });
}

/** The account; NOT_FOUND when there is none with this id. */
export async function getAccount(em: EntityManager, accountId: string): Promise<Account> {
  const account = await em.findOne(Account, { id: accountId });
  if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
  return account;
}

/**
 * Records which payment method (a `payment_method` id, or null for none) renewals charge: kept by
 * modules/payments whenever the default card changes, in the caller's transaction. The account
 * holds it so renewal's collector decides card or bank transfer from the account it has loaded
 * anyway (account.entity.ts), with no query per invoice.
 */
export async function setDefaultPaymentMethodId(
  tx: EntityManager,
  accountId: string,
  paymentMethodId: string | null,
): Promise<void> {
  await tx.nativeUpdate(Account, { id: accountId }, { defaultPaymentMethodId: paymentMethodId });
}

/** The account's default payment method id (see `setDefaultPaymentMethodId`), or null. */
export async function defaultPaymentMethodIdOf(
  em: EntityManager,
  accountId: string,
): Promise<string | null> {
  return (await getAccount(em, accountId)).defaultPaymentMethodId;
}

/** Whether an account with this id exists. */
export async function accountExists(em: EntityManager, accountId: string): Promise<boolean> {
  return (await em.count(Account, { id: accountId })) > 0;
}

/** A new account on the Free plan (a first sign-in creates one for its person). */
export async function createAccount(
  em: EntityManager,
  input: { name: string; at: Date },
): Promise<Account> {
  const free = await getPlanByCode(em, 'free');
  return em.create(Account, {
    name: input.name,
    plan: free,
    createdAt: input.at,
    updatedAt: input.at,
  });
}

export function validateAccountName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw badInput('name', 'Enter a name for the account.');
  if (name.length > 100) throw badInput('name', 'Use at most 100 characters.');
  // Control characters would corrupt invoices and e-mails.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw badInput('name', 'Use printable characters only.');
  return name;
}

export async function renameAccount(
  em: EntityManager,
  accountId: string,
  rawName: string,
  actor: Actor,
  clock: Clock,
): Promise<Account> {
  const name = validateAccountName(rawName);
  return em.transactional(async (tx) => {
    const account = await tx.findOne(Account, { id: accountId });
    if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
    const previous = account.name;
    if (previous === name) return account;
    const now = clock.now();
    account.name = name;
    account.updatedAt = now;
    recordAuditBy(tx, actor, {
      action: 'account.update',
      occurredAt: now,
      accountId: account.id,
      target: account.id,
      summary: { name: { from: previous, to: name } },
    });
    return account;
  });
}
