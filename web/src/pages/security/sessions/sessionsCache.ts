import type { ApolloCache } from '@apollo/client';
import { SessionsDocument, type SessionRowFragment } from '../../../graphql/generated';

/** Both revoke mutations answer the sessions left: they become the `sessions` query's answer. */
export function writeSessions(cache: ApolloCache<unknown>, sessions: SessionRowFragment[]): void {
  cache.writeQuery({ query: SessionsDocument, data: { __typename: 'Query', sessions } });
}
