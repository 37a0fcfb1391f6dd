import type { ApolloCache } from '@apollo/client';
import {
  TwoFactorStatusDocument,
  type TwoFactorStatusFieldsFragment,
  type TwoFactorStatusQuery,
} from '../../graphql/generated';

/**
 * TwoFactorStatus has no id of its own (it hangs off the viewer), so mutations that answer a
 * fresh status write it back to the Security page's query here.
 */
export function writeTwoFactorStatus(
  cache: ApolloCache<unknown>,
  twoFactor: TwoFactorStatusFieldsFragment,
): void {
  cache.updateQuery<TwoFactorStatusQuery>({ query: TwoFactorStatusDocument }, (data) =>
    data?.viewer ? { ...data, viewer: { ...data.viewer, twoFactor } } : data,
  );
}
