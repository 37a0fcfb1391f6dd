import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import { describeErrorNaming } from '../../../app/graphqlErrors';
import { useStripeWebhookEventQuery } from '../../../graphql/generated';
import { formatEventTime, stripeEventStatusLabels } from './stripeEvents';

/** One event's facts and the payload Stripe sent, in a dialog (full screen on a phone). */
export function StripeEventDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const { data, loading, error } = useStripeWebhookEventQuery({
    variables: { id: id ?? '' },
    skip: id === null,
  });
  const event = data?.stripeWebhookEvent;
  return (
    <Dialog
      open={id !== null}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {event ? event.type : 'Stripe event'}
      </DialogTitle>
      <DialogContent dividers>
        {loading && <Skeleton variant="rounded" height={240} aria-label="Loading the event" />}
        {error && <Alert severity="error">{describeErrorNaming(error, ['NOT_FOUND'])}</Alert>}
        {event && (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: '120px 1fr',
                columnGap: 2,
                rowGap: 0.5,
                m: 0,
                '& dt': { color: 'text.secondary', typography: 'body2' },
                '& dd': { m: 0, minWidth: 0, typography: 'body2', overflowWrap: 'anywhere' },
              }}
            >
              <dt>Event</dt>
              <dd>{event.id}</dd>
              <dt>Object</dt>
              <dd>{event.objectId ?? '—'}</dd>
              <dt>Status</dt>
              <dd>
                {stripeEventStatusLabels[event.status]} ({event.attempts}{' '}
                {event.attempts === 1 ? 'attempt' : 'attempts'})
              </dd>
              <dt>Created</dt>
              <dd>{formatEventTime(event.createdAt)}</dd>
              <dt>Received</dt>
              <dd>{formatEventTime(event.receivedAt)}</dd>
              {event.processedAt && (
                <>
                  <dt>Processed</dt>
                  <dd>{formatEventTime(event.processedAt)}</dd>
                </>
              )}
              {event.outcome && (
                <>
                  <dt>Outcome</dt>
                  <dd>{event.outcome}</dd>
                </>
              )}
              {event.lastError && (
                <>
                  <dt>Last error</dt>
                  <dd>{event.lastError}</dd>
                </>
              )}
            </Box>
            <Typography variant="subtitle2" component="h3">
              Payload
            </Typography>
            <Box
              component="pre"
              tabIndex={0}
              aria-label="Payload"
              sx={{
                m: 0,
                p: 2,
                bgcolor: 'action.hover',
                borderRadius: 1,
                overflow: 'auto',
                maxHeight: 420,
                fontSize: 12,
              }}
            >
              {event.payload}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
