import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { FormDialog } from '../../../components/FormDialog';
import { codeOf, describeError, graphQLErrorsOf } from '../../../app/graphqlErrors';
import {
  BillingInterval,
  PlanCatalogDocument,
  type PlanCatalogQuery,
  useSavePlanMutation,
} from '../../../graphql/generated';
import { type PlanField, type PlanFormValues, type PriceRow, planInputOf } from './planForm';

type Vocabulary = PlanCatalogQuery['planCatalog'];

const intervalWords: Record<BillingInterval, string> = { MONTH: 'Monthly', YEAR: 'Yearly' };

/** The server's field (an input path) as the form names it: limits by key, features whole. */
function formFieldOf(path: string, limitKeys: readonly string[]): PlanField {
  const field = path.replace(/^input\./, '');
  const limit = /^limits\.(\d+)\./.exec(field);
  if (limit) return `limits.${limitKeys[Number(limit[1])] ?? ''}`;
  if (field.startsWith('features.')) return 'features';
  return field as PlanField;
}

type PlanEditorDialogProps = {
  initial: PlanFormValues;
  /** Live subscriptions on the plan: they keep their price version when an amount changes. */
  liveSubscriptions: number;
  vocabulary: Vocabulary;
  onClose: () => void;
  onSaved: (name: string) => void;
};

/**
 * Creates or edits a plan. Changed amounts become new price versions on the server; the note says
 * so, with how many running subscriptions keep what they pay.
 */
export function PlanEditorDialog({
  initial,
  liveSubscriptions,
  vocabulary,
  onClose,
  onSaved,
}: PlanEditorDialogProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useSavePlanMutation({
    refetchQueries: [{ query: PlanCatalogDocument }],
    awaitRefetchQueries: true,
  });
  const limitKeys = vocabulary.limits.map((l) => l.key);
  const creating = values.planId === null;

  const set = <K extends keyof PlanFormValues>(
    key: K,
    value: PlanFormValues[K],
    field?: PlanField,
  ) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (field) setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const setPrice = (index: number, change: Partial<PriceRow>) => {
    setValues((current) => ({
      ...current,
      prices: current.prices.map((row, i) => (i === index ? { ...row, ...change } : row)),
    }));
    setErrors((current) => {
      const next = { ...current };
      for (const part of ['currency', 'unitAmount', 'perSeatAmount'] as const) {
        delete next[`prices.${index}.${part}`];
      }
      return next;
    });
  };

  async function submit() {
    setFailure(null);
    const checked = planInputOf(values, limitKeys);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    try {
      const result = await save({ variables: { input: checked.input } });
      if (result.data) onSaved(result.data.savePlan.name);
    } catch (error) {
      const [first] = graphQLErrorsOf(error);
      const field = first?.extensions?.field;
      if (first && codeOf(first) === 'BAD_USER_INPUT' && typeof field === 'string') {
        setErrors({ [formFieldOf(field, limitKeys)]: first.message });
        setFailure(first.message);
      } else {
        setFailure(describeError(error));
      }
    }
  }

  return (
    <FormDialog
      open
      title={creating ? 'New plan' : `Edit ${initial.name}`}
      busy={loading}
      submitLabel={creating ? 'Create plan' : 'Save plan'}
      busyLabel="Saving…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {failure && <Alert severity="error">{failure}</Alert>}
      {!creating && liveSubscriptions > 0 && (
        <Alert severity="info">
          A changed amount becomes a new price version for new subscribers. The{' '}
          {liveSubscriptions === 1
            ? 'running subscription keeps'
            : `${liveSubscriptions} running subscriptions keep`}{' '}
          the version they pay until they change plan. Seats, trial, fee, features and limits apply
          to everyone on the plan.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label="Name"
          value={values.name}
          onChange={(e) => set('name', e.target.value, 'name')}
          error={!!errors.name}
          helperText={errors.name}
          required
          fullWidth
        />
        <TextField
          label="Code"
          value={values.code}
          onChange={(e) => set('code', e.target.value, 'code')}
          error={!!errors.code}
          helperText={
            errors.code ?? (creating ? 'Permanent, e.g. “scale”.' : 'A plan keeps its code.')
          }
          disabled={!creating}
          required
          fullWidth
        />
      </Stack>
      <TextField
        label="Description"
        value={values.description}
        onChange={(e) => set('description', e.target.value, 'description')}
        error={!!errors.description}
        helperText={errors.description}
        multiline
        minRows={2}
      />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' },
        }}
      >
        <TextField
          label="Included seats"
          value={values.includedSeats}
          onChange={(e) => set('includedSeats', e.target.value, 'includedSeats')}
          error={!!errors.includedSeats}
          helperText={errors.includedSeats}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          label="Trial days"
          value={values.trialDays}
          onChange={(e) => set('trialDays', e.target.value, 'trialDays')}
          error={!!errors.trialDays}
          helperText={errors.trialDays ?? '0 for none'}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          label="Cancellation fee %"
          value={values.cancellationFeePercent}
          onChange={(e) => set('cancellationFeePercent', e.target.value, 'cancellationFeeBps')}
          error={!!errors.cancellationFeeBps}
          helperText={errors.cancellationFeeBps ?? 'of the remaining contract'}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <TextField
          label="Rank"
          value={values.rank}
          onChange={(e) => set('rank', e.target.value, 'rank')}
          error={!!errors.rank}
          helperText={errors.rank ?? 'order, lowest first'}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Box>
      {creating && (
        <FormControlLabel
          control={
            <Switch
              checked={values.customPricing}
              onChange={(e) => set('customPricing', e.target.checked, 'customPricing')}
            />
          }
          label="Priced per account (an operator sets each contract's price)"
        />
      )}
      <FormControl component="fieldset" error={!!errors.features}>
        <FormLabel component="legend">Features</FormLabel>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {vocabulary.features.map((feature) => (
            <FormControlLabel
              key={feature.key}
              control={
                <Checkbox
                  size="small"
                  checked={values.features.includes(feature.key)}
                  onChange={(e) =>
                    set(
                      'features',
                      e.target.checked
                        ? [...values.features, feature.key]
                        : values.features.filter((k) => k !== feature.key),
                      'features',
                    )
                  }
                />
              }
              label={feature.label}
            />
          ))}
        </FormGroup>
        {errors.features && <FormHelperText>{errors.features}</FormHelperText>}
      </FormControl>
      <Box>
        <FormLabel component="p" sx={{ mb: 1 }}>
          Limits (empty is unlimited)
        </FormLabel>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {vocabulary.limits.map((limit) => (
            <TextField
              key={limit.key}
              label={limit.label}
              value={values.limits[limit.key] ?? ''}
              onChange={(e) =>
                set(
                  'limits',
                  { ...values.limits, [limit.key]: e.target.value },
                  `limits.${limit.key}`,
                )
              }
              error={!!errors[`limits.${limit.key}`]}
              helperText={errors[`limits.${limit.key}`]}
              placeholder="Unlimited"
              fullWidth
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          ))}
        </Stack>
      </Box>
      {!values.customPricing && (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <FormLabel component="legend" sx={{ mb: 1 }}>
            Prices per period
          </FormLabel>
          {errors.prices && (
            <Typography color="error" variant="body2" sx={{ mb: 1 }}>
              {errors.prices}
            </Typography>
          )}
          <Stack spacing={2}>
            {values.prices.map((row, index) => (
              <Box
                key={index}
                sx={{
                  display: 'grid',
                  gap: 1,
                  alignItems: 'start',
                  gridTemplateColumns: { xs: '1fr 1fr auto', sm: '1.1fr 0.8fr 1fr 1fr auto' },
                }}
              >
                <TextField
                  select
                  label="Interval"
                  size="small"
                  value={row.interval}
                  onChange={(e) => setPrice(index, { interval: e.target.value as BillingInterval })}
                >
                  {Object.values(BillingInterval).map((interval) => (
                    <MenuItem key={interval} value={interval}>
                      {intervalWords[interval]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  label="Currency"
                  size="small"
                  value={row.currency}
                  onChange={(e) => setPrice(index, { currency: e.target.value.toUpperCase() })}
                  error={!!errors[`prices.${index}.currency`]}
                  helperText={errors[`prices.${index}.currency`]}
                  slotProps={{
                    htmlInput: { maxLength: 3, 'aria-label': `Price ${index + 1} currency` },
                  }}
                />
                <IconButton
                  aria-label={`Remove price ${index + 1}`}
                  onClick={() =>
                    set(
                      'prices',
                      values.prices.filter((_, i) => i !== index),
                    )
                  }
                  sx={{ gridColumn: { xs: 3, sm: 5 }, gridRow: 1 }}
                >
                  <DeleteOutlineIcon />
                </IconButton>
                <TextField
                  label="Amount"
                  size="small"
                  value={row.amount}
                  onChange={(e) => setPrice(index, { amount: e.target.value })}
                  error={!!errors[`prices.${index}.unitAmount`]}
                  helperText={errors[`prices.${index}.unitAmount`]}
                  slotProps={{
                    htmlInput: { inputMode: 'decimal', 'aria-label': `Price ${index + 1} amount` },
                  }}
                />
                <TextField
                  label="Per extra seat"
                  size="small"
                  value={row.perSeat}
                  placeholder="none"
                  onChange={(e) => setPrice(index, { perSeat: e.target.value })}
                  error={!!errors[`prices.${index}.perSeatAmount`]}
                  helperText={errors[`prices.${index}.perSeatAmount`]}
                  slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                />
              </Box>
            ))}
            <Box>
              <Button
                startIcon={<AddIcon />}
                onClick={() =>
                  set('prices', [
                    ...values.prices,
                    {
                      interval: 'MONTH',
                      currency: values.prices.at(-1)?.currency ?? 'USD',
                      amount: '',
                      perSeat: '',
                    },
                  ])
                }
              >
                Add a price
              </Button>
            </Box>
          </Stack>
        </Box>
      )}
    </FormDialog>
  );
}
