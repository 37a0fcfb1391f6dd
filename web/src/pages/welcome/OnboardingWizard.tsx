import { useId, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AlertTopicsField } from '../../components/AlertTopicsField';
import { BillingEmailField } from '../../components/BillingEmailField';
import { CountryField } from '../../components/CountryField';
import { CurrencyField } from '../../components/CurrencyField';
import { catalogCurrencies } from '../../components/currencies';
import { describeError, fieldErrorsOf } from '../../app/graphqlErrors';
import type { OnboardingWizardQuery } from '../../graphql/generated';
import {
  firstStepWithError,
  onboardingFields,
  onboardingSteps,
  suggestedCurrency,
  validateStep,
  type OnboardingErrors,
  type OnboardingField,
  type OnboardingValues,
} from './onboardingForm';

type OnboardingWizardProps = {
  initialValues: OnboardingValues;
  /** The account has a preferred currency already: the country no longer suggests one. */
  currencyChosen: boolean;
  plans: OnboardingWizardQuery['plans'];
  skipping: boolean;
  /** Saves the answers; a rejection carries the server's field errors. */
  onSubmit: (values: OnboardingValues) => Promise<void>;
  onSkip: () => Promise<void>;
};

/**
 * Three short steps in one form. Every answer stays in this component's state across steps and
 * failed attempts, so nothing typed is lost; a server error takes the person back to the step of
 * the first field it names and shows each message under its field.
 */
export function OnboardingWizard({
  initialValues,
  currencyChosen,
  plans,
  skipping,
  onSubmit,
  onSkip,
}: OnboardingWizardProps) {
  const headingId = useId();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<OnboardingErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const currencyTouched = useRef(currencyChosen);
  const currencies = catalogCurrencies(plans);
  const last = step === onboardingSteps.length - 1;
  const busy = saving || skipping;

  const set = <F extends keyof OnboardingValues>(field: F, value: OnboardingValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const stepErrors = validateStep(step, values);
    if (Object.keys(stepErrors).length > 0) {
      setErrors(stepErrors);
      return;
    }
    if (!last) {
      setStep(step + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (problem) {
      const fieldErrors = fieldErrorsOf<OnboardingField>(problem, onboardingFields);
      const back = firstStepWithError(fieldErrors);
      setErrors(fieldErrors);
      if (back === null) setFailure(describeError(problem));
      else setStep(back);
      setSaving(false);
    }
  };

  const skip = async () => {
    setFailure(null);
    try {
      await onSkip();
    } catch (problem) {
      setFailure(describeError(problem));
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <Typography variant="h5" component="h1" id={headingId} gutterBottom>
        Welcome to Ledgerline
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        Three quick questions to set up your account. You can change every answer later in Account
        settings.
      </Typography>
      <Stepper activeStep={step} alternativeLabel sx={{ mb: 3 }}>
        {onboardingSteps.map(({ label, fields }) => (
          <Step key={label}>
            <StepLabel error={fields.some((field) => errors[field] !== undefined)}>
              {label}
            </StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 0 && (
        <Stack spacing={2.5}>
          <TextField
            label="Company name"
            name="companyName"
            value={values.companyName}
            onChange={(event) => set('companyName', event.target.value)}
            error={errors.companyName !== undefined}
            helperText={errors.companyName ?? 'Shown to your team and on invoices.'}
            required
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <CountryField
            value={values.country}
            onChange={(country) => {
              set('country', country);
              // Follow the country until a currency is chosen on purpose.
              if (!currencyTouched.current) {
                set('currency', suggestedCurrency(country, currencies));
              }
            }}
            required
            error={errors.country !== undefined}
            helperText={errors.country ?? 'Where the company is based; taxes follow it.'}
          />
        </Stack>
      )}

      {step === 1 && (
        <Stack spacing={2.5}>
          <CurrencyField
            value={values.currency}
            onChange={(currency) => {
              currencyTouched.current = true;
              set('currency', currency);
            }}
            currencies={currencies}
            error={errors.currency !== undefined}
            helperText={errors.currency ?? 'Plans are offered to you in this currency first.'}
          />
          <BillingEmailField
            value={values.billingEmail}
            onChange={(billingEmail) => set('billingEmail', billingEmail)}
            error={errors.billingEmail !== undefined}
            helperText={errors.billingEmail ?? 'Invoices and receipts go here.'}
          />
        </Stack>
      )}

      {step === 2 && (
        <AlertTopicsField
          legend="Which e-mails do you want?"
          value={values.alerts}
          onChange={(alerts) => set('alerts', alerts)}
          error={errors.alerts}
        />
      )}

      {failure && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {failure}
        </Alert>
      )}

      <Box
        sx={{
          mt: 3,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 1,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Button onClick={() => void skip()} disabled={busy} color="inherit">
          Skip for now
        </Button>
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto' }}>
          {step > 0 && (
            <Button onClick={() => setStep(step - 1)} disabled={busy}>
              Back
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={busy}>
            {last ? (saving ? 'Saving…' : 'Finish') : 'Next'}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}
