import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError } from '../../app/graphqlErrors';
import { FormDialog } from '../../components/FormDialog';
import { useDialogForm } from '../../components/useDialogForm';
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
  const idPrefix = useId();
  const form = useDialogForm({
    empty: emptyTokenForm,
    fields: tokenFormFields,
    validate: validateTokenForm,
    limitCode: 'PLAN_LIMIT',
    describeFailure: describeError,
  });
  const { values, errors, failure } = form;
  const [createApiToken, { loading }] = useCreateApiTokenMutation();

  const close = () => {
    form.reset();
    onClose();
  };

  const toggleScope = (scope: ApiTokenScope, checked: boolean) =>
    form.change(
      (current) => ({
        ...current,
        scopes: checked
          ? [...current.scopes, scope]
          : current.scopes.filter((chosen) => chosen !== scope),
      }),
      'scopes',
    );

  const submit = () =>
    form.submit(async (values) => {
      const result = await createApiToken({
        variables: { input: toCreateInput(values) },
        update: (cache, { data }) => {
          if (data) prependApiToken(cache, data.createApiToken.token);
        },
      });
      if (!result.data) return false;
      onCreated(result.data.createApiToken);
      return true;
    });

  return (
    <FormDialog
      open={open}
      title="Create an API token"
      busy={loading}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit={() => void submit()}
      onClose={close}
    >
      <Typography variant="body2" color="text.secondary">
        A token lets one program (an ERP, a reporting tool) read this account’s billing data through
        the API. It can never change anything.
      </Typography>
      {failure &&
        (failure.limit ? (
          <PlanLimitHint message={failure.message} />
        ) : (
          <Alert severity="error">{failure.message}</Alert>
        ))}
      <TextField
        label="Name"
        required
        value={values.name}
        onChange={(event) => {
          const name = event.target.value;
          form.change((current) => ({ ...current, name }), 'name');
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
            const descriptionId = `${idPrefix}-${option.scope}`;
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
        onChange={(event) => {
          const expiry = event.target.value;
          form.change((current) => ({ ...current, expiry }));
        }}
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
    </FormDialog>
  );
}
