import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { AuditEventRowFragment, AuditOutcome } from '../../graphql/generated';
import { actionLabel, isKnownAction, targetKind } from './auditLabels';
import { formatMoment, momentParts, utcText } from '../../components/dates';

/** Local time, with the UTC instant on hover and focus. `stacked`: the date above the time. */
export function EventTime({
  occurredAt,
  stacked = false,
}: {
  occurredAt: string;
  stacked?: boolean;
}) {
  const parts = momentParts(occurredAt, { seconds: true });
  return (
    <Tooltip title={utcText(occurredAt)}>
      <Box
        component="time"
        dateTime={occurredAt}
        tabIndex={0}
        sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        {stacked ? (
          <>
            <Box component="span" sx={{ display: 'block' }}>
              {parts.date}
            </Box>
            <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
              {parts.time}
            </Box>
          </>
        ) : (
          formatMoment(occurredAt, { seconds: true })
        )}
      </Box>
    </Tooltip>
  );
}

const outcomeChips: Record<AuditOutcome, { label: string; color: 'success' | 'error' }> = {
  SUCCESS: { label: 'Succeeded', color: 'success' },
  FAILURE: { label: 'Failed', color: 'error' },
};

export function OutcomeChip({ outcome }: { outcome: AuditOutcome }) {
  const chip = outcomeChips[outcome] ?? { label: outcome, color: 'default' as const };
  return <Chip size="small" variant="outlined" label={chip.label} color={chip.color} />;
}

export function ActionText({ action }: { action: string }) {
  if (isKnownAction(action)) return <>{actionLabel(action)}</>;
  return (
    <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
      {action}
    </Box>
  );
}

type Event = Pick<AuditEventRowFragment, 'actor' | 'actorTokenId' | 'target'>;

/**
 * Who acted: a person, a partner's API token, or Ledgerline itself (jobs, webhooks).
 * `compact` keeps each line on one line (cut short, whole on hover), for table cells.
 */
export function ActorText({ event, compact = false }: { event: Event; compact?: boolean }) {
  if (event.actor) {
    const line = compact ? { noWrap: true } : { sx: { overflowWrap: 'anywhere' } };
    return (
      <Box sx={{ minWidth: 0 }} title={compact ? event.actor.email : undefined}>
        <Typography variant="body2" fontWeight={600} {...line}>
          {event.actor.name}
        </Typography>
        <Typography variant="body2" color="text.secondary" {...line}>
          {event.actor.email}
        </Typography>
      </Box>
    );
  }
  if (event.actorTokenId) {
    return (
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          API token
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {event.actorTokenId}
        </Typography>
      </Box>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      System
    </Typography>
  );
}

type TargetTextProps = {
  event: Event;
  accountId: string | null;
  /** Operators read many accounts' events: "Account" alone would not say which. */
  showId?: boolean;
};

/** What was acted on, in words where the log knows it (this account, the actor themselves). */
export function TargetText({ event, accountId, showId = false }: TargetTextProps) {
  const target = event.target;
  if (!target) {
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  let label = targetKind(target);
  if (target === accountId) label = 'This account';
  else if (event.actor && target === event.actor.id) label = event.actor.name;
  return (
    <Tooltip title={target}>
      <Box tabIndex={0} sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {label}
        </Typography>
        {showId && (
          <Typography
            variant="body2"
            color="text.secondary"
            noWrap
            sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 160 }}
          >
            {target}
          </Typography>
        )}
      </Box>
    </Tooltip>
  );
}

export function IpText({ ip }: { ip: string | null }) {
  return (
    <Typography
      variant="body2"
      component="span"
      color={ip ? 'text.primary' : 'text.secondary'}
      sx={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
    >
      {ip ?? '—'}
    </Typography>
  );
}
