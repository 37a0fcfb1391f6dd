import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CreditNote } from './invoice.entity.js';

/**
 * Per-request loaders of the rows that hang off invoices (credit notes, payments): the rows of a
 * whole page of invoices come in one query. One loader per request and kind (keyed by the request
 * context object), so nothing is cached across requests or people.
 */
const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown[]>>>();

export function byInvoiceLoader<T extends { invoice: { id: string } }>(
  requestContext: { em: EntityManager },
  kind: string,
  fetch: (em: EntityManager, invoiceIds: string[]) => Promise<T[]>,
): DataLoader<string, T[]> {
  let forRequest = loaders.get(requestContext);
  if (forRequest === undefined) {
    forRequest = new Map();
    loaders.set(requestContext, forRequest);
  }
  let loader = forRequest.get(kind);
  if (loader === undefined) {
    loader = new DataLoader<string, unknown[]>(async (invoiceIds) => {
      const rows = await fetch(requestContext.em, [...invoiceIds]);
      return invoiceIds.map((id) => rows.filter((row) => row.invoice.id === id));
    });
    forRequest.set(kind, loader);
  }
  return loader as DataLoader<string, T[]>;
}

export function creditNotesLoaderFor(requestContext: { em: EntityManager }) {
  return byInvoiceLoader(requestContext, 'creditNotes', (em, invoiceIds) =>
    em.find(
      CreditNote,
      { invoice: { $in: invoiceIds } },
      { orderBy: { issuedAt: 'asc', id: 'asc' } },
    ),
  );
}
