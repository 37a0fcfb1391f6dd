import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../../../components/FormDialog';
import { currencyDigits } from '../../../components/money';
import { describeError, fieldErrorsOf } from '../../../app/graphqlErrors';
import {
  OperatorAccountDocument,
  useAdjustCreditBalanceMutation,
} from '../../../graphql/generated';
import { decimalToMinorUnits } from './accountWords';

type CreditAdjustmentDialogProps = {
  open: boolean;
  account: { id: string; name: string };
  /** The balance's currency (the account's). */
  currency: string;
  onClose: () => void;
  onDone: (message: string) => void;
};

const newKey = () => `credit-${crypto.randomUUID()}`;

/**
 * Adds credit to the account's balance (goodwill, a manual refund to balance) or takes it away,
 * with a reason kept on the ledger. One idempotency key per dialog: a double click or a retry
 * after a lost answer adjusts once.
 */
export function CreditAdjustmentDialog({
  open,
  account,
  currency,
  onClose,
  onDone,
}: CreditAdjustmentDialogProps) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [adjust, { loading }] = useAdjustCreditBalanceMutation({
    refetchQueries: [
      { query: OperatorAccountDocument, variables: { id: account.id, accountId: account.id } },
    ],
    awaitRefetchQueries: true,
  });
  const digits = currencyDigits(currency);

  const close = () => {
    setAmount('');
    setReason('');
    setErrors({});
    setFailure(null);
    setKey(newKey());
    onClose();
  };

  const submit = async () => {
    const units = decimalToMinorUnits(amount, digits);
    const problems = {
      ...(units === null || units === 0
        ? {
            amount: `Enter an amount in ${currency} with at most ${digits} decimals, negative to take credit away.`,
          }
        : {}),
      ...(reason.trim() === '' ? { reason: 'Say why: it is kept on the ledger.' } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0 || units === null) return;
    setFailure(null);
    try {
      const result = await adjust({
        variables: {
          input: { accountId: account.id, amount: units, currency, reason, idempotencyKey: key },
        },
      });
      const balance = result.data?.adjustCreditBalance.balance.formatted ?? '';
      close();
      onDone(`Credit balance of ${account.name} is now ${balance}.`);
    } catch (error) {
      const fields = fieldErrorsOf(error, ['amount', 'reason'] as const);
      if (fields.amount || fields.reason) setErrors(fields);
      else setFailure(describeError(error));
    }
  };

  return (
    <FormDialog
      open={open}
      title={`Adjust the credit balance of ${account.name}`}
      busy={loading}
      submitLabel="Adjust balance"
      busyLabel="Adjusting…"
      onSubmit={() => void submit()}
      onClose={close}
    >
      <Typography variant="body2" color="text.secondary">
        Credit is used on the next invoices before anything is charged. A negative amount takes
        credit away; the balance never goes below zero.
      </Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      <TextField
        label={`Amount (${currency})`}
        required
        value={amount}
        onChange={(event) => {
          setAmount(event.target.value);
          setErrors(({ reason }) => ({ reason }));
        }}
        error={errors.amount !== undefined}
        helperText={errors.amount ?? 'e.g. 25.00 to add, -25.00 to take away'}
        slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 20 } }}
      />
      <TextField
        label="Reason"
        required
        multiline
        minRows={2}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setErrors(({ amount }) => ({ amount }));
        }}
        error={errors.reason !== undefined}
        helperText={errors.reason ?? 'Kept on the ledger and in the audit log.'}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </FormDialog>
  );
}
