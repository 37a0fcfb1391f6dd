import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { CardSkeleton } from '../../../components/CardSkeleton';
import { catalogCurrencies } from '../../../components/currencies';
import { ErrorState } from '../../../components/ErrorState';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import { useAccountSettingsQuery } from '../../../graphql/generated';
import { AccountNameForm } from './AccountNameForm';
import { PreferencesCard } from './PreferencesCard';

export function AccountSettingsPage() {
  usePageTitle('Account settings');
  const viewer = useViewer();
  const hasAccount = viewer.account != null;
  const { data, loading, error, refetch } = useAccountSettingsQuery({
    skip: !hasAccount,
    notifyOnNetworkStatusChange: true,
  });
  // Renaming the account is part of its billing details (the "edit billing details" permission, docs/API.md "Operations").
  const canEdit = viewer.permissions.includes('BILLING_DETAILS_EDIT');
  // The onboarding answers include the currency plans start in and the admins' alerts: the same
  // people as the wizard (the server's rule for updateAccountPreferences).
  const canEditPreferences = canEdit && viewer.permissions.includes('PLAN_MANAGE');

  let body;
  let preferences = null;
  if (!hasAccount) {
    body = <NoAccountState description="Account settings appear once you belong to an account." />;
  } else if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading account settings">
        <Skeleton variant="rounded" height={56} />
        <Skeleton variant="rounded" width={140} height={36} sx={{ alignSelf: 'flex-end' }} />
      </Stack>
    );
    preferences = <CardSkeleton lines={6} />;
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t load the account settings"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else {
    body = (
      <>
        {!canEdit && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Only a Billing Admin (or a member they allow to edit billing details) can rename the
            account.
          </Alert>
        )}
        {/* Keyed by account so a different account never inherits a half-typed name. */}
        <AccountNameForm key={data.account.id} currentName={data.account.name} canEdit={canEdit} />
      </>
    );
    preferences = (
      <PreferencesCard
        key={data.account.id}
        account={data.account}
        currencies={catalogCurrencies(data.plans)}
        canEdit={canEditPreferences}
      />
    );
  }

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Account settings"
        description="How this account is identified across Ledgerline, and its preferences."
      />
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        <Card component="section" aria-labelledby="account-name-title">
          <CardHeader
            title="Account name"
            subheader="The company or team name your invoices are addressed to."
            slotProps={{ title: { id: 'account-name-title' } }}
          />
          <CardContent>{body}</CardContent>
        </Card>
        {preferences}
      </Stack>
    </>
  );
}
