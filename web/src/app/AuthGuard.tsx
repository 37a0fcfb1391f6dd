import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import Box from '@mui/material/Box';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { useViewerQuery } from '../graphql/generated';
import { describeError } from './graphqlErrors';
import { signInPath } from './signInLinks';
import { ViewerProvider } from './ViewerContext';

/** Every app page needs a session: signed-out visitors go to sign-in and come back afterwards. */
export function AuthGuard({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useViewerQuery({ notifyOnNetworkStatusChange: true });

  if (loading && !data) return <LoadingState fullScreen label="Loading your account…" />;

  if (error && !data) {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <ErrorState
          title="We couldn’t load your account"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </Box>
    );
  }

  const viewer = data?.viewer;
  if (!viewer) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return <ViewerProvider value={viewer}>{children}</ViewerProvider>;
}
