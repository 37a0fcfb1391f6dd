import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import {
  describeErrorNaming,
  fieldErrorsOf,
  graphQLErrorsOf,
  hasErrorCode,
  type FieldErrors,
} from '../../app/graphqlErrors';
import { useInviteMemberMutation } from '../../graphql/generated';
import {
  emptyInviteForm,
  inviteFormFields,
  toInviteInput,
  validateInviteForm,
  type InviteFormField,
  type InviteFormValues,
} from './members';
import { RoleFields } from './RoleFields';

/** An invitation just made: its link exists only in this answer. */
export type SentInvitation = { email: string; inviteUrl: string; resent: boolean };

type InviteDialogProps = {
  open: boolean;
  onClose: () => void;
  onInvited: (sent: SentInvitation) => void;
};

/** Every seat is taken: the server's sentence names the plan with more seats. */
export function SeatLimitHint({ message }: { message: string }) {
  return (
    <Alert
      severity="info"
      role="alert"
      action={
        <Button component={RouterLink} to="/billing/plans" color="inherit" size="small">
          See plans
        </Button>
      }
    >
      <AlertTitle>All seats are taken</AlertTitle>
      {message}
    </Alert>
  );
}

export function InviteDialog({ open, onClose, onInvited }: InviteDialogProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [values, setValues] = useState<InviteFormValues>(emptyInviteForm);
  const [errors, setErrors] = useState<FieldErrors<InviteFormField>>({});
  const [failure, setFailure] = useState<{ seatLimit: boolean; message: string } | null>(null);
  const [inviteMember, { loading }] = useInviteMemberMutation({
    refetchQueries: ['MembersPage'],
    awaitRefetchQueries: true,
  });

  const reset = () => {
    setValues(emptyInviteForm);
    setErrors({});
    setFailure(null);
  };
  const close = () => {
    if (loading) return;
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateInviteForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const input = toInviteInput(values);
      const result = await inviteMember({ variables: { input } });
      if (result.data) {
        reset();
        onInvited({
          email: result.data.inviteMember.invitation.email,
          inviteUrl: result.data.inviteMember.inviteUrl,
          resent: false,
        });
      }
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error, inviteFormFields);
      setErrors(fieldErrors);
      if (hasErrorCode(error, 'SEAT_LIMIT')) {
        setFailure({ seatLimit: true, message: graphQLErrorsOf(error)[0]?.message ?? '' });
      } else if (Object.keys(fieldErrors).length === 0) {
        // CONFLICT: already a member, or an open invitation to resend instead.
        setFailure({ seatLimit: false, message: describeErrorNaming(error, ['CONFLICT']) });
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
        <DialogTitle id={titleId}>Invite a member</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            {failure &&
              (failure.seatLimit ? (
                <SeatLimitHint message={failure.message} />
              ) : (
                <Alert severity="error">{failure.message}</Alert>
              ))}
            <TextField
              label="E-mail"
              type="email"
              required
              value={values.email}
              onChange={(event) => {
                setErrors((current) => ({ ...current, email: undefined }));
                setValues((current) => ({ ...current, email: event.target.value }));
              }}
              error={errors.email !== undefined}
              helperText={
                errors.email ??
                'They sign in with this address to accept; the link works for no one else.'
              }
              autoComplete="off"
              autoFocus
              fullWidth
            />
            <RoleFields
              role={values.role}
              grants={values.grants}
              onRoleChange={(role) => {
                setErrors((current) => ({ ...current, role: undefined, permissions: undefined }));
                setValues((current) => ({ ...current, role }));
              }}
              onGrantsChange={(grants) => {
                setErrors((current) => ({ ...current, permissions: undefined }));
                setValues((current) => ({ ...current, grants }));
              }}
              roleError={errors.role}
              grantsError={errors.permissions}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={loading} color="inherit">
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={loading}>
            {loading ? 'Inviting…' : 'Create invitation'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
