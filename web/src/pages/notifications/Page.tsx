import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsNoneOutlinedIcon from '@mui/icons-material/NotificationsNoneOutlined';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { useLoadMore } from '../../components/useLoadMore';
import { describeError } from '../../app/graphqlErrors';
import { usePageTitle } from '../../app/usePageTitle';
import {
  NotificationBellDocument,
  NotificationsDocument,
  useMarkNotificationsReadMutation,
  useNotificationsQuery,
  type NotificationsQuery,
} from '../../graphql/generated';
import { NotificationList } from './NotificationList';

/** Notifications a page; "Load more" asks for the next this many. */
export const notificationPageSize = 20;

type Connection = NotificationsQuery['notifications'];

export function NotificationsPage() {
  usePageTitle('Notifications');
  const { data, loading, error, refetch, fetchMore } = useNotificationsQuery({
    variables: { first: notificationPageSize, after: null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const { later, loadMore, loadingMore, loadMoreError } = useLoadMore<Connection>(
    async (after) => (await fetchMore({ variables: { after } })).data.notifications,
  );
  const [markFailed, setMarkFailed] = useState<string | null>(null);
  const [markRead, { loading: marking }] = useMarkNotificationsReadMutation({
    refetchQueries: [NotificationsDocument, NotificationBellDocument],
    awaitRefetchQueries: true,
  });
  const mark = async (input: { ids: string[] } | { all: true }) => {
    setMarkFailed(null);
    try {
      await markRead({ variables: { input } });
    } catch (failure) {
      setMarkFailed(describeError(failure));
    }
  };

  const first = data?.notifications;
  const unread = first?.unreadCount ?? 0;
  const header = (
    <PageHeader
      eyebrow="Account"
      title="Notifications"
      description="Invoices, payments, plan changes and other news about this account. We also e-mail them as chosen under Account settings › Preferences."
      actions={
        unread > 0 ? (
          <Button
            variant="outlined"
            startIcon={<DoneAllIcon />}
            onClick={() => void mark({ all: true })}
            disabled={marking}
          >
            Mark all read
          </Button>
        ) : undefined
      }
    />
  );

  let body;
  if (loading && !first) {
    body = (
      <Stack spacing={1} role="status" aria-label="Loading notifications">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={72} />
        ))}
      </Stack>
    );
  } else if (error || !first) {
    body = (
      <Card component="section" aria-label="Notifications">
        <CardContent>
          <ErrorState
            title="We couldn’t load your notifications"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  } else {
    const pages = [first, ...later];
    const notifications = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    const last = pages[pages.length - 1]!;
    body =
      notifications.length === 0 ? (
        <Card component="section" aria-label="Notifications">
          <CardContent>
            <EmptyState
              icon={<NotificationsNoneOutlinedIcon />}
              title="No notifications yet"
              description="When an invoice is issued, a payment arrives or fails, or your plan changes, you will see it here."
            />
          </CardContent>
        </Card>
      ) : (
        <Card component="section" aria-label="Notifications">
          <NotificationList
            notifications={notifications}
            marking={marking}
            onMarkRead={(id) => void mark({ ids: [id] })}
          />
          <Box sx={{ pb: 2 }}>
            <LoadMoreFooter
              summary={`Showing ${notifications.length} of ${first.totalCount} · ${unread} unread`}
              hasMore={last.pageInfo.hasNextPage}
              loading={loadingMore}
              error={loadMoreError}
              onLoadMore={() => void loadMore(last.pageInfo.endCursor)}
            />
          </Box>
        </Card>
      );
  }

  return (
    <>
      {header}
      {markFailed && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setMarkFailed(null)}>
          {markFailed}
        </Alert>
      )}
      {body}
    </>
  );
}
