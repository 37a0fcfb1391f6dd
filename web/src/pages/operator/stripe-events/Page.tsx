import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import WebhookOutlinedIcon from '@mui/icons-material/WebhookOutlined';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { useCursorList } from '../../../components/useCursorList';
import { CursorListStates } from '../../../components/CursorListStates';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  useRetryStripeWebhookEventMutation,
  useStripeWebhookEventsQuery,
  type StripeEventRowFragment,
} from '../../../graphql/generated';
import {
  RecordCard,
  RecordCards,
  useConfirmedRetry,
} from '../../../features/back-office/RetryableRecords';
import { StripeEventDetail } from './StripeEventDetail';
import {
  canRetry,
  formatEventTime,
  parseStripeEventFilter,
  stripeEventFilters,
  stripeEventStatusColors,
  stripeEventStatusLabels,
  type StripeEventFilter,
} from './stripeEvents';

/** Events a page; "Load more" asks for the next this many. */
export const stripeEventPageSize = 25;

/**
 * Operators: the webhook events Stripe sent and what became of them. Failed events were retried
 * automatically with back-off and now wait for someone: inspect the payload and the error, fix the
 * cause, retry. The filter is in the address (`?status=…`).
 */
export function StripeEventsPage() {
  usePageTitle('Stripe events');
  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Stripe events"
        description="Webhook events Stripe sent. Failures are retried automatically for about seven hours; then they wait here."
      />
      <StripeEvents />
    </>
  );
}

function StripeEvents() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseStripeEventFilter(searchParams.get('status'));
  const inspecting = searchParams.get('event');
  const notice = useSuccessNotice();
  const setParams = (next: { status?: StripeEventFilter; event?: string | null }) => {
    const params: Record<string, string> = { status: next.status ?? filter };
    const event = next.event === undefined ? inspecting : next.event;
    if (event) params.event = event;
    setSearchParams(params);
  };

  return (
    <Stack spacing={3}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={filter}
        aria-label="Show events"
        onChange={(_event, value: StripeEventFilter | null) => {
          if (value !== null) setParams({ status: value, event: null });
        }}
        sx={{ flexWrap: 'wrap' }}
      >
        {stripeEventFilters.map((choice) => (
          <ToggleButton key={choice.value} value={choice.value}>
            {choice.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {/* A new filter starts again from its first page. */}
      <StripeEventList
        key={filter}
        filter={filter}
        onInspect={(id) => setParams({ event: id })}
        onRetried={(id) => notice.notify(`Event ${id} is queued to be processed again.`)}
      />
      <StripeEventDetail id={inspecting} onClose={() => setParams({ event: null })} />
      <SuccessSnackbar notice={notice} />
    </Stack>
  );
}

function StripeEventList({
  filter,
  onInspect,
  onRetried,
}: {
  filter: StripeEventFilter;
  onInspect: (id: string) => void;
  onRetried: (id: string) => void;
}) {
  const status = filter === 'ALL' ? null : filter;
  const list = useCursorList(
    useStripeWebhookEventsQuery({
      variables: { status, first: stripeEventPageSize, after: null },
      notifyOnNetworkStatusChange: true,
    }),
    (data) => data.stripeWebhookEvents,
  );
  const [retryEvent] = useRetryStripeWebhookEventMutation();
  const retry = useConfirmedRetry<StripeEventRowFragment>({
    retry: (event) => retryEvent({ variables: { input: { id: event.id } } }),
    onRetried: (event) => {
      onRetried(event.id);
      void list.reload();
    },
  });
  const events = list.nodes;

  return (
    <CursorListStates
      list={list}
      label="Stripe events"
      skeleton={{ label: 'Loading Stripe events', rows: 4, height: 88 }}
      errorTitle="We couldn’t load the Stripe events"
      emptyState={{
        icon: <WebhookOutlinedIcon />,
        title: filter === 'FAILED' ? 'No failed events' : 'No events here',
        description:
          filter === 'FAILED'
            ? 'Every event Stripe sent was processed, or is still being retried automatically.'
            : 'Events appear as soon as Stripe sends them to /webhooks/stripe.',
        checkAgain: true,
      }}
    >
      <Box component="section" aria-label="Stripe events">
        {retry.error && (
          <Alert severity="error" sx={{ mb: 2 }} onClose={retry.clearError}>
            {retry.error}
          </Alert>
        )}
        <RecordCards label="Events">
          {events.map((event) => (
            <RecordCard
              key={event.id}
              kind={event.type}
              id={event.id}
              badge={
                <Chip
                  size="small"
                  variant="outlined"
                  label={stripeEventStatusLabels[event.status]}
                  color={stripeEventStatusColors[event.status]}
                />
              }
              idLine={`${event.id}${event.objectId ? ` · ${event.objectId}` : ''}`}
              when={
                <>
                  Received{' '}
                  <time dateTime={event.receivedAt}>{formatEventTime(event.receivedAt)}</time>
                  {' · '}
                  {event.attempts === 1 ? '1 attempt' : `${event.attempts} attempts`}
                  {event.status === 'PENDING' && event.nextAttemptAt && (
                    <>
                      {' · next '}
                      <time dateTime={event.nextAttemptAt}>
                        {formatEventTime(event.nextAttemptAt)}
                      </time>
                    </>
                  )}
                </>
              }
              onInspect={() => onInspect(event.id)}
              retryLabel="Retry now"
              onRetry={canRetry(event.status) ? () => retry.ask(event) : undefined}
              retryDisabled={retry.busy}
            >
              {event.lastError && event.status !== 'PROCESSED' && (
                <Alert severity="error" variant="outlined" sx={{ overflowWrap: 'anywhere' }}>
                  {event.lastError}
                </Alert>
              )}
              {event.outcome && (
                <Typography variant="body2" color="text.secondary">
                  {event.outcome}
                </Typography>
              )}
            </RecordCard>
          ))}
        </RecordCards>
        <LoadMoreFooter
          summary={`Showing ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
          {...list.footer}
        />
        {retry.confirmDialog('Process this event again?', 'Retry now', (event) => (
          <>
            <code>{event.type}</code> ({event.id}) is processed again now, re-reading its object
            from Stripe. It is applied at most once: a processed event is never run twice.
          </>
        ))}
      </Box>
    </CursorListStates>
  );
}
