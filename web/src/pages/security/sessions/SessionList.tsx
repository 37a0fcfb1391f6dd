import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ComputerOutlinedIcon from '@mui/icons-material/ComputerOutlined';
import PhoneIphoneOutlinedIcon from '@mui/icons-material/PhoneIphoneOutlined';
import type { SessionListFragment } from '../../../graphql/generated';
import {
  RecordCard,
  RecordCardAction,
  RecordCardList,
  RecordFields,
  RecordTable,
} from '../../../components/RecordList';
import { formatSessionTime, lastSeenText, providerName } from './sessionText';

type SessionListProps = {
  sessions: readonly SessionListFragment[];
  onRevoke: (session: SessionListFragment) => void;
};

const mobileSystems = /\b(iOS|iPadOS|Android|Windows Phone)\b/;

function DeviceName({ session }: { session: SessionListFragment }) {
  const Icon = mobileSystems.test(session.device) ? PhoneIphoneOutlinedIcon : ComputerOutlinedIcon;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Icon fontSize="small" color="action" aria-hidden />
      <Typography component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {session.device}
      </Typography>
      {session.current && <Chip label="This device" color="primary" size="small" />}
    </Box>
  );
}

function LastSeen({ session }: { session: SessionListFragment }) {
  return (
    <Tooltip title={formatSessionTime(session.lastSeenAt)}>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {session.current ? 'Active now' : lastSeenText(session.lastSeenAt)}
      </Box>
    </Tooltip>
  );
}

function SignedIn({ session }: { session: SessionListFragment }) {
  return (
    <>
      <Box component="span" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {formatSessionTime(session.createdAt)}
      </Box>
      <Typography component="span" variant="body2" color="text.secondary">
        with {providerName(session.provider)}
      </Typography>
    </>
  );
}

function Address({ ip }: { ip: string | null }) {
  return ip ? (
    <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
      {ip}
    </Box>
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      Unknown
    </Typography>
  );
}

/** This device signs out with "Sign out" in the menu; the others are revoked here. */
function RevokeButton({
  session,
  onRevoke,
}: Pick<SessionListProps, 'onRevoke'> & {
  session: SessionListFragment;
}) {
  if (session.current) return null;
  return (
    <Button
      size="small"
      color="error"
      onClick={() => onRevoke(session)}
      aria-label={`Sign out ${session.device}, last seen ${lastSeenText(session.lastSeenAt)}`}
    >
      Sign out
    </Button>
  );
}

/** The sessions on a wide screen: one row each. */
export function SessionTable({ sessions, onRevoke }: SessionListProps) {
  return (
    <RecordTable label="Sessions" headings={['Device', 'IP address', 'Last seen', 'Signed in']}>
      {sessions.map((session) => (
        <TableRow key={session.id} hover>
          <TableCell sx={{ py: 1.5 }}>
            <DeviceName session={session} />
          </TableCell>
          <TableCell>
            <Address ip={session.ip} />
          </TableCell>
          <TableCell>
            <LastSeen session={session} />
          </TableCell>
          <TableCell sx={{ minWidth: 160 }}>
            <SignedIn session={session} />
          </TableCell>
          <TableCell align="right" sx={{ py: 1 }}>
            <RevokeButton session={session} onRevoke={onRevoke} />
          </TableCell>
        </TableRow>
      ))}
    </RecordTable>
  );
}

/** The sessions on a phone: one card each, label beside value. */
export function SessionCards({ sessions, onRevoke }: SessionListProps) {
  return (
    <RecordCardList label="Sessions">
      {sessions.map((session) => (
        <RecordCard key={session.id} label={session.device} variant="outlined">
          <DeviceName session={session} />
          <RecordFields
            fields={[
              { label: 'IP address', value: <Address ip={session.ip} /> },
              { label: 'Last seen', value: <LastSeen session={session} /> },
              { label: 'Signed in', value: <SignedIn session={session} /> },
            ]}
          />
          {!session.current && (
            <RecordCardAction>
              <RevokeButton session={session} onRevoke={onRevoke} />
            </RecordCardAction>
          )}
        </RecordCard>
      ))}
    </RecordCardList>
  );
}
