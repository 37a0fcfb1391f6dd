import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BillingDetails } from './billing-details.entity.js';

/**
 * Per request (keyed by its context): the accounts' billing details, read once for every field
 * that needs them (`Account.billingDetails`, the upcoming invoice's tax) and for a whole list of
 * accounts in one statement, however many resolvers ask at the same time. A resolver that writes
 * billing details calls `forgetBillingDetails` after the write, so what the same request returns
 * next is read again.
 */
const loaders = new WeakMap<object, DataLoader<string, BillingDetails | null>>();

export function billingDetailsFor(
  requestContext: { em: EntityManager },
  accountId: string,
): Promise<BillingDetails | null> {
  let loader = loaders.get(requestContext);
  if (loader === undefined) {
    loader = new DataLoader(async (accountIds) => {
      const rows = await requestContext.em.find(BillingDetails, {
        account: { $in: [...accountIds] },
      });
      const byAccount = new Map(rows.map((row) => [row.account.id, row]));
      return accountIds.map((id) => byAccount.get(id) ?? null);
    });
    loaders.set(requestContext, loader);
  }
  return loader.load(accountId);
}

/** After a write to the account's billing details in this request: the next read goes to the database. */
export function forgetBillingDetails(requestContext: object, accountId: string): void {
  loaders.get(requestContext)?.clear(accountId);
}
