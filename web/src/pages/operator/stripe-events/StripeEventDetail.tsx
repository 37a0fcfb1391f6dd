import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { describeErrorNaming } from '../../../app/graphqlErrors';
import { useStripeWebhookEventQuery } from '../../../graphql/generated';
import {
  RecordDialog,
  RecordFacts,
  RecordText,
} from '../../../features/back-office/RetryableRecords';
import { formatEventTime, stripeEventStatusLabels } from './stripeEvents';

/** One event's facts and the payload Stripe sent, in a dialog (full screen on a phone). */
export function StripeEventDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { data, loading, error } = useStripeWebhookEventQuery({
    variables: { id: id ?? '' },
    skip: id === null,
  });
  const event = data?.stripeWebhookEvent;
  return (
    <RecordDialog open={id !== null} title={event ? event.type : 'Stripe event'} onClose={onClose}>
      {loading && <Skeleton variant="rounded" height={240} aria-label="Loading the event" />}
      {error && <Alert severity="error">{describeErrorNaming(error, ['NOT_FOUND'])}</Alert>}
      {event && (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <RecordFacts>
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
          </RecordFacts>
          <RecordText label="Payload" maxHeight={420}>
            {event.payload}
          </RecordText>
        </Box>
      )}
    </RecordDialog>
  );
}
