import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { FormDialog } from '../../../components/FormDialog';
import { Money } from '../../../components/Money';
import { formatDay } from '../../../components/dates';
import { currencyDigits } from '../../../components/money';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import { describeError, graphQLErrorsOf } from '../../../app/graphqlErrors';
import {
  useCreateManualInvoiceMutation,
  usePreviewManualInvoiceQuery,
} from '../../../graphql/generated';

type Line = { description: string; quantity: string; unitPrice: string };

/**
 * A signed decimal ("450", "-100.00") in minor units by string arithmetic; null when it is not
 * one with at most the currency's digits.
 */
function signedMinorUnits(text: string, currency: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text.trim().replace(/[,\s]/g, ''));
  if (!match) return null;
  const digits = currencyDigits(currency);
  const fraction = match[3] ?? '';
  if (fraction.length > digits) return null;
  const amount = Number(`${match[2]}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(amount) ? (match[1] === '-' ? -amount : amount) : null;
}

/** The lines as the API takes them, or null while any is not complete. */
function apiLines(lines: readonly Line[], currency: string) {
  const parsed = lines.map((line) => ({
    description: line.description.trim(),
    quantity: /^\d+$/.test(line.quantity.trim()) ? Number(line.quantity) : NaN,
    unitAmount: signedMinorUnits(line.unitPrice, currency),
  }));
  return parsed.every(
    (line) =>
      line.description !== '' && Number.isSafeInteger(line.quantity) && line.unitAmount !== null,
  )
    ? parsed.map((line) => ({ ...line, unitAmount: line.unitAmount! }))
    : null;
}

/** `lines.1.quantity` → the server's message for that field. */
function fieldMessages(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    const raw = graphQLError.extensions?.field;
    if (typeof raw === 'string') found[raw.replace(/^input\./, '')] ??= graphQLError.message;
  }
  return found;
}

/**
 * Operators: a manual invoice with a line-item builder. The preview beside the lines is the
 * server's (`previewManualInvoice`, the billing rules: credit balance, tax of the buyer's
 * country), so what is shown is what `createManualInvoice` issues.
 */
export function ManualInvoiceDialog({
  initialAccountId,
  onClose,
  onCreated,
}: {
  initialAccountId: string;
  onClose: () => void;
  onCreated: (number: string) => void;
}) {
  const [accountId, setAccountId] = useState(initialAccountId);
  const [currency, setCurrency] = useState('EUR');
  const [lines, setLines] = useState<Line[]>([{ description: '', quantity: '1', unitPrice: '' }]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [create, creation] = useCreateManualInvoiceMutation();
  const complete = apiLines(lines, currency);
  const input =
    complete && accountId.trim() !== '' && /^[A-Za-z]{3}$/.test(currency)
      ? { accountId: accountId.trim(), currency: currency.toUpperCase(), lines: complete }
      : null;
  // Compared as text: a new object each render must not restart the wait.
  const debouncedText = useDebouncedValue(input === null ? null : JSON.stringify(input), 400);
  const debounced =
    debouncedText === null ? null : (JSON.parse(debouncedText) as NonNullable<typeof input>);
  const preview = usePreviewManualInvoiceQuery({
    variables: { input: debounced! },
    skip: debounced === null,
    fetchPolicy: 'network-only',
  });
  const previewed = debounced !== null ? preview.data?.previewManualInvoice : undefined;
  const fields = fieldMessages(creation.error ?? preview.error);

  const setLine = (index: number, patch: Partial<Line>) =>
    setLines((list) => list.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = async () => {
    if (input === null) return;
    try {
      const result = await create({ variables: { input: { ...input, idempotencyKey } } });
      const number = result.data?.createManualInvoice.number;
      if (number) onCreated(number);
    } catch {
      // Shown below.
    }
  };

  const anyFieldMessage = Object.keys(fields).some((field) =>
    /^(accountId|currency|lines)/.test(field),
  );
  const otherError =
    (creation.error || preview.error) && !anyFieldMessage
      ? describeError(creation.error ?? preview.error)
      : (fields.lines ?? fields.billingDetails ?? null);

  return (
    <FormDialog
      open
      title="New manual invoice"
      busy={creation.loading}
      submitLabel="Issue invoice"
      busyLabel="Issuing…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          label="Account id"
          value={accountId}
          onChange={(event) => setAccountId(event.target.value)}
          required
          error={Boolean(fields.accountId)}
          helperText={fields.accountId ?? 'acc_… (from the invoice list)'}
          sx={{ flex: '2 1 220px' }}
        />
        <TextField
          label="Currency"
          value={currency}
          onChange={(event) => setCurrency(event.target.value.toUpperCase().slice(0, 3))}
          required
          error={Boolean(fields.currency)}
          helperText={fields.currency ?? 'ISO 4217'}
          sx={{ flex: '1 1 100px' }}
        />
      </Box>
      <Typography variant="subtitle2" component="h3">
        Lines
      </Typography>
      {lines.map((line, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              label="Description"
              value={line.description}
              onChange={(event) => setLine(index, { description: event.target.value })}
              error={Boolean(fields[`lines.${index}.description`])}
              helperText={fields[`lines.${index}.description`] ?? ' '}
              slotProps={{ htmlInput: { maxLength: 200 } }}
              sx={{ flex: 1 }}
            />
            <IconButton
              aria-label={`Remove line ${index + 1}`}
              disabled={lines.length === 1}
              onClick={() => setLines((list) => list.filter((_, i) => i !== index))}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField
              label="Quantity"
              value={line.quantity}
              onChange={(event) => setLine(index, { quantity: event.target.value })}
              error={Boolean(fields[`lines.${index}.quantity`])}
              helperText={fields[`lines.${index}.quantity`] ?? ' '}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ flex: '1 1 90px' }}
            />
            <TextField
              label={`Unit price (${currency || '…'})`}
              value={line.unitPrice}
              onChange={(event) => setLine(index, { unitPrice: event.target.value })}
              error={Boolean(fields[`lines.${index}.unitAmount`])}
              helperText={fields[`lines.${index}.unitAmount`] ?? 'Negative for a discount'}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              sx={{ flex: '2 1 140px' }}
            />
          </Box>
        </Paper>
      ))}
      <Box>
        <Button
          startIcon={<AddIcon />}
          onClick={() =>
            setLines((list) => [...list, { description: '', quantity: '1', unitPrice: '' }])
          }
        >
          Add a line
        </Button>
      </Box>
      <Box component="section" aria-label="Preview" aria-live="polite">
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Preview
        </Typography>
        {input === null ? (
          <Typography variant="body2" color="text.secondary">
            Fill in the account, the currency and every line to see the invoice.
          </Typography>
        ) : preview.loading && !previewed ? (
          <Typography variant="body2" color="text.secondary">
            Computing…
          </Typography>
        ) : previewed ? (
          <Box
            component="dl"
            sx={{ m: 0, display: 'grid', gridTemplateColumns: '1fr auto', gap: 0.5 }}
          >
            <Typography component="dt" variant="body2">
              Subtotal
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right' }}>
              <Money value={previewed.subtotal} />
            </Typography>
            {previewed.creditApplied.amount > 0 && (
              <>
                <Typography component="dt" variant="body2">
                  Credit balance applied
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right' }}>
                  <Money
                    value={{ ...previewed.creditApplied, amount: -previewed.creditApplied.amount }}
                  />
                </Typography>
              </>
            )}
            <Typography component="dt" variant="body2">
              {previewed.taxLabel}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right' }}>
              <Money value={previewed.tax} />
            </Typography>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 700 }}>
              Total, due {formatDay(previewed.dueAt)}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{ m: 0, textAlign: 'right', fontWeight: 700 }}
            >
              <Money value={previewed.total} />
            </Typography>
          </Box>
        ) : null}
        {previewed?.reverseChargeNote && (
          <Typography variant="caption" color="text.secondary">
            {previewed.reverseChargeNote}
          </Typography>
        )}
      </Box>
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </FormDialog>
  );
}
