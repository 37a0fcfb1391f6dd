import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import MailLockOutlinedIcon from '@mui/icons-material/MailLockOutlined';
import MarkunreadMailboxOutlinedIcon from '@mui/icons-material/MarkunreadMailboxOutlined';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useMailOutboxQuery, type MailOutboxQuery } from '../../../graphql/generated';
import { MailDetail } from './MailDetail';
import { MailList } from './MailList';

/** Messages a page; "Load more" asks for the next this many. */
export const mailPageSize = 25;

/**
 * Operators, outside production: every e-mail Ledgerline wrote, newest first. Without SMTP_URL
 * this is where mail ends up (invitations can be accepted from here in development); with it,
 * the list also shows what was sent or failed. The selected message is in the address
 * (`?message=…`), so a message can be linked to.
 */
export function MailOutboxPage() {
  usePageTitle('Mail outbox');
  const header = (
    <PageHeader
      eyebrow="Back office"
      title="Mail outbox"
      description="Every e-mail Ledgerline wrote, as its recipient sees it. Development only."
    />
  );
  return (
    <>
      {header}
      <MailOutbox />
    </>
  );
}

type Connection = NonNullable<MailOutboxQuery['mailOutbox']>;

function MailOutbox() {
  const theme = useTheme();
  // Side by side needs a desktop's width; on a phone the list and a message take turns.
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('message');
  const select = (id: string | null) =>
    setSearchParams(id === null ? {} : { message: id }, { replace: false });

  const { data, loading, error, refetch, fetchMore } = useMailOutboxQuery({
    variables: { first: mailPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const [later, setLater] = useState<Connection[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  if (loading && !data) {
    return (
      <Stack spacing={1} role="status" aria-label="Loading the mail outbox">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={72} />
        ))}
      </Stack>
    );
  }
  if (error || !data) {
    return (
      <Card component="section" aria-label="Mail outbox">
        <CardContent>
          <ErrorState
            title="We couldn’t load the mail outbox"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  }
  const first = data.mailOutbox;
  if (first === null) {
    return (
      <Card component="section" aria-label="Mail outbox">
        <CardContent>
          <EmptyState
            icon={<MailLockOutlinedIcon />}
            title="The mail outbox is off in production"
            description="Mail goes out through the SMTP server (SMTP_URL); its messages hold sign-in links, so production does not show them here."
          />
        </CardContent>
      </Card>
    );
  }

  const pages = [first, ...later];
  const messages = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages[pages.length - 1]!;
  if (messages.length === 0) {
    return (
      <Card component="section" aria-label="Mail outbox">
        <CardContent>
          <EmptyState
            icon={<MarkunreadMailboxOutlinedIcon />}
            title="No mail yet"
            description="Invitations and billing notices appear here as soon as Ledgerline writes them."
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

  const loadMore = async () => {
    if (!last.pageInfo.endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      const result = await fetchMore({ variables: { after: last.pageInfo.endCursor } });
      const page = result.data.mailOutbox;
      if (page) setLater((pagesSoFar) => [...pagesSoFar, page]);
    } catch (failure) {
      setLoadMoreError(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const list = (
    // The theme's cards fill their grid cell; these two keep their own height side by side.
    <Card component="section" aria-label="Mail outbox" sx={{ minWidth: 0, height: 'auto' }}>
      <MailList messages={messages} selectedId={selectedId} onSelect={select} />
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1.5, p: 2 }}>
        <Typography variant="body2" color="text.secondary" role="status">
          Showing {messages.length} of {first.totalCount}{' '}
          {first.totalCount === 1 ? 'message' : 'messages'}
        </Typography>
        {loadMoreError && (
          <Alert severity="error" sx={{ width: '100%' }}>
            {loadMoreError}
          </Alert>
        )}
        {last.pageInfo.hasNextPage && (
          <Button variant="outlined" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : loadMoreError ? 'Try again' : 'Load more'}
          </Button>
        )}
      </Box>
    </Card>
  );
  const detail = (
    <Card component="section" aria-label="Message" sx={{ minWidth: 0, height: 'auto' }}>
      <CardContent>
        {narrow && (
          <Button startIcon={<ArrowBackIcon />} onClick={() => select(null)} sx={{ mb: 1, ml: -1 }}>
            All mail
          </Button>
        )}
        {selectedId === null ? (
          <EmptyState
            title="Choose a message"
            description="Its HTML and text versions show here."
          />
        ) : (
          <MailDetail id={selectedId} />
        )}
      </CardContent>
    </Card>
  );

  if (narrow) return selectedId === null ? list : detail;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(280px, 2fr) minmax(0, 3fr)',
        gap: 3,
        alignItems: 'start',
      }}
    >
      {list}
      {detail}
    </Box>
  );
}
