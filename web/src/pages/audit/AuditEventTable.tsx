import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import type { AuditEventRowFragment } from '../../graphql/generated';
import {
  ActionText,
  ActorText,
  EventTime,
  IpText,
  OutcomeChip,
  TargetText,
} from './AuditEventParts';
import { AuditEventSummary } from './AuditEventSummary';
import { visuallyHidden } from '../../components/visuallyHidden';

type AuditEventListProps = {
  events: readonly AuditEventRowFragment[];
  /** The reader's account, so a target that is this account reads "This account". */
  accountId: string | null;
  showAccount: boolean;
};

const columns = 7;

/** The log on wide screens: one row an event, expanding to show what it recorded. */
export function AuditEventTable({ events, accountId, showAccount }: AuditEventListProps) {
  return (
    // The same corners as the theme's cards.
    <TableContainer component={Paper} variant="outlined" sx={{ borderRadius: '14px' }}>
      <Table
        aria-label="Audit events"
        sx={{ minWidth: 760, '& td:not(:first-of-type), & th:not(:first-of-type)': { px: 1.25 } }}
      >
        <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
          <TableRow>
            <TableCell padding="checkbox">
              <Box component="span" sx={visuallyHidden}>
                Details
              </Box>
            </TableCell>
            <TableCell>Time</TableCell>
            <TableCell>Actor</TableCell>
            <TableCell>Action</TableCell>
            <TableCell>Target</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>IP</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <AuditEventTableRow
              key={event.id}
              event={event}
              accountId={accountId}
              showAccount={showAccount}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

type RowProps = {
  event: AuditEventRowFragment;
  accountId: string | null;
  showAccount: boolean;
};

function AuditEventTableRow({ event, accountId, showAccount }: RowProps) {
  const [open, setOpen] = useState(false);
  const summaryId = useId();
  return (
    <>
      <TableRow hover sx={{ '& > td': { borderBottom: open ? 'none' : undefined } }}>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-expanded={open}
            aria-controls={summaryId}
            aria-label={`${open ? 'Hide' : 'Show'} details: ${event.actionLabel}`}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        <TableCell>
          <EventTime occurredAt={event.occurredAt} stacked />
        </TableCell>
        <TableCell sx={{ maxWidth: 260 }}>
          <ActorText event={event} compact />
        </TableCell>
        <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          <ActionText event={event} />
        </TableCell>
        <TableCell sx={{ maxWidth: 180, whiteSpace: 'nowrap' }}>
          <TargetText event={event} accountId={accountId} showId={showAccount} />
        </TableCell>
        <TableCell>
          <OutcomeChip outcome={event.outcome} />
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <IpText ip={event.ip} />
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={columns} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
          <Collapse in={open} unmountOnExit>
            <Box id={summaryId} sx={{ py: 2, pl: 7, pr: 2 }}>
              <AuditEventSummary event={event} showAccount={showAccount} />
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}
