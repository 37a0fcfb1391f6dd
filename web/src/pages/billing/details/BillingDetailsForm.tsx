import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError, fieldErrorsOf } from '../../../app/graphqlErrors';
import { CountryField } from '../../../components/CountryField';
import { useUpdateBillingDetailsMutation, type TaxIdType } from '../../../graphql/generated';
import { writeAccountBillingDetails } from './billingDetailsCache';
import {
  billingDetailsFields,
  isRegionRequired,
  maxLengthOf,
  postalCodeLabel,
  regionLabel,
  taxIdHints,
  taxIdTypeLabels,
  taxIdTypes,
  toUpdateInput,
  validateBillingDetails,
  type BillingDetailsErrors,
  type BillingDetailsField,
  type BillingDetailsFormValues,
} from './billingDetailsForm';

type BillingDetailsFormProps = {
  accountId: string;
  initialValues: BillingDetailsFormValues;
  onSaved: () => void;
  onCancel: () => void;
};

type TextInputField = Exclude<BillingDetailsField, 'taxIdType' | 'country'>;

/** The select's value for "No tax id" (a select option cannot have null as its value). */
const noTaxId = 'NONE';

function isTaxIdType(value: string): value is TaxIdType {
  return (taxIdTypes as string[]).includes(value);
}

/** Server messages about these fields may no longer hold once the country changes. */
const dependsOnCountry: readonly BillingDetailsField[] = ['region', 'postalCode', 'taxIdValue'];

const fullRow = { gridColumn: '1 / -1' };
const halfRow = { gridColumn: { xs: '1 / -1', sm: 'span 3' } };
const thirdRow = { gridColumn: { xs: '1 / -1', sm: 'span 3', md: 'span 2' } };

export function BillingDetailsForm({
  accountId,
  initialValues,
  onSaved,
  onCancel,
}: BillingDetailsFormProps) {
  const [values, setValues] = useState(initialValues);
  // Checked as the user types only after the first save attempt, so nobody is scolded mid-word.
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<BillingDetailsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [updateBillingDetails, { loading: saving }] = useUpdateBillingDetailsMutation({
    update(cache, { data }) {
      if (data) writeAccountBillingDetails(cache, accountId, data.updateBillingDetails);
    },
  });

  const clientErrors = submitted ? validateBillingDetails(values) : {};
  const errorOf = (field: BillingDetailsField) => clientErrors[field] ?? serverErrors[field];
  const hasServerFieldErrors = Object.keys(serverErrors).length > 0;

  // After a failed save, take the reader to the first field that needs fixing.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const change = <Field extends BillingDetailsField>(
    field: Field,
    value: BillingDetailsFormValues[Field],
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => {
      const stale = field === 'country' ? [field, ...dependsOnCountry] : [field];
      return Object.fromEntries(
        Object.entries(current).filter(([name]) => !stale.includes(name as BillingDetailsField)),
      );
    });
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    setServerErrors({});
    if (Object.keys(validateBillingDetails(values)).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    try {
      await updateBillingDetails({ variables: { input: toUpdateInput(values) } });
      onSaved();
    } catch (error) {
      // What was typed stays in the fields, so the reader fixes it rather than retyping it.
      const fieldErrors = fieldErrorsOf(error, billingDetailsFields);
      if (Object.keys(fieldErrors).length > 0) {
        setServerErrors(fieldErrors);
        setFocusRequest((count) => count + 1);
      } else {
        setFormError(describeError(error));
      }
    }
  };

  const textFieldProps = (field: TextInputField, hint?: string) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    error: errorOf(field) != null,
    helperText: errorOf(field) ?? hint,
    disabled: saving,
  });
  const inputAttributes = (autoComplete: string, field: TextInputField) => ({
    htmlInput: { autoComplete, maxLength: maxLengthOf(field) },
  });

  const regionIsRequired = isRegionRequired(values.country);
  const taxIdType = values.taxIdType;

  return (
    <Box component="form" ref={formRef} noValidate onSubmit={(event) => void save(event)}>
      {formError && (
        <Alert severity="error" sx={{ mb: 3 }} onClose={() => setFormError(null)}>
          {formError}
        </Alert>
      )}
      {hasServerFieldErrors && (
        <Alert severity="error" sx={{ mb: 3 }}>
          Some details need fixing — see the messages under the highlighted fields.
        </Alert>
      )}

      <FormSection title="Company">
        <TextField
          {...textFieldProps('legalName', 'The registered name invoices are addressed to.')}
          label="Legal name"
          required
          slotProps={inputAttributes('organization', 'legalName')}
          sx={fullRow}
        />
        <TextField
          {...textFieldProps('billingEmail', 'Invoices and receipts are sent here.')}
          label="Billing e-mail"
          type="email"
          required
          slotProps={inputAttributes('email', 'billingEmail')}
          sx={fullRow}
        />
      </FormSection>

      <FormSection title="Address">
        <Box sx={fullRow}>
          <CountryField
            value={values.country}
            onChange={(code) => change('country', code)}
            required
            disabled={saving}
            error={errorOf('country') != null}
            helperText={errorOf('country')}
          />
        </Box>
        <TextField
          {...textFieldProps('line1')}
          label="Street address"
          required
          slotProps={inputAttributes('address-line1', 'line1')}
          sx={fullRow}
        />
        <TextField
          {...textFieldProps('line2', 'Suite, floor, or c/o — optional.')}
          label="Address line 2"
          slotProps={inputAttributes('address-line2', 'line2')}
          sx={fullRow}
        />
        <TextField
          {...textFieldProps('city')}
          label="City"
          required
          slotProps={inputAttributes('address-level2', 'city')}
          sx={thirdRow}
        />
        <TextField
          {...textFieldProps('region')}
          label={regionLabel(values.country)}
          required={regionIsRequired}
          slotProps={inputAttributes('address-level1', 'region')}
          sx={thirdRow}
        />
        <TextField
          {...textFieldProps('postalCode')}
          label={postalCodeLabel(values.country)}
          required
          slotProps={inputAttributes('postal-code', 'postalCode')}
          sx={thirdRow}
        />
      </FormSection>

      <FormSection
        title="Tax id"
        description="Printed on invoices. For EU businesses, a valid VAT number can make invoices reverse-charged."
      >
        <TextField
          select
          name="taxIdType"
          label="Tax id type"
          value={taxIdType ?? noTaxId}
          onChange={(event) =>
            change('taxIdType', isTaxIdType(event.target.value) ? event.target.value : null)
          }
          error={errorOf('taxIdType') != null}
          helperText={errorOf('taxIdType')}
          disabled={saving}
          sx={halfRow}
        >
          <MenuItem value={noTaxId}>No tax id</MenuItem>
          {taxIdTypes.map((type) => (
            <MenuItem key={type} value={type}>
              {taxIdTypeLabels[type]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...textFieldProps(
            'taxIdValue',
            taxIdType ? taxIdHints[taxIdType] : 'Choose the kind of tax id first.',
          )}
          label="Tax id"
          required={taxIdType !== null}
          disabled={saving || taxIdType === null}
          slotProps={inputAttributes('off', 'taxIdValue')}
          sx={halfRow}
        />
      </FormSection>

      <Box
        sx={{
          display: 'flex',
          flexDirection: { xs: 'column-reverse', sm: 'row' },
          justifyContent: 'flex-end',
          gap: 1.5,
          mt: 1,
        }}
      >
        <Button onClick={onCancel} disabled={saving} color="inherit">
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={saving} disabled={saving}>
          Save billing details
        </Button>
      </Box>
    </Box>
  );
}

type FormSectionProps = {
  title: string;
  description?: string;
  children: ReactNode;
};

function FormSection({ title, description, children }: FormSectionProps) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 4, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ p: 0, mb: description ? 0.25 : 2 }}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {description}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(6, minmax(0, 1fr))' },
          columnGap: 2,
          rowGap: 2.5,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
