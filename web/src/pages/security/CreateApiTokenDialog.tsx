import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import {
  describeError,
  fieldErrorsOf,
  graphQLErrorsOf,
  hasErrorCode,
  type FieldErrors,
} from '../../app/graphqlErrors';
import {
  useCreateApiTokenMutation,
  type ApiTokenScope,
  type CreateApiTokenMutation,
} from '../../graphql/generated';
import { prependApiToken } from './apiTokensCache';
import {
  emptyTokenForm,
  expiryOptions,
  scopeOptions,
  toCreateInput,
  tokenFormFields,
  validateTokenForm,
  type TokenFormField,
  type TokenFormValues,
} from './apiTokens';

export type CreatedApiToken = CreateApiTokenMutation['createApiToken'];

type CreateApiTokenDialogProps = {
  open: boolean;
  onClose: () => void;
  /** With the secret, which exists only in this answer. */
  onCreated: (created: CreatedApiToken) => void;
};

/** The plan allows no more tokens: the server's sentence names the plan that allows more. */
function PlanLimitHint({ message }: { message: string }) {
  return (
    <Alert severity="info" role="alert">
      <AlertTitle>Upgrade to create more tokens</AlertTitle>
      {message} Upgrade your plan, or revoke a token you no longer use.
    </Alert>
  );
}

export function CreateApiTokenDialog({ open, onClose, onCreated }: CreateApiTokenDialogProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [values, setValues] = useState<TokenFormValues>(emptyTokenForm);
  const [errors, setErrors] = useState<FieldErrors<TokenFormField>>({});
  const [failure, setFailure] = useState<{ planLimit: boolean; message: string } | null>(null);
  const [createApiToken, { loading }] = useCreateApiTokenMutation();

  const reset = () => {
    setValues(emptyTokenForm);
    setErrors({});
    setFailure(null);
  };
  const close = () => {
    if (loading) return;
    reset();
    onClose();
  };

  /** A field's message goes once the person changes that field. */
  const clearError = (field: TokenFormField) =>
    setErrors((current) => {
      const rest = { ...current };
      delete rest[field];
      return rest;
    });

  const toggleScope = (scope: ApiTokenScope, checked: boolean) => {
    clearError('scopes');
    setValues((current) => ({
      ...current,
      scopes: checked
        ? [...current.scopes, scope]
        : current.scopes.filter((chosen) => chosen !== scope),
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateTokenForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await createApiToken({
        variables: { input: toCreateInput(values) },
        update: (cache, { data }) => {
          if (data) prependApiToken(cache, data.createApiToken.token);
        },
      });
      if (result.data) {
        reset();
        onCreated(result.data.createApiToken);
      }
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error, tokenFormFields);
      setErrors(fieldErrors);
      if (hasErrorCode(error, 'PLAN_LIMIT')) {
        setFailure({ planLimit: true, message: graphQLErrorsOf(error)[0]?.message ?? '' });
      } else if (Object.keys(fieldErrors).length === 0) {
        setFailure({ planLimit: false, message: describeError(error) });
      }
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        sx={{ display: 'contents' }}
      >
        <DialogTitle id={titleId}>Create an API token</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              A token lets one program (an ERP, a reporting tool) read this account’s billing data
              through the API. It can never change anything.
            </Typography>
            {failure &&
              (failure.planLimit ? (
                <PlanLimitHint message={failure.message} />
              ) : (
                <Alert severity="error">{failure.message}</Alert>
              ))}
            <TextField
              label="Name"
              required
              value={values.name}
              onChange={(event) => {
                clearError('name');
                setValues((current) => ({ ...current, name: event.target.value }));
              }}
              error={errors.name !== undefined}
              helperText={errors.name ?? 'What uses the token, e.g. “ERP sync”. Only you see it.'}
              slotProps={{ htmlInput: { maxLength: 100 } }}
              autoFocus
              fullWidth
            />
            <FormControl component="fieldset" error={errors.scopes !== undefined} required>
              <FormLabel component="legend">What the token may read</FormLabel>
              <FormGroup>
                {scopeOptions.map((option) => {
                  const descriptionId = `${titleId}-${option.scope}`;
                  return (
                    <FormControlLabel
                      key={option.scope}
                      sx={{ alignItems: 'flex-start', mt: 1.5, mr: 0 }}
                      control={
                        <Checkbox
                          checked={values.scopes.includes(option.scope)}
                          onChange={(event) => toggleScope(option.scope, event.target.checked)}
                          // A short name; the explanation is its description, not part of it.
                          slotProps={{
                            input: {
                              'aria-label': `${option.label} (${option.code})`,
                              'aria-describedby': descriptionId,
                            },
                          }}
                          sx={{ mt: -1 }}
                        />
                      }
                      label={
                        <>
                          <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
                            {option.label}{' '}
                            <Typography
                              component="span"
                              variant="body2"
                              color="text.secondary"
                              sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
                            >
                              {option.code}
                            </Typography>
                          </Typography>
                          <Typography
                            id={descriptionId}
                            component="span"
                            variant="body2"
                            color="text.secondary"
                            sx={{ display: 'block', mt: 0.25 }}
                          >
                            {option.description}
                          </Typography>
                        </>
                      }
                    />
                  );
                })}
              </FormGroup>
              {errors.scopes && <FormHelperText>{errors.scopes}</FormHelperText>}
            </FormControl>
            <TextField
              select
              label="Expires"
              value={values.expiry}
              onChange={(event) =>
                setValues((current) => ({ ...current, expiry: event.target.value }))
              }
              error={errors.expiresInDays !== undefined}
              helperText={
                errors.expiresInDays ??
                'After this the token stops working. Shorter is safer; you can always create a new one.'
              }
              fullWidth
            >
              {expiryOptions.map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={loading} color="inherit">
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={loading}>
            {loading ? 'Creating…' : 'Create token'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
