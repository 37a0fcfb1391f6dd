import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { ErrorState } from '../../../components/ErrorState';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import { useAccountSettingsQuery } from '../../../graphql/generated';
import { AccountNameForm } from './AccountNameForm';

export function AccountSettingsPage() {
  usePageTitle('Account settings');
  const viewer = useViewer();
  const hasAccount = viewer.account != null;
  const { data, loading, error, refetch } = useAccountSettingsQuery({
    skip: !hasAccount,
    notifyOnNetworkStatusChange: true,
  });
  // Renaming the account is part of its billing details (SPEC §5: "edit billing details").
  const canEdit = viewer.permissions.includes('BILLING_DETAILS_EDIT');

  let body;
  if (!hasAccount) {
    body = <NoAccountState description="Account settings appear once you belong to an account." />;
  } else if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading account settings">
        <Skeleton variant="rounded" height={56} />
        <Skeleton variant="rounded" width={140} height={36} sx={{ alignSelf: 'flex-end' }} />
      </Stack>
    );
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
  }

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Account settings"
        description="How this account is identified across Ledgerline."
      />
      <Card component="section" aria-labelledby="account-name-title" sx={{ maxWidth: 720 }}>
        <CardHeader
          title="Account name"
          subheader="The company or team name your invoices are addressed to."
          slotProps={{ title: { id: 'account-name-title' } }}
        />
        <CardContent>{body}</CardContent>
      </Card>
    </>
  );
}
