import type { ApolloCache } from '@apollo/client';
import {
  AccountBillingDetailsFragmentDoc,
  type AccountBillingDetailsFragment,
  type BillingDetailsViewFragment,
} from '../../../graphql/generated';

/**
 * Stores the account's billing details (null once removed) on the account's cache entry. The
 * mutations answer with the details alone, and without an id of their own Apollo cannot tell
 * whose they are.
 */
export function writeAccountBillingDetails(
  cache: ApolloCache<unknown>,
  accountId: string,
  billingDetails: BillingDetailsViewFragment | null,
): void {
  cache.writeFragment<AccountBillingDetailsFragment>({
    id: cache.identify({ __typename: 'Account', id: accountId }),
    fragment: AccountBillingDetailsFragmentDoc,
    fragmentName: 'AccountBillingDetails',
    data: { __typename: 'Account', id: accountId, billingDetails },
  });
}
