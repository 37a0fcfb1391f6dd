import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import WebhookOutlinedIcon from '@mui/icons-material/WebhookOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { useLoadMore } from '../../../components/useLoadMore';
import { describeError, describeErrorNaming } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  useRetryStripeWebhookEventMutation,
  useStripeWebhookEventsQuery,
  type StripeEventRowFragment,
  type StripeWebhookEventsQuery,
} from '../../../graphql/generated';
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

type Connection = StripeWebhookEventsQuery['stripeWebhookEvents'];

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
  const { data, loading, error, refetch, fetchMore } = useStripeWebhookEventsQuery({
    variables: { status, first: stripeEventPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const { later, loadMore, loadingMore, loadMoreError } = useLoadMore<Connection>(
    async (after) => (await fetchMore({ variables: { after } })).data.stripeWebhookEvents,
  );
  const [retrying, setRetrying] = useState<StripeEventRowFragment | null>(null);
  const [retry, retryState] = useRetryStripeWebhookEventMutation();
  const [retryError, setRetryError] = useState<string | null>(null);

  if (loading && !data) {
    return (
      <Stack spacing={1} role="status" aria-label="Loading Stripe events">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={88} />
        ))}
      </Stack>
    );
  }
  if (error || !data) {
    return (
      <Card component="section" aria-label="Stripe events">
        <CardContent>
          <ErrorState
            title="We couldn’t load the Stripe events"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  }
  const pages = [data.stripeWebhookEvents, ...later];
  const events = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages[pages.length - 1]!;
  if (events.length === 0) {
    return (
      <Card component="section" aria-label="Stripe events">
        <CardContent>
          <EmptyState
            icon={<WebhookOutlinedIcon />}
            title={filter === 'FAILED' ? 'No failed events' : 'No events here'}
            description={
              filter === 'FAILED'
                ? 'Every event Stripe sent was processed, or is still being retried automatically.'
                : 'Events appear as soon as Stripe sends them to /webhooks/stripe.'
            }
            action={
              <Button variant="outlined" onClick={() => void refetch()}>
                Check again
              </Button>
            }
          />
        </CardContent>
      </Card>
    );
  }

  const confirmRetry = async () => {
    if (retrying === null) return;
    setRetryError(null);
    try {
      await retry({ variables: { input: { id: retrying.id } } });
      onRetried(retrying.id);
      void refetch();
    } catch (failure) {
      setRetryError(describeErrorNaming(failure, ['CONFLICT', 'NOT_FOUND']));
    } finally {
      setRetrying(null);
    }
  };

  return (
    <Box component="section" aria-label="Stripe events">
      {retryError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setRetryError(null)}>
          {retryError}
        </Alert>
      )}
      <Stack
        component="ul"
        aria-label="Events"
        spacing={1.5}
        sx={{ listStyle: 'none', m: 0, p: 0 }}
      >
        {events.map((event) => (
          <li key={event.id}>
            <Card component="article" aria-label={`${event.type} ${event.id}`}>
              <CardContent sx={{ display: 'grid', gap: 1 }}>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                  <Typography
                    variant="subtitle2"
                    component="h2"
                    sx={{ fontFamily: 'monospace', flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
                  >
                    {event.type}
                  </Typography>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={stripeEventStatusLabels[event.status]}
                    color={stripeEventStatusColors[event.status]}
                  />
                </Box>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {event.id}
                  {event.objectId ? ` · ${event.objectId}` : ''}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p">
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
                </Typography>
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
                <Box sx={{ display: 'flex', gap: 1, ml: -1, flexWrap: 'wrap' }}>
                  <Button size="small" onClick={() => onInspect(event.id)}>
                    Inspect
                  </Button>
                  {canRetry(event.status) && (
                    <Button
                      size="small"
                      onClick={() => setRetrying(event)}
                      disabled={retryState.loading}
                    >
                      Retry now
                    </Button>
                  )}
                </Box>
              </CardContent>
            </Card>
          </li>
        ))}
      </Stack>
      <LoadMoreFooter
        summary={`Showing ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
        hasMore={last.pageInfo.hasNextPage}
        loading={loadingMore}
        error={loadMoreError}
        onLoadMore={() => void loadMore(last.pageInfo.endCursor)}
      />
      <ConfirmDialog
        open={retrying !== null}
        title="Process this event again?"
        description={
          retrying && (
            <>
              <code>{retrying.type}</code> ({retrying.id}) is processed again now, re-reading its
              object from Stripe. It is applied at most once: a processed event is never run twice.
            </>
          )
        }
        confirmLabel="Retry now"
        busy={retryState.loading}
        onConfirm={() => void confirmRetry()}
        onCancel={() => setRetrying(null)}
      />
    </Box>
  );
}
