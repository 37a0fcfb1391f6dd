import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { prefetchLink } from './prefetch';

/** The cache the app and its tests share, so tests see the same merging rules. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // There is one viewer per session and it has no id: merge its fields instead of replacing
      // them when queries select different parts of it.
      Viewer: { keyFields: false, merge: true },
      // Billing details have no id of their own (one per account): pages select different parts
      // of them (the Overview only asks whether there are any), so merge rather than replace.
      BillingDetails: { merge: true },
      // Likewise its address: Preferences saves only the country, the Billing details page the rest.
      Address: { merge: true },
      // Whether cards are taken (one per portal, no id): the payment banner asks only `enabled`,
      // Payment methods the keys too.
      CardPaymentSettings: { merge: true },
      // The signed-in sessions list is always answered whole (revoking answers the sessions
      // left): the new list replaces the old one.
      Query: { fields: { sessions: { merge: false } } },
    },
  });
}

type ApolloClientOptions = {
  /** Called when the server says the session is missing or has ended. */
  onUnauthenticated: () => void;
};

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions) {
  const sessionEndedLink = onError(({ graphQLErrors, networkError }) => {
    const unauthenticated =
      graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ||
      (networkError != null && 'statusCode' in networkError && networkError.statusCode === 401);
    if (unauthenticated) onUnauthenticated();
  });
  // Same origin: the HttpOnly session cookie goes along, and Apollo's JSON POSTs pass the server's
  // CSRF prevention without extra headers.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // The page's first requests may already be on their way (index.html started them): their
  // answers are used once instead of asking again (prefetch.ts).
  return new ApolloClient({
    link: from([sessionEndedLink, prefetchLink, httpLink]),
    cache: createCache(),
  });
}
