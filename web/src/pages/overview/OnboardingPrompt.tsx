import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import RocketLaunchOutlinedIcon from '@mui/icons-material/RocketLaunchOutlined';
import { welcomePath } from '../../app/welcomeLinks';

/** After "Skip for now": the set-up stays one click away until it is done. */
export function OnboardingPrompt() {
  return (
    <Alert
      severity="info"
      icon={<RocketLaunchOutlinedIcon fontSize="inherit" />}
      sx={{ mb: 3 }}
      action={
        <Button component={RouterLink} to={welcomePath} color="inherit" size="small">
          Set up
        </Button>
      }
    >
      Finish setting up your account: company, country, currency and billing e-mail.
    </Alert>
  );
}
