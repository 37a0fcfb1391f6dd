import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Collapse from '@mui/material/Collapse';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
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

type AuditEventListProps = {
  events: readonly AuditEventRowFragment[];
  accountId: string | null;
  showAccount: boolean;
};

/** The log on a phone or tablet: one card an event. */
export function AuditEventCards({ events, accountId, showAccount }: AuditEventListProps) {
  return (
    <Box
      component="ul"
      aria-label="Audit events"
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 1.5,
        // Two columns on a tablet or a narrow desktop, one on a phone.
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
        alignItems: 'start',
      }}
    >
      {events.map((event) => (
        <li key={event.id}>
          <AuditEventCard event={event} accountId={accountId} showAccount={showAccount} />
        </li>
      ))}
    </Box>
  );
}

function AuditEventCard({
  event,
  accountId,
  showAccount,
}: {
  event: AuditEventRowFragment;
  accountId: string | null;
  showAccount: boolean;
}) {
  const [open, setOpen] = useState(false);
  const summaryId = useId();
  return (
    <Card component="article">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="subtitle1" component="h2" sx={{ lineHeight: 1.3 }}>
              <ActionText event={event} />
            </Typography>
            <Typography variant="body2" color="text.secondary" component="div">
              <EventTime occurredAt={event.occurredAt} />
            </Typography>
          </Box>
          <OutcomeChip outcome={event.outcome} />
        </Box>
        <Divider />
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: '72px 1fr',
            columnGap: 2,
            rowGap: 1,
            m: 0,
            '& dt': { color: 'text.secondary', typography: 'body2' },
            '& dd': { m: 0, minWidth: 0 },
          }}
        >
          <dt>Actor</dt>
          <dd>
            <ActorText event={event} />
          </dd>
          <dt>Target</dt>
          <dd>
            <TargetText event={event} accountId={accountId} showId={showAccount} />
          </dd>
          <dt>IP</dt>
          <dd>
            <IpText ip={event.ip} />
          </dd>
        </Box>
        <Box>
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={summaryId}
            endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            onClick={() => setOpen((current) => !current)}
            sx={{ ml: -1 }}
          >
            {open ? 'Hide details' : 'Show details'}
          </Button>
          <Collapse in={open} unmountOnExit>
            <Box id={summaryId} sx={{ pt: 1.5 }}>
              <AuditEventSummary event={event} showAccount={showAccount} />
            </Box>
          </Collapse>
        </Box>
      </CardContent>
    </Card>
  );
}
