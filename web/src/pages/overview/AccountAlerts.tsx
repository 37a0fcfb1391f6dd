import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { OverviewQuery } from '../../graphql/generated';
import { formatDay } from '../../components/dates';

type Account = NonNullable<NonNullable<OverviewQuery['viewer']>['account']>;

const openInvoices = '/billing/invoices?status=open';

/** What needs doing about the account's billing, most serious first; nothing when all is well. */
export function AccountAlerts({ account }: { account: Account }) {
  const alerts = [];
  // An operator's suspension is told by the shell's banner, with the operator's reason.
  if (account.suspendedAt && account.suspensionReason === 'dunning') {
    alerts.push(
      <Alert
        key="suspended"
        severity="error"
        action={
          <Button component={RouterLink} to={openInvoices} color="inherit" size="small">
            Open invoices
          </Button>
        }
      >
        This account has been suspended since {formatDay(account.suspendedAt)} because an invoice is
        overdue. Paying it lifts the suspension at once.
      </Alert>,
    );
  }
  // A past-due subscription or a failed card payment: PaymentAttentionBanner, with the fix.
  if (alerts.length === 0) return null;
  return (
    <Stack spacing={1.5} sx={{ mb: 3 }} role="region" aria-label="Account alerts">
      {alerts}
    </Stack>
  );
}
