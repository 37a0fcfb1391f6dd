import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ContactMailOutlinedIcon from '@mui/icons-material/ContactMailOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import {
  useBillingDetailsQuery,
  useRemoveBillingDetailsMutation,
} from '../../../graphql/generated';
import { writeAccountBillingDetails } from './billingDetailsCache';
import { BillingDetailsForm } from './BillingDetailsForm';
import { formValuesFrom, prefilledValues } from './billingDetailsForm';
import { BillingDetailsView } from './BillingDetailsView';

export function BillingDetailsPage() {
  usePageTitle('Billing details');
  const viewer = useViewer();
  const hasAccount = viewer.account != null;
  const canEdit = viewer.permissions.includes('BILLING_DETAILS_EDIT');
  const { data, loading, error, refetch } = useBillingDetailsQuery({
    skip: !hasAccount,
    notifyOnNetworkStatusChange: true,
  });
  const [editing, setEditing] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [removalError, setRemovalError] = useState<string | null>(null);
  const notice = useSuccessNotice();
  const [removeBillingDetails, { loading: removing }] = useRemoveBillingDetailsMutation();

  const account = data?.account;
  const details = account?.billingDetails ?? null;

  const remove = async (accountId: string) => {
    setRemovalError(null);
    try {
      await removeBillingDetails({
        update: (cache) => writeAccountBillingDetails(cache, accountId, null),
      });
      notice.notify('Billing details removed.');
    } catch (removal) {
      setRemovalError(describeError(removal));
    } finally {
      setConfirmingRemoval(false);
    }
  };

  const showActions = canEdit && !editing && details != null;
  const header = (
    <PageHeader
      eyebrow="Billing"
      title="Billing details"
      description="Who your invoices are addressed to, and where they are sent."
      actions={
        showActions && (
          <>
            <Button
              variant="outlined"
              startIcon={<EditOutlinedIcon />}
              onClick={() => {
                setRemovalError(null);
                setEditing(true);
              }}
            >
              Edit
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<DeleteOutlineIcon />}
              onClick={() => setConfirmingRemoval(true)}
            >
              Remove
            </Button>
          </>
        )
      }
    />
  );

  let body;
  if (!hasAccount) {
    body = (
      <NoAccountState description="Billing details belong to an account. They appear once you belong to one." />
    );
  } else if (loading && !data) {
    body = (
      <Grid container spacing={3} role="status" aria-label="Loading billing details">
        <Grid size={{ xs: 12, md: 7 }}>
          <Skeleton variant="rounded" height={220} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Skeleton variant="rounded" height={220} />
        </Grid>
      </Grid>
    );
  } else if (error || !account) {
    body = (
      <ErrorState
        title="We couldn’t load the billing details"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (editing && canEdit) {
    body = (
      <Card component="section" aria-labelledby="billing-details-form-title" sx={{ maxWidth: 880 }}>
        <CardHeader
          title={details ? 'Edit billing details' : 'Add billing details'}
          subheader="Fields marked * are required. New invoices use these details."
          slotProps={{ title: { id: 'billing-details-form-title' } }}
        />
        <CardContent sx={{ pt: 3 }}>
          <BillingDetailsForm
            key={account.id}
            accountId={account.id}
            initialValues={details ? formValuesFrom(details) : prefilledValues(account)}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              notice.notify('Billing details saved.');
            }}
          />
        </CardContent>
      </Card>
    );
  } else if (!details) {
    body = (
      <Card component="section" aria-label="Billing details">
        <CardContent>
          <EmptyState
            icon={<ContactMailOutlinedIcon />}
            title="No billing details yet"
            description={
              canEdit
                ? 'Invoices need a legal name and address. Add them so every invoice is addressed to your company.'
                : 'Invoices need a legal name and address. A Billing Admin, or a member they allow, can add them.'
            }
            action={
              canEdit && (
                <Button
                  variant="contained"
                  startIcon={<AddIcon />}
                  onClick={() => setEditing(true)}
                >
                  Add billing details
                </Button>
              )
            }
          />
        </CardContent>
      </Card>
    );
  } else {
    body = (
      <>
        {!canEdit && (
          <Alert severity="info" sx={{ mb: 3 }}>
            You can see the billing details but not change them. A Billing Admin, or a member they
            allow to edit billing details, can.
          </Alert>
        )}
        <BillingDetailsView details={details} />
      </>
    );
  }

  return (
    <>
      {header}
      {removalError && (
        <Alert severity="error" sx={{ mb: 3 }} onClose={() => setRemovalError(null)}>
          {removalError}
        </Alert>
      )}
      {body}
      {account && (
        <ConfirmDialog
          open={confirmingRemoval}
          title="Remove billing details?"
          description="New invoices will carry no legal name, address or tax id until someone adds billing details again."
          confirmLabel="Remove"
          destructive
          busy={removing}
          onCancel={() => setConfirmingRemoval(false)}
          onConfirm={() => void remove(account.id)}
        />
      )}
      <SuccessSnackbar notice={notice} />
    </>
  );
}
