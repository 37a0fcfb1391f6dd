import GitHubIcon from '@mui/icons-material/GitHub';
import GoogleIcon from '@mui/icons-material/Google';
import LoginIcon from '@mui/icons-material/Login';
import MicrosoftIcon from '@mui/icons-material/Microsoft';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';

/**
 * A sign-in provider's mark, in one colour (the theme's, like every other icon) rather than the
 * brand's: the sign-in page and the Security page show them side by side, none louder.
 */
export function SignInProviderIcon({
  providerId,
  ...props
}: { providerId: string } & SvgIconProps) {
  switch (providerId.toLowerCase()) {
    case 'google':
      return <GoogleIcon {...props} />;
    case 'microsoft':
      return <MicrosoftIcon {...props} />;
    case 'github':
      return <GitHubIcon {...props} />;
    case 'dev':
      return <ScienceOutlinedIcon {...props} />;
    default:
      return <LoginIcon {...props} />;
  }
}
