import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../../../components/FormDialog';
import { describeError, fieldErrorsOf } from '../../../app/graphqlErrors';
import {
  OperatorAccountDocument,
  useReactivateAccountMutation,
  useSuspendAccountMutation,
} from '../../../graphql/generated';

type SuspensionDialogProps = {
  open: boolean;
  /** Suspend an active account, or reactivate a suspended one. */
  action: 'suspend' | 'reactivate';
  account: { id: string; name: string };
  onClose: () => void;
  onDone: (message: string) => void;
};

const maxReason = 500;

/**
 * Suspends or reactivates an account, with the reason the members read on their banner (and the
 * audit log keeps). Says what suspension does before it is confirmed.
 */
export function SuspensionDialog({
  open,
  action,
  account,
  onClose,
  onDone,
}: SuspensionDialogProps) {
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [
    { query: OperatorAccountDocument, variables: { id: account.id, accountId: account.id } },
  ];
  const [suspend, suspending] = useSuspendAccountMutation({
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [reactivate, reactivating] = useReactivateAccountMutation({
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const busy = suspending.loading || reactivating.loading;

  const close = () => {
    setReason('');
    setFieldError(null);
    setFailure(null);
    onClose();
  };

  const submit = async () => {
    const trimmed = reason.trim();
    if (trimmed.length === 0) {
      setFieldError(
        action === 'suspend' ? 'Say why: the members read it.' : 'Say why, for the audit log.',
      );
      return;
    }
    setFailure(null);
    try {
      const input = { accountId: account.id, reason: trimmed };
      if (action === 'suspend') await suspend({ variables: { input } });
      else await reactivate({ variables: { input } });
      setReason('');
      onDone(
        action === 'suspend' ? `${account.name} is suspended.` : `${account.name} is active again.`,
      );
    } catch (error) {
      const fields = fieldErrorsOf(error, ['reason'] as const);
      if (fields.reason) setFieldError(fields.reason);
      else setFailure(describeError(error));
    }
  };

  return (
    <FormDialog
      open={open}
      title={action === 'suspend' ? `Suspend ${account.name}?` : `Reactivate ${account.name}?`}
      busy={busy}
      submitLabel={action === 'suspend' ? 'Suspend account' : 'Reactivate account'}
      busyLabel={action === 'suspend' ? 'Suspending…' : 'Reactivating…'}
      onSubmit={() => void submit()}
      onClose={close}
    >
      <Typography variant="body2" color="text.secondary">
        {action === 'suspend'
          ? 'Members can still sign in, look around and pay open invoices, and see your reason on a banner. They cannot change the plan, billing details, members or API tokens. Renewals and payment retries wait until you reactivate the account.'
          : 'Members can change the account again; renewals that came due meanwhile run now, and payment retries resume.'}
      </Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      <TextField
        label="Reason"
        required
        multiline
        minRows={2}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setFieldError(null);
        }}
        error={fieldError !== null}
        helperText={
          fieldError ??
          (action === 'suspend'
            ? 'Shown to the account’s members and kept in the audit log.'
            : 'Kept in the audit log.')
        }
        slotProps={{ htmlInput: { maxLength: maxReason } }}
      />
    </FormDialog>
  );
}
