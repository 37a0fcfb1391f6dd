import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useMembersPageQuery } from '../../graphql/generated';
import { seatSummaryOf, seatsTakenShort } from './members';

/**
 * The Members page header's Invite button. When every seat is taken the server refuses a new
 * invitation (SEAT_LIMIT), so the button is off and says why, with the way to more seats. Reads
 * the page's own query (one request: the Members section asks for the same).
 */
export function InviteMemberAction({ onInvite }: { onInvite: () => void }) {
  const { data } = useMembersPageQuery();
  const reasonId = useId();
  const seats = data ? seatSummaryOf(data) : null;
  const icon = <PersonAddAlt1OutlinedIcon />;
  if (seats === null || !seats.full) {
    return (
      <Button variant="contained" startIcon={icon} onClick={onInvite}>
        Invite member
      </Button>
    );
  }
  return (
    <Stack spacing={0.5} sx={{ alignItems: { xs: 'flex-start', sm: 'flex-end' }, maxWidth: 380 }}>
      <Button variant="contained" startIcon={icon} disabled aria-describedby={reasonId}>
        Invite member
      </Button>
      <Typography
        id={reasonId}
        variant="body2"
        color="text.secondary"
        sx={{ textAlign: { sm: 'right' } }}
      >
        {seatsTakenShort(seats)}{' '}
        <Link component={RouterLink} to="/billing/plans">
          Change plan
        </Link>{' '}
        to add seats.
      </Typography>
    </Stack>
  );
}
