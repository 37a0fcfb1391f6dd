import type { ApolloCache } from '@apollo/client';
import { SessionsDocument, type SessionListFragment } from '../../../graphql/generated';

/** Both revoke mutations answer the sessions left: they become the `sessions` query's answer. */
export function writeSessions(cache: ApolloCache<unknown>, sessions: SessionListFragment[]): void {
  cache.writeQuery({ query: SessionsDocument, data: { __typename: 'Query', sessions } });
}
