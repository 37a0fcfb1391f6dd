import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { describeErrorNaming } from '../../app/graphqlErrors';
import { FormDialog } from '../../components/FormDialog';
import { useDialogForm } from '../../components/useDialogForm';
import { useInviteMemberMutation } from '../../graphql/generated';
import { emptyInviteForm, inviteFormFields, toInviteInput, validateInviteForm } from './members';
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
  const form = useDialogForm({
    empty: emptyInviteForm,
    fields: inviteFormFields,
    validate: validateInviteForm,
    limitCode: 'SEAT_LIMIT',
    // CONFLICT: already a member, or an open invitation to resend instead.
    describeFailure: (error) => describeErrorNaming(error, ['CONFLICT']),
  });
  const { values, errors, failure } = form;
  const [inviteMember, { loading }] = useInviteMemberMutation({
    refetchQueries: ['MembersPage'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = () =>
    form.submit(async (values) => {
      const result = await inviteMember({ variables: { input: toInviteInput(values) } });
      if (!result.data) return false;
      onInvited({
        email: result.data.inviteMember.invitation.email,
        inviteUrl: result.data.inviteMember.inviteUrl,
        resent: false,
      });
      return true;
    });

  return (
    <FormDialog
      open={open}
      title="Invite a member"
      busy={loading}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit={() => void submit()}
      onClose={close}
    >
      {failure &&
        (failure.limit ? (
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
          const email = event.target.value;
          form.change((current) => ({ ...current, email }), 'email');
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
        onRoleChange={(role) =>
          form.change((current) => ({ ...current, role }), 'role', 'permissions')
        }
        onGrantsChange={(grants) =>
          form.change((current) => ({ ...current, grants }), 'permissions')
        }
        roleError={errors.role}
        grantsError={errors.permissions}
      />
    </FormDialog>
  );
}
