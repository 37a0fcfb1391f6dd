import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AuditEventSummaryFragment } from '../../graphql/generated';
import { fieldLabel } from './auditLabels';

type AuditEventSummaryProps = {
  event: AuditEventSummaryFragment;
  /** Operators read every account's log, so the account is worth showing. */
  showAccount: boolean;
};

function Term({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

const listSx = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' },
  columnGap: 3,
  rowGap: { xs: 0.25, sm: 1 },
  m: 0,
  '& dd': { mb: { xs: 1, sm: 0 } },
} as const;

function Value({ value }: { value: string | null }) {
  if (value === null || value === '') {
    return (
      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
        empty
      </Box>
    );
  }
  return <Box component="span">{value}</Box>;
}

/** What the event recorded: changed fields (before → after), other facts, and its ids. */
export function AuditEventSummary({ event, showAccount }: AuditEventSummaryProps) {
  const withValues = event.changes.filter((change) => change.valuesRecorded);
  const namesOnly = event.changes.filter((change) => !change.valuesRecorded);
  const recordedNothing =
    event.changes.length === 0 && event.details.length === 0 && !event.summaryText;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {withValues.length > 0 && (
        <Box component="section" aria-label="Changes">
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
            Changes
          </Typography>
          <Box component="dl" sx={listSx}>
            {withValues.map((change) => (
              <Term key={change.field} term={fieldLabel(change.field)}>
                <Value value={change.from} />
                <Box
                  component="span"
                  aria-label="changed to"
                  sx={{ px: 1, color: 'text.secondary' }}
                >
                  →
                </Box>
                <Value value={change.to} />
              </Term>
            ))}
          </Box>
        </Box>
      )}
      {namesOnly.length > 0 && (
        <Box component="section" aria-label="Changed fields">
          <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            Changed fields
          </Typography>
          <Typography variant="body2">
            {namesOnly.map((change) => fieldLabel(change.field)).join(', ')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            The values are personal data, so the log records only which fields changed.
          </Typography>
        </Box>
      )}
      {event.details.length > 0 && (
        <Box component="section" aria-label="Details">
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
            Details
          </Typography>
          <Box component="dl" sx={listSx}>
            {event.details.map((detail) => (
              <Term key={detail.key} term={fieldLabel(detail.key)}>
                {detail.value}
              </Term>
            ))}
          </Box>
        </Box>
      )}
      {event.changes.length === 0 && event.details.length === 0 && event.summaryText && (
        <Box
          component="pre"
          sx={{ m: 0, fontSize: 13, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {event.summaryText}
        </Box>
      )}
      {recordedNothing && (
        <Typography variant="body2" color="text.secondary">
          Nothing else was recorded for this event.
        </Typography>
      )}
      <Box
        component="dl"
        sx={{ ...listSx, '& dd': { ...listSx['& dd'], fontFamily: 'monospace' } }}
      >
        <Term term="Event ID">{event.id}</Term>
        {event.target && <Term term="Target ID">{event.target}</Term>}
        {showAccount && event.accountId && <Term term="Account ID">{event.accountId}</Term>}
        {event.actorTokenId && <Term term="API token">{event.actorTokenId}</Term>}
      </Box>
    </Box>
  );
}
