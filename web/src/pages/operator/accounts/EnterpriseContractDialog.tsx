import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../../../components/FormDialog';
import { Money } from '../../../components/Money';
import { currencyDigits, decimalStringToMinorUnits } from '../../../components/money';
import { describeErrorNaming, fieldErrorsOf } from '../../../app/graphqlErrors';
import {
  useStartEnterpriseContractMutation,
  type BillingInterval,
  type StartEnterpriseContractMutation,
} from '../../../graphql/generated';

type Field = 'currency' | 'unitAmount' | 'perSeatAmount' | 'seats';
type Errors = Partial<Record<Field, string>>;
type Result = StartEnterpriseContractMutation['startEnterpriseContract'];

type EnterpriseContractDialogProps = {
  open: boolean;
  account: { id: string; name: string };
  /** Proposed currency (the account's); a running subscription keeps its own. */
  currency: string;
  onClose: () => void;
  /** After the contract started: the page refreshes what it shows of the account. */
  onStarted: () => void;
};

const newKey = () => `contract-${crypto.randomUUID()}`;
const fields: readonly Field[] = ['currency', 'unitAmount', 'perSeatAmount', 'seats'];

/**
 * Puts the account on an Enterprise contract at its own price (`startEnterpriseContract`):
 * amounts are typed as decimals and sent in minor units. One idempotency key per opening: a double
 * click or a retry after a lost answer starts one contract. After success it shows the invoice.
 */
export function EnterpriseContractDialog({
  open,
  account,
  currency: accountCurrency,
  onClose,
  onStarted,
}: EnterpriseContractDialogProps) {
  const [interval, setInterval] = useState<BillingInterval>('YEAR');
  const [currency, setCurrency] = useState(accountCurrency);
  const [unitAmount, setUnitAmount] = useState('');
  const [perSeatAmount, setPerSeatAmount] = useState('');
  const [seats, setSeats] = useState('1');
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const resultTitleId = useId();
  const [start, { loading }] = useStartEnterpriseContractMutation();

  const close = () => {
    setInterval('YEAR');
    setCurrency(accountCurrency);
    setUnitAmount('');
    setPerSeatAmount('');
    setSeats('1');
    setErrors({});
    setFailure(null);
    setResult(null);
    // A new opening is a new intended contract.
    setKey(newKey());
    onClose();
  };

  const edit = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors(({ [field]: _dropped, ...rest }) => rest);
  };

  const submit = async () => {
    const code = currency.trim().toUpperCase();
    const validCode = /^[A-Z]{3}$/.test(code);
    const digits = validCode ? currencyDigits(code) : 2;
    const amountHint = `Enter an amount in ${validCode ? code : 'the currency'} with at most ${digits} decimals, such as ${digits === 0 ? '1200' : '1200.00'}.`;
    const unit = validCode ? decimalStringToMinorUnits(unitAmount, code) : null;
    const perSeat =
      perSeatAmount.trim() === ''
        ? null
        : validCode
          ? decimalStringToMinorUnits(perSeatAmount, code)
          : null;
    const seatCount = /^\d{1,6}$/.test(seats.trim()) ? Number(seats.trim()) : null;
    const problems: Errors = {
      ...(!validCode ? { currency: 'Enter a three-letter currency code such as EUR.' } : {}),
      ...(unit === null || unit < 1 ? { unitAmount: amountHint } : {}),
      ...(perSeatAmount.trim() !== '' && (perSeat === null || perSeat < 1)
        ? { perSeatAmount: `${amountHint} Leave it empty to sell no extra seats.` }
        : {}),
      ...(seatCount === null || seatCount < 1 ? { seats: 'Enter a whole number of seats.' } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0 || unit === null || seatCount === null) return;
    setFailure(null);
    try {
      const answer = await start({
        variables: {
          input: {
            accountId: account.id,
            interval,
            currency: code,
            unitAmount: unit,
            perSeatAmount: perSeat,
            seats: seatCount,
            idempotencyKey: key,
          },
        },
      });
      setResult(answer.data?.startEnterpriseContract ?? null);
      onStarted();
    } catch (error) {
      const found = fieldErrorsOf(error, fields);
      if (Object.keys(found).length > 0) setErrors(found);
      // The billing rules answer in words meant for the operator (an incomplete subscription…).
      else setFailure(describeErrorNaming(error, ['CONFLICT', 'ACCOUNT_SUSPENDED', 'SEAT_LIMIT']));
    }
  };

  if (result !== null) {
    return (
      <Dialog open={open} onClose={close} aria-labelledby={resultTitleId} fullWidth maxWidth="sm">
        <DialogTitle id={resultTitleId}>Enterprise contract started</DialogTitle>
        <DialogContent>
          <DialogContentText component="div">
            <Typography component="p" sx={{ mb: 1 }}>
              {account.name} is on its Enterprise contract: {result.subscription.seats}{' '}
              {result.subscription.seats === 1 ? 'seat' : 'seats'}, billed{' '}
              {result.subscription.interval === 'YEAR' ? 'yearly' : 'monthly'}.
            </Typography>
            {result.invoice ? (
              <Typography component="p">
                Invoice <strong>{result.invoice.number}</strong> was issued for{' '}
                <Money value={result.invoice.amountDue} />.
              </Typography>
            ) : (
              <Typography component="p">No invoice was issued for it now.</Typography>
            )}
          </DialogContentText>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button variant="contained" onClick={close}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <FormDialog
      open={open}
      title={`Start an Enterprise contract for ${account.name}`}
      busy={loading}
      submitLabel="Start contract"
      busyLabel="Starting…"
      onSubmit={() => void submit()}
      onClose={close}
    >
      <Typography variant="body2" color="text.secondary">
        The account gets its own price, never listed in the catalog. A running plan is replaced now
        with proration, and an invoice is issued for what is due.
      </Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      <TextField
        select
        label="Billed"
        value={interval}
        onChange={(event) => setInterval(event.target.value as BillingInterval)}
      >
        <MenuItem value="YEAR">Yearly</MenuItem>
        <MenuItem value="MONTH">Monthly</MenuItem>
      </TextField>
      <TextField
        label="Currency"
        required
        value={currency}
        onChange={(event) => edit('currency', setCurrency)(event.target.value.toUpperCase())}
        error={errors.currency !== undefined}
        helperText={errors.currency ?? 'A running subscription keeps its currency.'}
        slotProps={{ htmlInput: { maxLength: 3, autoCapitalize: 'characters' } }}
      />
      <TextField
        label="Price per period"
        required
        value={unitAmount}
        onChange={(event) => edit('unitAmount', setUnitAmount)(event.target.value)}
        error={errors.unitAmount !== undefined}
        helperText={errors.unitAmount ?? 'e.g. 12000.00 for the contract, per year or month'}
        slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 20 } }}
      />
      <TextField
        label="Seats"
        required
        value={seats}
        onChange={(event) => edit('seats', setSeats)(event.target.value)}
        error={errors.seats !== undefined}
        helperText={errors.seats ?? 'Seats the account may fill.'}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
      />
      <TextField
        label="Price per extra seat (optional)"
        value={perSeatAmount}
        onChange={(event) => edit('perSeatAmount', setPerSeatAmount)(event.target.value)}
        error={errors.perSeatAmount !== undefined}
        helperText={
          errors.perSeatAmount ??
          'Per seat beyond the plan’s included seats, per period; empty sells none.'
        }
        slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 20 } }}
      />
    </FormDialog>
  );
}
