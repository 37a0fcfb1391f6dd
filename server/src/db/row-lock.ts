import type { EntityManager } from '@mikro-orm/postgresql';

export type LockableTable =
  'account' | 'subscription' | 'invoice' | 'plan' | 'bank_transfer_notice';

/**
 * Locks one row for the rest of the caller's transaction; false when it does not exist.
 *
 * `FOR NO KEY UPDATE`, not `FOR UPDATE`: inserting a row that references this one (an invoice or
 * ledger entry of the account) takes a KEY SHARE lock on it, which FOR UPDATE would wait for. Two
 * requests that each inserted such a row and then asked for FOR UPDATE would deadlock. NO KEY
 * UPDATE still serialises every writer of the row, which is what the lock is for.
 */
export async function lockRow(
  tx: EntityManager,
  table: LockableTable,
  id: string,
  options: { skipLocked?: boolean } = {},
): Promise<boolean> {
  const context = tx.getTransactionContext();
  if (context === undefined) throw new Error(`Locking ${table} ${id} needs a transaction`);
  const rows = await tx
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from "${table}" where id = ? for no key update${options.skipLocked === true ? ' skip locked' : ''}`,
      [id],
      'all',
      context,
    );
  return rows.length > 0;
}
