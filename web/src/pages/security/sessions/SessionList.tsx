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
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ComputerOutlinedIcon from '@mui/icons-material/ComputerOutlined';
import PhoneIphoneOutlinedIcon from '@mui/icons-material/PhoneIphoneOutlined';
import type { SessionRowFragment } from '../../../graphql/generated';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { formatSessionTime, lastSeenText, providerName } from './sessionText';

type SessionListProps = {
  sessions: readonly SessionRowFragment[];
  onRevoke: (session: SessionRowFragment) => void;
};

const mobileSystems = /\b(iOS|iPadOS|Android|Windows Phone)\b/;

function DeviceName({ session }: { session: SessionRowFragment }) {
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

function LastSeen({ session }: { session: SessionRowFragment }) {
  return (
    <Tooltip title={formatSessionTime(session.lastSeenAt)}>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {session.current ? 'Active now' : lastSeenText(session.lastSeenAt)}
      </Box>
    </Tooltip>
  );
}

function SignedIn({ session }: { session: SessionRowFragment }) {
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
  session: SessionRowFragment;
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
    <TableContainer sx={{ position: 'relative' }}>
      <Table
        aria-label="Sessions"
        size="small"
        sx={{ '& th, & td': { px: 1.5 }, '& th:first-of-type, & td:first-of-type': { pl: 0 } }}
      >
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>Device</TableCell>
            <TableCell>IP address</TableCell>
            <TableCell>Last seen</TableCell>
            <TableCell>Signed in</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
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
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The sessions on a phone: one card each, label beside value. */
export function SessionCards({ sessions, onRevoke }: SessionListProps) {
  return (
    <Stack
      component="ul"
      aria-label="Sessions"
      spacing={1.5}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {sessions.map((session) => (
        <li key={session.id}>
          <Card component="article" aria-label={session.device} variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 1.5 }}>
              <DeviceName session={session} />
              <Box
                component="dl"
                sx={{
                  display: 'grid',
                  gridTemplateColumns: '84px 1fr',
                  columnGap: 2,
                  rowGap: 1,
                  m: 0,
                  '& dt': { color: 'text.secondary', typography: 'body2', pt: 0.25 },
                  '& dd': { m: 0, minWidth: 0 },
                }}
              >
                <dt>IP address</dt>
                <dd>
                  <Address ip={session.ip} />
                </dd>
                <dt>Last seen</dt>
                <dd>
                  <LastSeen session={session} />
                </dd>
                <dt>Signed in</dt>
                <dd>
                  <SignedIn session={session} />
                </dd>
              </Box>
              {!session.current && (
                <Box sx={{ ml: -1 }}>
                  <RevokeButton session={session} onRevoke={onRevoke} />
                </Box>
              )}
            </CardContent>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
