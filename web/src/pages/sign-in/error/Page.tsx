import { useNavigate, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { securityPagePath } from '../../../app/signInLinks';
import { usePageTitle } from '../../../app/usePageTitle';
import { SignInFrame } from '../../../components/SignInFrame';
import { explainSignInError, isSignInErrorReason, providerDetail } from './signInErrorReasons';

export function SignInErrorPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const reason = searchParams.get('reason');
  const explanation = explainSignInError(reason, {
    provider: searchParams.get('provider'),
    detail: searchParams.get('detail'),
  });
  const detail = reason === 'provider_error' ? providerDetail(searchParams.get('detail')) : null;
  // Linking a sign-in method started on the Security page of a signed-in person: back there.
  const linking = searchParams.get('link') === '1' && reason !== 'link_requires_sign_in';
  usePageTitle(explanation.title);

  return (
    <SignInFrame>
      <Box
        aria-hidden="true"
        sx={{
          color: explanation.severity === 'info' ? 'info.main' : 'error.main',
          mb: 1,
          '& svg': { fontSize: 40 },
        }}
      >
        {explanation.severity === 'info' ? <InfoOutlinedIcon /> : <ErrorOutlineIcon />}
      </Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {explanation.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: detail ? 2 : 3 }}>
        {explanation.body}
      </Typography>
      {detail && (
        <Alert severity="warning" variant="outlined" sx={{ mb: 3, overflowWrap: 'anywhere' }}>
          <AlertTitle>The provider said</AlertTitle>
          {detail}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {linking ? (
          <Button
            variant="contained"
            size="large"
            fullWidth
            onClick={() => navigate(securityPagePath)}
          >
            Back to Security
          </Button>
        ) : (
          <Button variant="contained" size="large" fullWidth onClick={() => navigate('/sign-in')}>
            {reason === 'email_in_use' || reason === 'link_requires_sign_in'
              ? 'Go to sign-in'
              : 'Try again'}
          </Button>
        )}
      </Box>
      {reason && isSignInErrorReason(reason) && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ mt: 2, textAlign: 'center' }}
        >
          Reference: {reason}
        </Typography>
      )}
    </SignInFrame>
  );
}
