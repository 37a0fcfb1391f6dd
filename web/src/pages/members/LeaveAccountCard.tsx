import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeErrorNaming } from '../../app/graphqlErrors';
import { useLeaveAccount } from './useLeaveAccount';

/**
 * For members who do not manage members: their one action on this page. (Billing Admins leave
 * from their own row's menu in the members list.)
 */
export function LeaveAccountCard({ accountName }: { accountName: string }) {
  const { leave, leaving } = useLeaveAccount();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setFailure(null);
    try {
      await leave();
    } catch (problem) {
      // The members rules answer in words meant for the person (e.g. the last Billing Admin).
      setFailure(describeErrorNaming(problem, ['CONFLICT']));
    }
    setConfirming(false);
  };

  return (
    <Card component="section" aria-labelledby="leave-account-title">
      <CardHeader
        title="Leave this account"
        subheader={`Stop being a member of ${accountName}. Your other accounts are not affected.`}
        slotProps={{ title: { id: 'leave-account-title', component: 'h2', variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {failure && (
          <Alert severity="error" onClose={() => setFailure(null)} sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        <Button
          variant="outlined"
          color="error"
          startIcon={<ExitToAppIcon />}
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
        >
          Leave account…
        </Button>
      </CardContent>
      <ConfirmDialog
        open={confirming}
        title={`Leave ${accountName}?`}
        description={`You lose access to ${accountName} at once; the API tokens you created stop working. To come back, a Billing Admin has to invite you again.`}
        confirmLabel="Leave account"
        destructive
        busy={leaving}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
      />
    </Card>
  );
}
