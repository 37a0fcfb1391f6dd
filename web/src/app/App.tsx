import { ApolloProvider, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { LoadingState } from '../components/LoadingState';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

export function App({ client }: { client: ApolloClient<NormalizedCacheObject> }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary fullScreen>
        <ApolloProvider client={client}>
          <BrowserRouter>
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
