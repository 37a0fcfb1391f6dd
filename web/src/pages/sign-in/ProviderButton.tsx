import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { SignInProviderIcon } from '../../components/SignInProviderIcon';
import type { SignInQuery } from '../../graphql/generated';

type AuthProvider = SignInQuery['authProviders'][number];

type ProviderButtonProps = {
  provider: AuthProvider;
  /** This provider's sign-in is starting (the browser is leaving the page). */
  starting: boolean;
  disabled: boolean;
  /** The development stand-in steps back (outlined) when a real provider is offered too. */
  alongsideRealProviders: boolean;
  onStart: () => void;
};

export function ProviderButton({
  provider,
  starting,
  disabled,
  alongsideRealProviders,
  onStart,
}: ProviderButtonProps) {
  if (provider.development) {
    return (
      <Box>
        <Button
          fullWidth
          size="large"
          variant={alongsideRealProviders ? 'outlined' : 'contained'}
          startIcon={<SignInProviderIcon providerId="dev" />}
          loading={starting}
          loadingPosition="start"
          disabled={disabled}
          onClick={onStart}
          aria-describedby={`provider-note-${provider.id}`}
        >
          Continue with development sign-in
        </Button>
        <Box
          id={`provider-note-${provider.id}`}
          sx={{
            mt: 1.5,
            p: 1.5,
            borderRadius: 2,
            bgcolor: 'action.hover',
            display: 'flex',
            gap: 1,
            alignItems: 'flex-start',
          }}
        >
          <Chip label="Local only" size="small" color="warning" variant="outlined" />
          <Typography variant="body2" color="text.secondary">
            Stands in for Google, Microsoft and GitHub sign-in on this machine: any e-mail address
            works. Not for production use.
          </Typography>
        </Box>
      </Box>
    );
  }
  return (
    <Button
      fullWidth
      size="large"
      variant="contained"
      startIcon={<SignInProviderIcon providerId={provider.id} />}
      loading={starting}
      loadingPosition="start"
      disabled={disabled}
      onClick={onStart}
    >
      Continue with {provider.name}
    </Button>
  );
}
