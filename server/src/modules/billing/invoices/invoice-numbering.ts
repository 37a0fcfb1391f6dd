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
  const context = tx.getTransactionContext();
  if (context === undefined) {
    throw new Error('Document numbers are allocated inside the finalizing transaction');
  }
  const yearMonth = at.toISOString().slice(0, 7);
  const rows = await tx.getConnection().execute<{ last_number: number }[]>(
    `insert into document_number_counter (kind, year_month, last_number) values (?, ?, 1)
     on conflict (kind, year_month)
     do update set last_number = document_number_counter.last_number + 1
     returning last_number`,
    [kind, yearMonth],
    'all',
    context,
  );
  const sequence = rows[0]?.last_number;
  if (sequence === undefined) throw new Error('The document number counter returned no row');
  return `${kind}-${yearMonth}-${String(sequence).padStart(5, '0')}`;
}
