import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RoleChip } from '../../components/RoleChip';
import type { InvitationListFragment } from '../../graphql/generated';
import { extraGrants, grantLabel } from './members';
import { formatDay } from '../../components/dates';

type InvitationListProps = {
  invitations: readonly InvitationListFragment[];
  /** The invitation whose action is running: its buttons wait. */
  busyId: string | null;
  onResend: (invitation: InvitationListFragment) => void;
  onRevoke: (invitation: InvitationListFragment) => void;
};

function RoleAndGrants({ invitation }: { invitation: InvitationListFragment }) {
  const extras = extraGrants(invitation.role, invitation.grants);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      <RoleChip role={invitation.role} />
      {extras.map((permission) => (
        <Chip key={permission} label={`+ ${grantLabel(permission)}`} size="small" />
      ))}
    </Box>
  );
}

function Expiry({ invitation }: { invitation: InvitationListFragment }) {
  if (invitation.status === 'EXPIRED') {
    return <Chip label="Expired" color="warning" size="small" variant="outlined" />;
  }
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {formatDay(invitation.expiresAt)}
    </Box>
  );
}

function InvitedBy({ invitation }: { invitation: InvitationListFragment }) {
  return (
    <>
      {invitation.invitedBy?.name ?? 'A former member'}
      <Typography
        component="span"
        variant="body2"
        color="text.secondary"
        sx={{ display: 'block', whiteSpace: 'nowrap' }}
      >
        {formatDay(invitation.sentAt)}
      </Typography>
    </>
  );
}

function Actions({
  invitation,
  busyId,
  onResend,
  onRevoke,
}: InvitationListProps & {
  invitation: InvitationListFragment;
}) {
  const busy = busyId === invitation.id;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end' }}>
      <Button
        size="small"
        onClick={() => onResend(invitation)}
        disabled={busy}
        aria-label={`Resend the invitation to ${invitation.email}`}
      >
        Resend
      </Button>
      <Button
        size="small"
        color="error"
        onClick={() => onRevoke(invitation)}
        disabled={busy}
        aria-label={`Revoke the invitation to ${invitation.email}`}
      >
        Revoke
      </Button>
    </Box>
  );
}

/** Pending invitations on a wide screen. */
export function InvitationTable(props: InvitationListProps) {
  return (
    <TableContainer>
      <Table
        aria-label="Pending invitations"
        size="small"
        sx={{ '& th, & td': { px: 1.5 }, '& th:first-of-type, & td:first-of-type': { pl: 0 } }}
      >
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>E-mail</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Invited by</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.invitations.map((invitation) => (
            <TableRow key={invitation.id} sx={{ '& td': { py: 1.25 } }}>
              <TableCell sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {invitation.email}
              </TableCell>
              <TableCell>
                <RoleAndGrants invitation={invitation} />
              </TableCell>
              <TableCell>
                <InvitedBy invitation={invitation} />
              </TableCell>
              <TableCell>
                <Expiry invitation={invitation} />
              </TableCell>
              <TableCell align="right" sx={{ py: 0.5 }}>
                <Actions {...props} invitation={invitation} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Pending invitations on a phone: one card each. */
export function InvitationCards(props: InvitationListProps) {
  return (
    <Stack
      component="ul"
      aria-label="Pending invitations"
      spacing={1.5}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {props.invitations.map((invitation) => (
        <li key={invitation.id}>
          <Card component="article" aria-label={invitation.email} variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 1.25, '&:last-child': { pb: 1.5 } }}>
              <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                {invitation.email}
              </Typography>
              <RoleAndGrants invitation={invitation} />
              <Typography variant="body2" color="text.secondary">
                Invited by {invitation.invitedBy?.name ?? 'a former member'} on{' '}
                {formatDay(invitation.sentAt)}
              </Typography>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                {invitation.status === 'EXPIRED' ? (
                  <Expiry invitation={invitation} />
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    Expires {formatDay(invitation.expiresAt)}
                  </Typography>
                )}
                <Box sx={{ flexGrow: 1 }} />
                <Actions {...props} invitation={invitation} />
              </Box>
            </CardContent>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
