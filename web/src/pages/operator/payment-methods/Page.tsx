import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { countryName } from '../../../components/countries';
import { formatMoment } from '../../../components/dates';
import { paymentMethodKindLabels } from '../../../components/paymentMethodKinds';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  type PaymentMethodConfigRowFragment,
  usePaymentMethodConfigsQuery,
  useRemovePaymentMethodConfigMutation,
} from '../../../graphql/generated';
import { MethodConfigDialog } from './MethodConfigDialog';

type Row = PaymentMethodConfigRowFragment;

const rowTitle = (row: Row) =>
  row.country == null ? 'Default: every other country' : countryName(row.country);

/**
 * Operators: which payment methods each billing country is offered, in order, and the bank
 * accounts bank transfers go to, per currency. Customers see their country's row, else the
 * default row.
 */
export function PaymentMethodConfigPage() {
  usePageTitle('Payment methods per country');
  const { data, loading, error, refetch } = usePaymentMethodConfigsQuery();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [removing, setRemoving] = useState<Row | null>(null);
  const notice = useSuccessNotice();
  const [remove, removal] = useRemovePaymentMethodConfigMutation({
    refetchQueries: ['PaymentMethodConfigs'],
    awaitRefetchQueries: true,
  });

  const header = (
    <PageHeader
      eyebrow="Back office"
      title="Payment methods per country"
      description="What customers are offered for their billing country, and where bank transfers go."
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          Add a country
        </Button>
      }
    />
  );
  if (loading && !data) return <LoadingState label="Loading payment methods…" />;
  if (error || !data) {
    return (
      <>
        {header}
        <ErrorState description={describeError(error)} onRetry={() => void refetch()} />
      </>
    );
  }
  const rows = data.paymentMethodConfigs;
  return (
    <>
      {header}
      {removal.error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => removal.reset()}>
          {describeError(removal.error)}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2 }}>
        {rows.map((row) => (
          <Card component="section" key={row.country ?? 'default'} aria-label={rowTitle(row)}>
            <CardHeader
              title={rowTitle(row)}
              subheader={
                row.builtIn
                  ? 'Built in: never saved'
                  : row.updatedAt
                    ? `Saved ${formatMoment(row.updatedAt)}`
                    : undefined
              }
              slotProps={{ title: { component: 'h2', variant: 'h6' } }}
              action={
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  <Button size="small" onClick={() => setEditing(row)}>
                    Edit
                  </Button>
                  {!row.builtIn && (
                    <Button size="small" color="error" onClick={() => setRemoving(row)}>
                      {row.country == null ? 'Reset' : 'Remove'}
                    </Button>
                  )}
                </Box>
              }
            />
            <CardContent sx={{ display: 'grid', gap: 2, pt: 0 }}>
              <Box
                component="ol"
                aria-label="Offered methods"
                sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}
              >
                {row.methods.map((method, index) => (
                  <li key={method}>
                    <Chip label={`${index + 1}. ${paymentMethodKindLabels[method]}`} />
                  </li>
                ))}
              </Box>
              {row.methods.includes('BANK_TRANSFER') &&
                (row.bankAccounts.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    No bank account of its own:{' '}
                    {row.country == null
                      ? 'invoices show the portal’s BANK_TRANSFER_INSTRUCTIONS.'
                      : 'invoices show the default row’s account for their currency.'}
                  </Typography>
                ) : (
                  <Box
                    sx={{
                      display: 'grid',
                      gap: 2,
                      gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
                    }}
                  >
                    {row.bankAccounts.map((account) => (
                      <Box key={account.currency} sx={{ minWidth: 0 }}>
                        <Typography variant="subtitle2" component="h3">
                          {account.currency}
                        </Typography>
                        <Typography
                          variant="body2"
                          sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                        >
                          {account.details}
                        </Typography>
                        {account.instructions && (
                          <Typography
                            variant="body2"
                            color="text.secondary"
                            sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', mt: 0.5 }}
                          >
                            {account.instructions}
                          </Typography>
                        )}
                      </Box>
                    ))}
                  </Box>
                ))}
            </CardContent>
          </Card>
        ))}
      </Box>
      {editing !== null && (
        <MethodConfigDialog
          open
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            notice.notify(message);
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing?.country == null ? 'Reset the default row?' : 'Remove this country?'}
        description={
          removing?.country == null
            ? 'Every country without its own row is then offered card and bank transfer, with the portal’s BANK_TRANSFER_INSTRUCTIONS.'
            : `${removing ? rowTitle(removing) : ''} is then offered what the default row offers.`
        }
        confirmLabel={removing?.country == null ? 'Reset' : 'Remove'}
        destructive
        busy={removal.loading}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const row = removing;
          setRemoving(null);
          if (row) {
            void remove({ variables: { input: { country: row.country ?? null } } })
              .then(() => notice.notify(`${rowTitle(row)}: removed.`))
              .catch(() => undefined);
          }
        }}
      />
      <SuccessSnackbar notice={notice} />
    </>
  );
}
