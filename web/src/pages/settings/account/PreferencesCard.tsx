import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError, fieldErrorsOf, type FieldErrors } from '../../../app/graphqlErrors';
import { AlertTopicsField } from '../../../components/AlertTopicsField';
import {
  currentPreferences,
  preferenceErrors,
  preferenceFields,
  type PreferenceField,
  type PreferenceValues,
} from '../../../components/accountPreferences';
import { alertOptions } from '../../../components/alertTopics';
import { countryName } from '../../../components/countries';
import { BillingEmailField } from '../../../components/BillingEmailField';
import { CountryField } from '../../../components/CountryField';
import { CurrencyField } from '../../../components/CurrencyField';
import { currencyLabel } from '../../../components/currencies';
import {
  useUpdateAccountPreferencesMutation,
  type AccountPreferencesFragment,
} from '../../../graphql/generated';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';

type PreferencesCardProps = {
  account: AccountPreferencesFragment;
  /** The currencies the catalog sells in. */
  currencies: readonly string[];
  /** Billing Admins change these; everyone else sees them. */
  canEdit: boolean;
};

export const preferencesTitleId = 'account-preferences-title';

/**
 * Account settings › Preferences: the answers given in the first-run wizard (country, currency,
 * billing e-mail, alerts), changed at any time, with the wizard's own fields and wording.
 */
export function PreferencesCard({ account, currencies, canEdit }: PreferencesCardProps) {
  return (
    <Card component="section" id="preferences" aria-labelledby={preferencesTitleId}>
      <CardHeader
        title="Preferences"
        subheader="Your answers from setting up the account: where you are based, how you pay and which e-mails you get."
        slotProps={{ title: { id: preferencesTitleId } }}
      />
      <CardContent>
        {canEdit ? (
          <PreferencesForm
            initialValues={currentPreferences(account)}
            currencies={currencies}
            followsBillingDetails={account.billingDetails != null}
          />
        ) : (
          <PreferencesSummary values={currentPreferences(account)} />
        )}
      </CardContent>
    </Card>
  );
}

type PreferencesFormProps = {
  initialValues: PreferenceValues;
  currencies: readonly string[];
  /** Billing details exist: their country and e-mail change along. */
  followsBillingDetails: boolean;
};

function PreferencesForm({
  initialValues,
  currencies,
  followsBillingDetails,
}: PreferencesFormProps) {
  // What was typed stays here across failed saves; only a successful save replaces it.
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors<PreferenceField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const notice = useSuccessNotice();
  const [updatePreferences, { loading: saving }] = useUpdateAccountPreferencesMutation();

  const set = <F extends keyof PreferenceValues>(field: F, value: PreferenceValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const problems = preferenceErrors(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const result = await updatePreferences({
        variables: { input: { ...values, billingEmail: values.billingEmail.trim() } },
      });
      const account = result.data?.updateAccountPreferences;
      if (account) setValues(currentPreferences(account));
      notice.notify('Preferences saved.');
    } catch (error) {
      const fieldErrors = fieldErrorsOf<PreferenceField>(error, preferenceFields);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(describeError(error));
    }
  };

  const alsoOnDetails = followsBillingDetails ? ' Your billing details change too.' : '';

  return (
    <Box component="form" noValidate onSubmit={(event) => void save(event)}>
      {formError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setFormError(null)}>
          {formError}
        </Alert>
      )}
      <Stack spacing={2.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2.5} sx={{ '& > *': { flex: 1 } }}>
          <CountryField
            value={values.country}
            onChange={(country) => set('country', country)}
            required
            error={errors.country !== undefined}
            helperText={
              errors.country ?? `Where the company is based; taxes follow it.${alsoOnDetails}`
            }
          />
          <CurrencyField
            value={values.currency}
            onChange={(currency) => set('currency', currency)}
            currencies={currencies}
            error={errors.currency !== undefined}
            helperText={errors.currency ?? 'Plans are offered to you in this currency first.'}
          />
        </Stack>
        <BillingEmailField
          value={values.billingEmail}
          onChange={(billingEmail) => set('billingEmail', billingEmail)}
          error={errors.billingEmail !== undefined}
          helperText={errors.billingEmail ?? `Invoices and receipts go here.${alsoOnDetails}`}
        />
        <AlertTopicsField
          legend="E-mail alerts"
          value={values.alerts}
          onChange={(alerts) => set('alerts', alerts)}
          error={errors.alerts}
        />
      </Stack>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
        <Button type="submit" variant="contained" loading={saving} disabled={saving}>
          Save preferences
        </Button>
      </Box>
      <SuccessSnackbar notice={notice} />
    </Box>
  );
}

/** What members who cannot change the preferences see: the answers, and who can change them. */
function PreferencesSummary({ values }: { values: PreferenceValues }) {
  const notSet = (
    <Typography component="span" color="text.secondary">
      Not set yet
    </Typography>
  );
  const chosen = alertOptions.filter(({ topic }) => values.alerts.includes(topic));
  const rows: { term: string; description: ReactNode }[] = [
    { term: 'Country', description: values.country ? countryName(values.country) : notSet },
    { term: 'Currency', description: values.currency ? currencyLabel(values.currency) : notSet },
    { term: 'Billing e-mail', description: values.billingEmail || notSet },
    {
      term: 'E-mail alerts',
      description:
        chosen.length === 0 ? (
          'None: invoices and alerts stay in Ledgerline only.'
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {chosen.map(({ topic, label }) => (
              <li key={topic}>{label}</li>
            ))}
          </Box>
        ),
    },
  ];
  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        Only a Billing Admin of this account can change these preferences.
      </Alert>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, auto) 1fr' },
          columnGap: 3,
          rowGap: { xs: 0.5, sm: 1.5 },
          '& dt': { color: 'text.secondary', mt: { xs: 1.5, sm: 0 } },
          '& dd': { m: 0, overflowWrap: 'anywhere' },
        }}
      >
        {rows.map(({ term, description }) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2">
              {term}
            </Typography>
            <Typography component="dd" variant="body2">
              {description}
            </Typography>
          </Box>
        ))}
      </Box>
    </>
  );
}
