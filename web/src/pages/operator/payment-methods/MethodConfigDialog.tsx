import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { CountryField } from '../../../components/CountryField';
import { FormDialog } from '../../../components/FormDialog';
import { paymentMethodKindLabels } from '../../../components/paymentMethodKinds';
import { describeError, fieldErrorsOf, graphQLErrorsOf } from '../../../app/graphqlErrors';
import {
  PaymentMethodKind,
  type PaymentMethodConfigRowFragment,
  useSetPaymentMethodConfigMutation,
} from '../../../graphql/generated';

type Account = { currency: string; details: string; instructions: string };

/** Every method, the offered ones first in their order, then the others (unticked). */
function methodList(offered: readonly PaymentMethodKind[]) {
  const rest = Object.values(PaymentMethodKind).filter((method) => !offered.includes(method));
  return [
    ...offered.map((method) => ({ method, on: true })),
    ...rest.map((method) => ({ method, on: false })),
  ];
}

/** The server's messages for one bank account's fields, by path (`bankAccounts.1.details`). */
function bankFieldErrors(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    const raw = graphQLError.extensions?.field;
    const field = typeof raw === 'string' ? raw.replace(/^input\./, '') : '';
    if (field.startsWith('bankAccounts.')) found[field] ??= graphQLError.message;
  }
  return found;
}

/**
 * Add or edit one country's row (or the default row): the methods in the order customers see
 * them, and a bank account per currency for bank transfers. Saved whole.
 */
export function MethodConfigDialog({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null: a new country. */
  editing: PaymentMethodConfigRowFragment | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const isDefault = editing !== null && editing.country == null;
  const [country, setCountry] = useState(editing?.country ?? '');
  const [methods, setMethods] = useState(() =>
    methodList(editing?.methods ?? [PaymentMethodKind.BankTransfer]),
  );
  const [accounts, setAccounts] = useState<Account[]>(() =>
    (editing?.bankAccounts ?? []).map(({ currency, details, instructions }) => ({
      currency,
      details,
      instructions,
    })),
  );
  const [checks, setChecks] = useState<{ country?: string; methods?: string }>({});
  const [save, { loading, error, reset }] = useSetPaymentMethodConfigMutation({
    refetchQueries: ['PaymentMethodConfigs'],
    awaitRefetchQueries: true,
  });
  const server = fieldErrorsOf(error, ['country', 'methods', 'bankAccounts'] as const);
  const bankErrors = bankFieldErrors(error);
  const offered = methods.filter((entry) => entry.on).map((entry) => entry.method);
  const bankTransferOn = offered.includes(PaymentMethodKind.BankTransfer);
  const otherError =
    error &&
    !server.country &&
    !server.methods &&
    !server.bankAccounts &&
    Object.keys(bankErrors).length === 0
      ? describeError(error)
      : null;

  const move = (index: number, by: -1 | 1) =>
    setMethods((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const setAccount = (index: number, patch: Partial<Account>) =>
    setAccounts((list) => list.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const submit = async () => {
    const found: typeof checks = {};
    if (!isDefault && editing === null && country === '') found.country = 'Choose a country.';
    if (offered.length === 0) found.methods = 'Offer at least one payment method.';
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    reset();
    try {
      await save({
        variables: {
          input: {
            country: isDefault ? null : country,
            methods: offered,
            bankAccounts: bankTransferOn ? accounts : [],
          },
        },
      });
      onSaved(isDefault ? 'Default payment methods saved.' : `Payment methods saved.`);
    } catch {
      // Shown from `error`.
    }
  };

  const title = isDefault
    ? 'Default payment methods'
    : editing
      ? 'Edit payment methods'
      : 'Payment methods for a country';

  return (
    <FormDialog
      open={open}
      title={title}
      busy={loading}
      submitLabel="Save"
      busyLabel="Saving…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {isDefault ? (
        <Typography variant="body2" color="text.secondary">
          Every country without its own row is offered these.
        </Typography>
      ) : (
        <CountryField
          value={country}
          onChange={setCountry}
          required
          disabled={editing !== null}
          error={Boolean(checks.country ?? server.country)}
          helperText={checks.country ?? server.country ?? 'The customer’s billing country.'}
        />
      )}
      <Box component="fieldset" sx={{ border: 0, m: 0, p: 0 }}>
        <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
          Offered methods, in the order customers see them
        </Typography>
        {methods.map((entry, index) => (
          <Box key={entry.method} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <FormControlLabel
              sx={{ flex: 1 }}
              control={
                <Checkbox
                  checked={entry.on}
                  onChange={(event) =>
                    setMethods((list) =>
                      list.map((item, i) =>
                        i === index ? { ...item, on: event.target.checked } : item,
                      ),
                    )
                  }
                />
              }
              label={paymentMethodKindLabels[entry.method]}
            />
            <IconButton
              aria-label={`Move ${paymentMethodKindLabels[entry.method]} up`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              <ArrowUpwardIcon />
            </IconButton>
            <IconButton
              aria-label={`Move ${paymentMethodKindLabels[entry.method]} down`}
              disabled={index === methods.length - 1}
              onClick={() => move(index, 1)}
            >
              <ArrowDownwardIcon />
            </IconButton>
          </Box>
        ))}
        <Typography
          variant="caption"
          color={checks.methods || server.methods ? 'error' : 'text.secondary'}
        >
          {checks.methods ??
            server.methods ??
            'Card is shown only while Stripe is configured on this portal.'}
        </Typography>
      </Box>
      {bankTransferOn && (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="subtitle2" component="h3">
            Bank accounts
          </Typography>
          <Typography variant="body2" color="text.secondary">
            One per currency. A currency without one here uses the default row’s account, else the
            portal’s BANK_TRANSFER_INSTRUCTIONS.
          </Typography>
          {server.bankAccounts && <Alert severity="error">{server.bankAccounts}</Alert>}
          {accounts.map((account, index) => (
            <Paper key={index} variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                <TextField
                  label="Currency"
                  value={account.currency}
                  onChange={(event) =>
                    setAccount(index, { currency: event.target.value.toUpperCase().slice(0, 3) })
                  }
                  error={Boolean(bankErrors[`bankAccounts.${index}.currency`])}
                  helperText={bankErrors[`bankAccounts.${index}.currency`] ?? 'e.g. EUR'}
                  sx={{ width: 140 }}
                />
                <Box sx={{ flex: 1 }} />
                <IconButton
                  aria-label={`Remove the ${account.currency || 'new'} bank account`}
                  onClick={() => setAccounts((list) => list.filter((_, i) => i !== index))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Box>
              <TextField
                label="Bank details"
                multiline
                minRows={3}
                value={account.details}
                onChange={(event) => setAccount(index, { details: event.target.value })}
                error={Boolean(bankErrors[`bankAccounts.${index}.details`])}
                helperText={
                  bankErrors[`bankAccounts.${index}.details`] ??
                  'Account holder, IBAN or account number, BIC, bank.'
                }
              />
              <TextField
                label="Instructions (optional)"
                multiline
                minRows={2}
                value={account.instructions}
                onChange={(event) => setAccount(index, { instructions: event.target.value })}
                error={Boolean(bankErrors[`bankAccounts.${index}.instructions`])}
                helperText={
                  bankErrors[`bankAccounts.${index}.instructions`] ??
                  'E.g. “Quote the invoice number. Transfers take up to two business days.”'
                }
              />
            </Paper>
          ))}
          <Box>
            <Button
              startIcon={<AddIcon />}
              onClick={() =>
                setAccounts((list) => [...list, { currency: '', details: '', instructions: '' }])
              }
            >
              Add a bank account
            </Button>
          </Box>
        </Box>
      )}
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </FormDialog>
  );
}
