import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { describeError, fieldErrorsOf } from '../../../app/graphqlErrors';
import { useUpdateAccountMutation } from '../../../graphql/generated';
import { accountNameMaxLength, validateAccountName } from './accountName';
import { SavedSnackbar } from './SavedSnackbar';

type AccountNameFormProps = {
  currentName: string;
  /** Members without the permission see the name but cannot change it. */
  canEdit: boolean;
};

export function AccountNameForm({ currentName, canEdit }: AccountNameFormProps) {
  const [name, setName] = useState(currentName);
  // Checked as the user types only after the first save attempt, so nobody is scolded mid-word.
  const [submitted, setSubmitted] = useState(false);
  const [serverFieldError, setServerFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateAccount, { loading: saving }] = useUpdateAccountMutation();

  const clientError = submitted ? validateAccountName(name) : null;
  const fieldError = clientError ?? serverFieldError;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    setServerFieldError(null);
    if (validateAccountName(name)) return;
    try {
      const result = await updateAccount({ variables: { input: { name: name.trim() } } });
      const savedName = result.data?.updateAccount.name;
      if (savedName != null) setName(savedName);
      setSubmitted(false);
      setSaved(true);
    } catch (error) {
      // The typed name stays in the field so the user can fix it rather than retype it.
      const fieldErrors = fieldErrorsOf(error, ['name']);
      if (fieldErrors.name) setServerFieldError(fieldErrors.name);
      else setFormError(describeError(error));
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void save(event)}>
      {formError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setFormError(null)}>
          {formError}
        </Alert>
      )}
      <TextField
        label="Account name"
        name="name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setServerFieldError(null);
        }}
        required
        disabled={!canEdit}
        error={fieldError != null}
        helperText={
          fieldError ??
          `Shown on invoices and to everyone in the account. Up to ${accountNameMaxLength} characters.`
        }
        slotProps={{ htmlInput: { autoComplete: 'organization' } }}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
        <Button type="submit" variant="contained" loading={saving} disabled={!canEdit || saving}>
          Save changes
        </Button>
      </Box>
      <SavedSnackbar open={saved} onClose={() => setSaved(false)} message="Account name saved." />
    </Box>
  );
}
