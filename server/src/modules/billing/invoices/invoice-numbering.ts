import type { EntityManager } from '@mikro-orm/postgresql';

/** `INV` for invoices, `CN` for credit notes: each has its own sequence per month. */
export type DocumentKind = 'INV' | 'CN';

/**
 * The next `KIND-YYYY-MM-NNNNN` number, in the caller's transaction. The month is the UTC month of
 * `at` (the finalization instant).
 *
 * Gap-free and never shared: the upsert increments the (kind, month) counter row and keeps it
 * locked until the transaction ends, so a concurrent finalization waits for this one, and a
 * rollback gives the number back. Never max()+1, which two transactions would both compute.
 */
export async function allocateDocumentNumber(
  tx: EntityManager,
  kind: DocumentKind,
  at: Date,
): Promise<string> {
  const [number] = await allocateDocumentNumbers(tx, kind, at, 1);
  if (number === undefined) throw new Error('The document number counter returned no row');
  return number;
}

/**
 * `count` consecutive numbers in one statement, in the caller's transaction, with the same
 * guarantees as `allocateDocumentNumber`. For a batch that finalizes many documents at once: the
 * counter row is locked from here to the end of the transaction, so allocate last, just before
 * the flush and commit, to keep other finalizations waiting as briefly as possible.
 */
export async function allocateDocumentNumbers(
  tx: EntityManager,
  kind: DocumentKind,
  at: Date,
  count: number,
): Promise<string[]> {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new Error(`Cannot allocate ${count} numbers`);
  if (count === 0) return [];
  const context = tx.getTransactionContext();
  if (context === undefined) {
    throw new Error('Document numbers are allocated inside the finalizing transaction');
  }
  const yearMonth = at.toISOString().slice(0, 7);
  const rows = await tx.getConnection().execute<{ last_number: number }[]>(
    `insert into document_number_counter (kind, year_month, last_number) values (?, ?, ?)
     on conflict (kind, year_month)
     do update set last_number = document_number_counter.last_number + excluded.last_number
     returning last_number`,
    [kind, yearMonth, count],
    'all',
    context,
  );
  const last = rows[0]?.last_number;
  if (last === undefined) throw new Error('The document number counter returned no row');
  return Array.from(
    { length: count },
    (_, i) => `${kind}-${yearMonth}-${String(last - count + 1 + i).padStart(5, '0')}`,
  );
}
