import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../../../components/FormDialog';
import { Money } from '../../../components/Money';
import { formatDay } from '../../../components/dates';
import { dayStart, parseDay } from '../../../components/dayRange';
import { decimalToMinorUnits, minorUnitsToDecimalString } from '../../../components/money';
import { describeErrorNaming, fieldErrorsOf } from '../../../app/graphqlErrors';
import { useOptionalViewer } from '../../../app/ViewerContext';
import {
  type BankTransferNoticeItemFragment,
  type MoneyFragment,
  useSubmitBankTransferMutation,
} from '../../../graphql/generated';

type Notice = BankTransferNoticeItemFragment;

/**
 * "Paid by bank transfer? Tell us": the customer announces a transfer (reference, day sent,
 * amount) so an operator can match it; shows what they announced and what came of it.
 */
export function AnnounceTransferCard({
  invoiceId,
  invoiceNumber,
  issuedAt,
  amountDue,
  isOpen,
  notices,
  onAnnounced,
}: {
  invoiceId: string;
  invoiceNumber: string;
  issuedAt: string;
  amountDue: MoneyFragment;
  isOpen: boolean;
  notices: readonly Notice[];
  onAnnounced: () => void;
}) {
  const viewer = useOptionalViewer();
  const canPay = viewer?.permissions.includes('INVOICES_PAY') ?? false;
  const [open, setOpen] = useState(false);
  const pending = notices.find((notice) => notice.status === 'PENDING') ?? null;
  const latest = notices[0] ?? null;
  if (!isOpen && notices.length === 0) return null;

  return (
    <Card component="section" aria-labelledby="announce-transfer-title">
      <CardHeader
        title="Paid by bank transfer?"
        slotProps={{ title: { id: 'announce-transfer-title' } }}
      />
      <CardContent sx={{ display: 'grid', gap: 1.5, pt: 0 }}>
        {pending ? (
          <Alert severity="info">
            You told us on {formatDay(pending.submittedAt)} that you sent{' '}
            <Money value={pending.amount} /> on {formatDay(pending.sentAt)} (reference{' '}
            {pending.reference}). We’ll mark the invoice paid as soon as it arrives.
          </Alert>
        ) : latest?.status === 'REJECTED' ? (
          <Alert severity="warning">
            We could not confirm the transfer of <Money value={latest.amount} /> (reference{' '}
            {latest.reference}): {latest.rejectionReason}
          </Alert>
        ) : latest?.status === 'APPROVED' ? (
          <Alert severity="success">
            Your transfer of <Money value={latest.amount} /> (reference {latest.reference}) arrived.
          </Alert>
        ) : null}
        {isOpen && !pending && (
          <>
            <Typography variant="body2" color="text.secondary">
              Tell us once you have sent the money: we match it sooner, and you hear from us when it
              arrives.
            </Typography>
            {canPay ? (
              <Box>
                <Button variant="outlined" onClick={() => setOpen(true)}>
                  I’ve sent a bank transfer
                </Button>
              </Box>
            ) : (
              <Typography variant="body2" color="text.secondary">
                A member who may pay invoices can tell us.
              </Typography>
            )}
          </>
        )}
      </CardContent>
      {open && (
        <AnnounceTransferDialog
          invoiceId={invoiceId}
          invoiceNumber={invoiceNumber}
          issuedAt={issuedAt}
          amountDue={amountDue}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onAnnounced();
          }}
        />
      )}
    </Card>
  );
}

function AnnounceTransferDialog({
  invoiceId,
  invoiceNumber,
  issuedAt,
  amountDue,
  onClose,
  onDone,
}: {
  invoiceId: string;
  invoiceNumber: string;
  issuedAt: string;
  amountDue: MoneyFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { currency } = amountDue;
  const [reference, setReference] = useState(invoiceNumber);
  // Today (UTC), but never before the invoice's day: nothing is paid before it is issued.
  const [sentOn, setSentOn] = useState(() => {
    const today = new Date().toISOString().slice(0, 10);
    const issuedOn = issuedAt.slice(0, 10);
    return today < issuedOn ? issuedOn : today;
  });
  const [amount, setAmount] = useState<string>(() =>
    minorUnitsToDecimalString(amountDue.amount, currency),
  );
  const [checks, setChecks] = useState<{ reference?: string; sentAt?: string; amount?: string }>(
    {},
  );
  // One key per dialog: a double click or a retry after a lost answer stores one announcement.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [submit, { loading, error }] = useSubmitBankTransferMutation();
  const server = fieldErrorsOf(error, ['reference', 'sentAt', 'amount'] as const);
  const otherError =
    error && !server.reference && !server.sentAt && !server.amount
      ? describeErrorNaming(error, ['CONFLICT'])
      : null;

  const send = async () => {
    const minor = decimalToMinorUnits(amount, currency);
    const found: typeof checks = {};
    if (reference.trim() === '') found.reference = 'Enter the reference you quoted.';
    if (!parseDay(sentOn)) found.sentAt = 'Enter the day you sent it.';
    if (minor === null) found.amount = `Enter the amount you sent in ${currency}, e.g. 89.00.`;
    setChecks(found);
    if (Object.keys(found).length > 0 || minor === null) return;
    try {
      await submit({
        variables: {
          input: {
            invoiceId,
            reference: reference.trim(),
            sentAt: dayStart(sentOn, 'utc')!,
            amount: { amount: minor, currency },
            idempotencyKey,
          },
        },
      });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <FormDialog
      open
      title={`Bank transfer for ${invoiceNumber}`}
      busy={loading}
      submitLabel="Tell us"
      busyLabel="Sending…"
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <TextField
        label="Reference on the transfer"
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        required
        error={Boolean(checks.reference ?? server.reference)}
        helperText={checks.reference ?? server.reference ?? 'As your bank shows it.'}
        slotProps={{ htmlInput: { maxLength: 140 } }}
      />
      <TextField
        label="Day sent"
        type="date"
        value={sentOn}
        onChange={(event) => setSentOn(event.target.value)}
        required
        error={Boolean(checks.sentAt ?? server.sentAt)}
        helperText={checks.sentAt ?? server.sentAt ?? ' '}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        label="Amount sent"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        required
        error={Boolean(checks.amount ?? server.amount)}
        helperText={checks.amount ?? server.amount ?? 'What left your account.'}
        slotProps={{
          htmlInput: { inputMode: 'decimal' },
          input: { endAdornment: <InputAdornment position="end">{currency}</InputAdornment> },
        }}
      />
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </FormDialog>
  );
}
