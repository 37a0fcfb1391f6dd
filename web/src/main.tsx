import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPageAt } from './app/AppRoutes';
import { createApolloClient } from './app/apolloClient';
import { signInPath } from './app/signInLinks';

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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
