import type { ApolloCache } from '@apollo/client';
import type { ApiTokenListFragment } from '../../graphql/generated';

/**
 * Puts a newly created token at the top of the cached `apiTokens` list (newest first, like the
 * server), so the table shows it without refetching. The token's own entry is already in the
 * cache: the mutation answered it with its id.
 */
export function prependApiToken(cache: ApolloCache<unknown>, token: ApiTokenListFragment): void {
  cache.modify<{ apiTokens: ApiTokenListFragment[] }>({
    fields: {
      apiTokens(existing = [], { toReference, readField }) {
        const created = toReference({ __typename: 'ApiToken', id: token.id });
        if (created === undefined) return existing;
        return [created, ...existing.filter((entry) => readField('id', entry) !== token.id)];
      },
    },
  });
}
