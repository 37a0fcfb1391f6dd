import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { lockRow } from '../../db/row-lock.js';
import { AppError, badInput } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
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
