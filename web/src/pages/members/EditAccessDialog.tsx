import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeErrorNaming } from '../../app/graphqlErrors';
import {
  useChangeMemberRoleMutation,
  useSetMemberPermissionsMutation,
  type MemberListFragment,
  type GrantablePermission,
  type Role,
} from '../../graphql/generated';
import { defaultBillingUserGrants, extraGrants } from './members';
import { RoleFields } from './RoleFields';

type EditAccessDialogProps = {
  /** Null closes the dialog. */
  member: MemberListFragment | null;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** A member's role, and for a Billing User the extra permissions. */
export function EditAccessDialog({ member, onClose, onSaved }: EditAccessDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={member !== null} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {/* Keyed by member: each opening starts from that member's current access. */}
      {member && (
        <EditAccessForm
          key={member.id}
          titleId={titleId}
          member={member}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Dialog>
  );
}

function EditAccessForm({
  titleId,
  member,
  onClose,
  onSaved,
}: EditAccessDialogProps & { titleId: string; member: MemberListFragment }) {
  const [role, setRole] = useState<Role>(member.role);
  // Someone becoming a Billing User starts from the server's defaults (paying invoices).
  const startingGrants =
    member.role === 'BILLING_USER'
      ? extraGrants(member.role, member.grants)
      : [...defaultBillingUserGrants];
  const [grants, setGrants] = useState<GrantablePermission[]>(startingGrants);
  const [failure, setFailure] = useState<string | null>(null);
  // Your own role decides what this app shows you: read the viewer again after changing it.
  const refetchQueries = member.isYou ? ['Viewer', 'MembersPage'] : ['MembersPage'];
  const [changeRole, changing] = useChangeMemberRoleMutation({ refetchQueries });
  const [setPermissions, setting] = useSetMemberPermissionsMutation({ refetchQueries });
  const busy = changing.loading || setting.loading;
  const name = member.isYou ? 'your' : `${member.user.name}’s`;

  const roleChanged = role !== member.role;
  const wantedGrants = extraGrants(role, grants);
  // After a role change the server holds the defaults; otherwise the member's current grants.
  const grantsNow = roleChanged
    ? defaultBillingUserGrants
    : extraGrants(member.role, member.grants);
  const grantsChanged = role === 'BILLING_USER' && wantedGrants.join() !== grantsNow.join();

  const save = async () => {
    setFailure(null);
    try {
      if (roleChanged) {
        await changeRole({ variables: { input: { memberId: member.id, role } } });
      }
      // A new Billing User starts with the default grants; others are set after the role.
      if (grantsChanged) {
        await setPermissions({
          variables: { input: { memberId: member.id, permissions: wantedGrants } },
        });
      }
      onSaved(
        member.isYou ? 'Your access is updated.' : `${member.user.name}’s access is updated.`,
      );
    } catch (error) {
      setFailure(describeErrorNaming(error, ['CONFLICT']));
    }
  };

  const demotingYourself = member.isYou && member.role === 'BILLING_ADMIN' && roleChanged;

  return (
    <>
      <DialogTitle id={titleId}>Change {name} role</DialogTitle>
      <DialogContent>
        <Stack spacing={3} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {member.user.name} · {member.user.email}
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          {demotingYourself && (
            <Alert severity="warning">
              You won’t be able to manage members, the plan or security any more. Another Billing
              Admin can give the role back.
            </Alert>
          )}
          <RoleFields
            role={role}
            grants={grants}
            onRoleChange={setRole}
            onGrantsChange={setGrants}
            disabled={busy}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          Cancel
        </Button>
        <Button
          variant="contained"
          disabled={busy || !(roleChanged || grantsChanged)}
          onClick={() => void save()}
        >
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </DialogActions>
    </>
  );
}
