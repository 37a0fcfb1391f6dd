import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import ManageAccountsOutlinedIcon from '@mui/icons-material/ManageAccountsOutlined';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import PersonRemoveOutlinedIcon from '@mui/icons-material/PersonRemoveOutlined';
import { RoleChip } from '../../components/RoleChip';
import type { MemberListFragment } from '../../graphql/generated';
import { extraGrants, grantLabel } from './members';
import { visuallyHidden } from '../../components/visuallyHidden';
import { formatDay } from '../../components/dates';

export type MemberAction = 'edit' | 'transfer' | 'remove' | 'leave';

type MemberListProps = {
  members: readonly MemberListFragment[];
  /** Only a Billing Admin hands over ownership (a role, not a grant). */
  canTransfer: boolean;
  onAction: (action: MemberAction, member: MemberListFragment) => void;
};

function YouChip() {
  return <Chip label="You" size="small" color="primary" sx={{ ml: 1, height: 20 }} />;
}

function ExtraPermissions({ member }: { member: MemberListFragment }) {
  const extras = extraGrants(member.role, member.grants);
  if (extras.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {extras.map((permission) => (
        <Chip key={permission} label={grantLabel(permission)} size="small" />
      ))}
    </Stack>
  );
}

function MemberActionsMenu({
  member,
  canTransfer,
  onAction,
}: { member: MemberListFragment } & Omit<MemberListProps, 'members'>) {
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = (action: MemberAction) => {
    setAnchor(null);
    onAction(action, member);
  };
  const who = member.isYou ? 'you' : member.user.name;
  return (
    <>
      <IconButton
        aria-label={`Actions for ${who}`}
        aria-controls={anchor ? menuId : undefined}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        size="small"
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <MenuItem onClick={() => choose('edit')}>
          <ListItemIcon>
            <ManageAccountsOutlinedIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Change role…</ListItemText>
        </MenuItem>
        {canTransfer && !member.isYou && (
          <MenuItem onClick={() => choose('transfer')}>
            <ListItemIcon>
              <AdminPanelSettingsOutlinedIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>Transfer ownership…</ListItemText>
          </MenuItem>
        )}
        {member.isYou ? (
          <MenuItem onClick={() => choose('leave')} sx={{ color: 'error.main' }}>
            <ListItemIcon sx={{ color: 'inherit' }}>
              <ExitToAppIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>Leave account…</ListItemText>
          </MenuItem>
        ) : (
          <MenuItem onClick={() => choose('remove')} sx={{ color: 'error.main' }}>
            <ListItemIcon sx={{ color: 'inherit' }}>
              <PersonRemoveOutlinedIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>Remove from account…</ListItemText>
          </MenuItem>
        )}
      </Menu>
    </>
  );
}

/** The members on a wide screen: one row each. */
export function MemberTable({ members, canTransfer, onAction }: MemberListProps) {
  return (
    <TableContainer sx={{ position: 'relative' }}>
      <Table
        aria-label="Members"
        size="small"
        sx={{ '& th, & td': { px: 1.5 }, '& th:first-of-type, & td:first-of-type': { pl: 0 } }}
      >
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>Name</TableCell>
            <TableCell>E-mail</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Extra permissions</TableCell>
            <TableCell>Joined</TableCell>
            <TableCell align="right">
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id} sx={{ '& td': { py: 1.25 } }}>
              <TableCell sx={{ fontWeight: 600, minWidth: 140 }}>
                {member.user.name}
                {member.isYou && <YouChip />}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{member.user.email}</TableCell>
              <TableCell>
                <RoleChip role={member.role} />
              </TableCell>
              <TableCell>
                <ExtraPermissions member={member} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(member.joinedAt)}</TableCell>
              <TableCell align="right" sx={{ py: 0.5 }}>
                <MemberActionsMenu member={member} canTransfer={canTransfer} onAction={onAction} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The members on a phone: one card each. */
export function MemberCards({ members, canTransfer, onAction }: MemberListProps) {
  return (
    <Stack component="ul" aria-label="Members" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {members.map((member) => (
        <li key={member.id}>
          <Card component="article" aria-label={member.user.name} variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 1.25, '&:last-child': { pb: 2 } }}>
              <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                    {member.user.name}
                    {member.isYou && <YouChip />}
                  </Typography>
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    sx={{ overflowWrap: 'anywhere' }}
                  >
                    {member.user.email}
                  </Typography>
                </Box>
                <MemberActionsMenu member={member} canTransfer={canTransfer} onAction={onAction} />
              </Box>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <RoleChip role={member.role} />
                {extraGrants(member.role, member.grants).length > 0 && (
                  <ExtraPermissions member={member} />
                )}
              </Box>
              <Typography variant="body2" color="text.secondary">
                Joined {formatDay(member.joinedAt)}
              </Typography>
            </CardContent>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
