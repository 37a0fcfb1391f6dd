import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useApolloClient } from '@apollo/client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { describeError } from '../../../app/graphqlErrors';
import { goToSignIn, signOut } from '../../../app/session';
import { finishSignInPath, safeReturnTo, secondFactorPagePath } from '../../../app/signInLinks';
import { usePageTitle } from '../../../app/usePageTitle';
import { useSignInStageQuery } from '../../../graphql/generated';
import { TwoFactorSetup } from '../../../features/two-factor/TwoFactorSetup';
import { SignInFrame } from '../../../components/SignInFrame';

/**
 * Members of an account that requires two-factor sign-in, who have not set it up, are sent here
 * before anything else (AuthGuard); the server refuses them everything but setting it up.
 */
export function TwoFactorSetupPage() {
  usePageTitle('Set up two-factor sign-in');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useSignInStageQuery({ fetchPolicy: 'network-only' });

  if (loading && !data) return <LoadingState fullScreen label="Loading…" />;
  if (error && !data) {
    return (
      <SignInFrame>
        <ErrorState
          title="We couldn’t load your sign-in"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </SignInFrame>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to="/sign-in" replace />;
  if (viewer.signInStage === 'COMPLETE') return <Navigate to={returnTo} replace />;
  if (viewer.signInStage === 'SECOND_FACTOR') {
    return <Navigate to={finishSignInPath(secondFactorPagePath, returnTo)} replace />;
  }

  const finished = async () => {
    // What was cached belongs to the sign-in before set-up: start afresh.
    await client.clearStore();
    navigate(returnTo, { replace: true });
  };

  const signInAsSomeoneElse = async () => {
    try {
      await signOut('this-browser');
    } finally {
      goToSignIn();
    }
  };

  return (
    <SignInFrame wide>
      <Box sx={{ mb: 3 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Set up two-factor sign-in
        </Typography>
        <Typography color="text.secondary">
          Your account requires a code from an authenticator app each time you sign in. Set it up
          now to continue — it takes about a minute.
        </Typography>
      </Box>
      <Alert severity="info" variant="outlined" sx={{ mb: 3 }}>
        Signed in as <strong>{viewer.user.email}</strong>. You’ll need your phone with an
        authenticator app, such as Google Authenticator, Microsoft Authenticator or 1Password.
      </Alert>
      <TwoFactorSetup
        email={viewer.user.email}
        startLabel="Set up two-factor sign-in"
        finishLabel="I’ve saved my backup codes — continue"
        onFinished={() => void finished()}
      />
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ mt: 3, textAlign: 'center' }}
        component="div"
      >
        Not you?{' '}
        <Button
          size="small"
          onClick={() => void signInAsSomeoneElse()}
          sx={{ verticalAlign: 'baseline' }}
        >
          Sign in again
        </Button>
      </Typography>
    </SignInFrame>
  );
}
