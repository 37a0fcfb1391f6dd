import { ApolloProvider, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense, useEffect } from 'react';
import { BrowserRouter, useLocation } from 'react-router-dom';
import { LoadingState } from '../components/LoadingState';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { dropPrefetched } from './prefetch';
import { theme } from './theme';

/** The path the app was loaded at: answers prefetched for it serve only until the first move. */
const initialPathname = window.location.pathname;

/** Forgets index.html's prefetched answers once the app moves to another page (prefetch.ts). */
function PrefetchExpiry() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname !== initialPathname) dropPrefetched();
  }, [pathname]);
  return null;
}

export function App({ client }: { client: ApolloClient<NormalizedCacheObject> }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary fullScreen>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <PrefetchExpiry />
            {/* Pages outside the signed-in frame (sign-in, invitations) while their script loads. */}
            <Suspense fallback={<LoadingState fullScreen />}>
              <AppRoutes />
            </Suspense>
          </BrowserRouter>
        </ApolloProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
