import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPageAt } from './app/AppRoutes';
import { createApolloClient } from './app/apolloClient';
import { takeReadyPrefetched } from './app/prefetch';
import { signInPath } from './app/signInLinks';
import { ViewerDocument } from './graphql/generated';

const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = window.location;
    if (pathname === '/sign-in' || pathname.startsWith('/sign-in/')) return;
    // A full page load, so nothing cached for the ended session survives.
    window.location.assign(signInPath(pathname + search));
  },
});

// The page's own script downloads while the app starts and asks who is signed in.
preloadPageAt(window.location.pathname);

// Who is signed in, if index.html's early request has already answered (prefetch.ts): the first
// render then shows the signed-in frame at once, without "Loading your account…".
const viewer = takeReadyPrefetched('Viewer');
if (viewer !== undefined) client.writeQuery({ query: ViewerDocument, data: viewer });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A transition: React renders the first screen in slices and lets the browser handle input
// between them, instead of one long task (Lighthouse's total blocking time).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
