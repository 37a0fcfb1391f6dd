import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import { EmptyState } from '../../components/EmptyState';
import { NoAccountState } from '../../components/NoAccountState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import { canManageSecurity } from './access';
import { ApiTokensSection } from './ApiTokensSection';
import { SessionsSection } from './sessions/SessionsSection';
import { SignInMethodsSection } from './sign-in-methods/SignInMethodsSection';
import { TwoFactorRequirementCard } from './two-factor/TwoFactorRequirementCard';
import { TwoFactorSection } from './two-factor/TwoFactorSection';

/**
 * Settings › Security: how people and programs get into the account. Everyone manages their own
 * sign-in methods, two-factor sign-in and signed-in sessions; Billing Admins also set the account's
 * sign-in rules and API tokens.
 */
export function SecurityPage() {
  usePageTitle('Security');
  const viewer = useViewer();

  let accountSecurity;
  if (viewer.account == null) {
    accountSecurity = <NoAccountState description="API tokens belong to an account." />;
  } else if (!canManageSecurity(viewer)) {
    accountSecurity = (
      <Card component="section" aria-label="API tokens">
        <CardContent>
          <EmptyState
            icon={<LockOutlinedIcon />}
            title="Only Billing Admins manage API tokens"
            description="API tokens and the account’s sign-in rules are managed by its Billing Admins. Ask one if a program needs access."
          />
        </CardContent>
      </Card>
    );
  } else {
    accountSecurity = (
      <>
        <TwoFactorRequirementCard />
        <ApiTokensSection />
      </>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Security"
        description="How you sign in, and which programs can read your account’s billing data."
      />
      <Stack spacing={3}>
        <SignInMethodsSection />
        <TwoFactorSection />
        <SessionsSection />
        {accountSecurity}
      </Stack>
    </>
  );
}
