import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useApolloClient } from '@apollo/client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { describeError } from '../../../app/graphqlErrors';
import { goToSignIn, signOut } from '../../../app/session';
import { finishSignInPath, safeReturnTo, twoFactorSetupPagePath } from '../../../app/signInLinks';
import { usePageTitle } from '../../../app/usePageTitle';
import { useSignInStageQuery, useVerifySecondFactorMutation } from '../../../graphql/generated';
import { CodeField } from '../../../features/two-factor/CodeField';
import {
  codeLooksComplete,
  codeProblemOf,
  typedCode,
  type CodeProblem,
} from '../../../features/two-factor/twoFactorText';
import { SignInFrame } from '../../../components/SignInFrame';

/**
 * After the identity provider, a person with two-factor sign-in on lands here (the server
 * redirects) and gives a code from their app or a backup code. Until then the server refuses
 * everything else.
 */
export function SecondFactorPage() {
  usePageTitle('Two-factor sign-in');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useSignInStageQuery({ fetchPolicy: 'network-only' });
  const [verify, { loading: verifying }] = useVerifySecondFactorMutation();
  const [kind, setKind] = useState<'app' | 'backup'>('app');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const field = useRef<HTMLInputElement>(null);

  if (loading && !data) return <LoadingState fullScreen label="Loading…" />;
  if (error && !data) {
    return (
      <SignInFrame>
        <ErrorState
          title="Sign-in is unavailable right now"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </SignInFrame>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to="/sign-in" replace />;
  if (viewer.signInStage === 'COMPLETE') return <Navigate to={returnTo} replace />;
  if (viewer.signInStage === 'TWO_FACTOR_ENROLMENT') {
    return <Navigate to={finishSignInPath(twoFactorSetupPagePath, returnTo)} replace />;
  }

  const switchKind = () => {
    setKind(kind === 'app' ? 'backup' : 'app');
    setCode('');
    setProblem(null);
    field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!codeLooksComplete(code, kind)) {
      setProblem({
        kind: 'wrong-code',
        message:
          kind === 'app'
            ? 'Enter the six digits your authenticator app shows.'
            : 'Enter one of your backup codes, such as 7kq2m-x9d4r.',
      });
      return;
    }
    setProblem(null);
    try {
      await verify({ variables: { input: { code: typedCode(code) } } });
      // Everything cached so far belongs to the unfinished sign-in: start afresh.
      await client.clearStore();
      navigate(returnTo, { replace: true });
    } catch (failure) {
      setProblem(codeProblemOf(failure));
      setCode('');
      field.current?.focus();
    }
  };

  const signInAgain = async () => {
    try {
      await signOut('this-browser');
    } finally {
      goToSignIn();
    }
  };

  const blocked = problem?.kind === 'rate-limited' || problem?.kind === 'signed-out';

  return (
    <SignInFrame>
      <Box sx={{ mb: 3 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Two-factor sign-in
        </Typography>
        <Typography color="text.secondary">
          {kind === 'app'
            ? 'Open your authenticator app and enter the code it shows for Ledgerline.'
            : 'Enter one of the backup codes you saved when you set up two-factor sign-in. Each works once.'}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Signing in as <strong>{viewer.user.email}</strong>
        </Typography>
      </Box>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label="Second factor"
      >
        <CodeField
          kind={kind}
          value={code}
          onChange={setCode}
          error={problem?.kind === 'wrong-code' ? problem.message : undefined}
          disabled={verifying}
          autoFocus
          inputRef={field}
        />
        {problem && problem.kind !== 'wrong-code' && (
          <Alert severity={problem.kind === 'rate-limited' ? 'warning' : 'error'}>
            {problem.message}
          </Alert>
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={verifying || problem?.kind === 'signed-out'}
        >
          {verifying ? 'Checking…' : 'Verify'}
        </Button>
        {!blocked && (
          <Button onClick={switchKind} disabled={verifying}>
            {kind === 'app' ? 'Use a backup code instead' : 'Use your authenticator app instead'}
          </Button>
        )}
      </Stack>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ mt: 3, textAlign: 'center' }}
        component="div"
      >
        {problem?.kind === 'signed-out' ? 'Start again: ' : 'Not you? '}
        <Button size="small" onClick={() => void signInAgain()} sx={{ verticalAlign: 'baseline' }}>
          Sign in again
        </Button>
      </Typography>
    </SignInFrame>
  );
}
