import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../components/ErrorState';
import { EmptyState } from '../../components/EmptyState';
import { describeError } from '../../app/graphqlErrors';
import { authStartUrl, safeReturnTo } from '../../app/signInLinks';
import { usePageTitle } from '../../app/usePageTitle';
import { useSignInQuery, type SignInQuery } from '../../graphql/generated';
import { SignInFrame } from '../../components/SignInFrame';
import { ProviderButton } from './ProviderButton';

type AuthProvider = SignInQuery['authProviders'][number];

export function SignInPage() {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  // Always ask the server: a cached viewer may belong to a session that has since ended.
  const { data, loading, error, refetch } = useSignInQuery({
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [startingWith, setStartingWith] = useState<string | null>(null);

  // Coming back with the browser's Back button restores this page as it was left; re-enable it.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setStartingWith(null);
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  if (data?.viewer) return <Navigate to={returnTo} replace />;

  const start = (provider: AuthProvider) => {
    setStartingWith(provider.id);
    window.location.assign(authStartUrl(provider.id, returnTo));
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1.5} role="status" aria-label="Loading sign-in options">
        <Skeleton variant="rounded" height={46} />
        <Skeleton variant="text" width="70%" />
      </Stack>
    );
  } else if (error && !data) {
    body = (
      <ErrorState
        title="Sign-in is unavailable right now"
        description={`${describeError(error)} If this keeps happening, the Ledgerline server may be down.`}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data || data.authProviders.length === 0) {
    body = (
      <EmptyState
        title="No sign-in methods are set up"
        description="This Ledgerline installation has no sign-in provider configured. Ask its administrator to set up Google, Microsoft or GitHub sign-in."
      />
    );
  } else {
    body = (
      <Stack spacing={2}>
        {data.authProviders.map((provider) => (
          <ProviderButton
            key={provider.id}
            provider={provider}
            starting={startingWith === provider.id}
            disabled={startingWith != null}
            alongsideRealProviders={data.authProviders.some((other) => !other.development)}
            onStart={() => start(provider)}
          />
        ))}
      </Stack>
    );
  }

  return (
    <SignInFrame>
      <Box sx={{ mb: 3 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Sign in to Ledgerline
        </Typography>
        <Typography color="text.secondary">
          Your plan, invoices, payment methods and team — in one place.
        </Typography>
      </Box>
      {body}
      {returnTo !== '/' && !error && (
        <Alert severity="info" variant="outlined" sx={{ mt: 3 }}>
          Sign in to continue to the page you asked for.
        </Alert>
      )}
    </SignInFrame>
  );
}
