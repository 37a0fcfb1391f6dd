import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { utcText } from '../../../components/dates';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { useLoadMore } from '../../../components/useLoadMore';
import { describeError, describeErrorNaming } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  useFailedJobsQuery,
  useRetryJobMutation,
  type FailedJobRowFragment,
  type FailedJobsQuery,
} from '../../../graphql/generated';

/** Jobs a page; "Load more" asks for the next this many. */
export const failedJobPageSize = 25;

/** The first line of the error output: the message (the rest is the stack). */
export function errorHeadline(output: string | null): string {
  if (output === null) return 'No error output was recorded.';
  return output.split('\n', 1)[0]!.trim() || output.trim();
}

const attemptsText = (job: FailedJobRowFragment) => {
  const runs = job.retryCount + 1;
  return runs === 1 ? '1 run' : `${runs} runs`;
};

/**
 * Operators: background jobs that failed for good (every automatic retry used up). Inspect the
 * payload and the error, fix the cause, retry. The job-name filter is in the address (`?name=…`).
 */
export function FailedJobsPage() {
  usePageTitle('Failed jobs');
  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Failed jobs"
        description="Background work (mail, renewals, payment retries…) that failed after every automatic retry. Fix the cause, then retry."
      />
      <FailedJobs />
    </>
  );
}

type Connection = FailedJobsQuery['failedJobs'];

function FailedJobs() {
  const [searchParams, setSearchParams] = useSearchParams();
  const name = searchParams.get('name') || null;
  const notice = useSuccessNotice();
  return (
    <>
      {/* A new filter starts again from its first page. */}
      <FailedJobList
        key={name ?? ''}
        name={name}
        onName={(next) => setSearchParams(next === null ? {} : { name: next })}
        onRetried={(job) => notice.notify(`${job.name} is queued to run again.`)}
      />
      <SuccessSnackbar notice={notice} />
    </>
  );
}

function FailedJobList({
  name,
  onName,
  onRetried,
}: {
  name: string | null;
  onName: (name: string | null) => void;
  onRetried: (job: FailedJobRowFragment) => void;
}) {
  const { data, loading, error, refetch, fetchMore } = useFailedJobsQuery({
    variables: { name, first: failedJobPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const { later, loadMore, loadingMore, loadMoreError } = useLoadMore<Connection>(
    async (after) => (await fetchMore({ variables: { after } })).data.failedJobs,
  );
  const [inspecting, setInspecting] = useState<FailedJobRowFragment | null>(null);
  const [retrying, setRetrying] = useState<FailedJobRowFragment | null>(null);
  const [retry, retryState] = useRetryJobMutation();
  const [retryError, setRetryError] = useState<string | null>(null);

  const filter = (
    <TextField
      select
      size="small"
      label="Job"
      value={name ?? ''}
      onChange={(event) => onName(event.target.value === '' ? null : event.target.value)}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      sx={{ minWidth: 240, alignSelf: 'flex-start' }}
    >
      <MenuItem value="">All jobs</MenuItem>
      {(data?.failedJobs.jobNames ?? (name ? [name] : [])).map((jobName) => (
        <MenuItem key={jobName} value={jobName}>
          {jobName}
        </MenuItem>
      ))}
    </TextField>
  );

  if (loading && !data) {
    return (
      <Stack spacing={1} role="status" aria-label="Loading failed jobs">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={88} />
        ))}
      </Stack>
    );
  }
  if (error || !data) {
    return (
      <Card component="section" aria-label="Failed jobs">
        <CardContent>
          <ErrorState
            title="We couldn’t load the failed jobs"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
          {name !== null && (
            <Button sx={{ mt: 1 }} onClick={() => onName(null)}>
              Show all jobs
            </Button>
          )}
        </CardContent>
      </Card>
    );
  }
  const pages = [data.failedJobs, ...later];
  const jobs = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages[pages.length - 1]!;

  const confirmRetry = async () => {
    if (retrying === null) return;
    setRetryError(null);
    try {
      await retry({ variables: { input: { id: retrying.id } } });
      onRetried(retrying);
      setInspecting(null);
      void refetch();
    } catch (failure) {
      setRetryError(describeErrorNaming(failure, ['CONFLICT', 'NOT_FOUND']));
      void refetch();
    } finally {
      setRetrying(null);
    }
  };

  return (
    <Stack spacing={3} component="section" aria-label="Failed jobs">
      {filter}
      {retryError && (
        <Alert severity="error" onClose={() => setRetryError(null)}>
          {retryError}
        </Alert>
      )}
      {jobs.length === 0 ? (
        <Card>
          <CardContent>
            <EmptyState
              icon={<TaskAltOutlinedIcon />}
              title="No failed jobs"
              description={
                name === null
                  ? 'Every background job succeeded, or is still being retried automatically.'
                  : `No ${name} job has failed for good.`
              }
              action={
                <Button variant="outlined" onClick={() => void refetch()}>
                  Check again
                </Button>
              }
            />
          </CardContent>
        </Card>
      ) : (
        <Box>
          <Stack
            component="ul"
            aria-label="Jobs"
            spacing={1.5}
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {jobs.map((job) => (
              <li key={job.id}>
                <Card component="article" aria-label={`${job.name} ${job.id}`}>
                  <CardContent sx={{ display: 'grid', gap: 1 }}>
                    <Typography
                      variant="subtitle2"
                      component="h2"
                      sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                    >
                      {job.name}
                    </Typography>
                    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                      {job.id}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="p">
                      Failed{' '}
                      <time dateTime={job.completedAt ?? job.createdAt}>
                        {utcText(job.completedAt ?? job.createdAt)}
                      </time>
                      {' · '}
                      {attemptsText(job)}
                    </Typography>
                    <Alert severity="error" variant="outlined" sx={{ overflowWrap: 'anywhere' }}>
                      {errorHeadline(job.errorOutput)}
                    </Alert>
                    <Box sx={{ display: 'flex', gap: 1, ml: -1, flexWrap: 'wrap' }}>
                      <Button size="small" onClick={() => setInspecting(job)}>
                        Inspect
                      </Button>
                      <Button
                        size="small"
                        onClick={() => setRetrying(job)}
                        disabled={retryState.loading}
                      >
                        Retry
                      </Button>
                    </Box>
                  </CardContent>
                </Card>
              </li>
            ))}
          </Stack>
          <LoadMoreFooter
            summary={`Showing ${jobs.length} failed ${jobs.length === 1 ? 'job' : 'jobs'}`}
            hasMore={last.pageInfo.hasNextPage}
            loading={loadingMore}
            error={loadMoreError}
            onLoadMore={() => void loadMore(last.pageInfo.endCursor)}
          />
        </Box>
      )}
      <FailedJobDetail
        job={inspecting}
        onClose={() => setInspecting(null)}
        onRetry={(job) => setRetrying(job)}
      />
      <ConfirmDialog
        open={retrying !== null}
        title="Run this job again?"
        description={
          retrying && (
            <>
              <code>{retrying.name}</code> ({retrying.id}) goes back in the queue with one more
              attempt and runs within seconds. If it fails again, it comes back to this list.
            </>
          )
        }
        confirmLabel="Retry"
        busy={retryState.loading}
        onConfirm={() => void confirmRetry()}
        onCancel={() => setRetrying(null)}
      />
    </Stack>
  );
}

const preSx = {
  m: 0,
  p: 2,
  bgcolor: 'action.hover',
  borderRadius: 1,
  overflow: 'auto',
  maxHeight: 360,
  fontSize: 12,
  fontFamily: 'monospace',
} as const;

/** One job's facts, its payload and the error output, in a dialog (full screen on a phone). */
function FailedJobDetail({
  job,
  onClose,
  onRetry,
}: {
  job: FailedJobRowFragment | null;
  onClose: () => void;
  onRetry: (job: FailedJobRowFragment) => void;
}) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog
      open={job !== null}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere', fontFamily: 'monospace' }}>
        {job?.name ?? 'Job'}
      </DialogTitle>
      <DialogContent dividers>
        {job && (
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
              <dt>Job id</dt>
              <dd>{job.id}</dd>
              <dt>State</dt>
              <dd>
                {job.state} ({attemptsText(job)}; {job.retryLimit}{' '}
                {job.retryLimit === 1 ? 'retry' : 'retries'} allowed)
              </dd>
              <dt>Created</dt>
              <dd>{utcText(job.createdAt)}</dd>
              {job.startedAt && (
                <>
                  <dt>Last started</dt>
                  <dd>{utcText(job.startedAt)}</dd>
                </>
              )}
              {job.completedAt && (
                <>
                  <dt>Failed</dt>
                  <dd>{utcText(job.completedAt)}</dd>
                </>
              )}
            </Box>
            <Typography variant="subtitle2" component="h3">
              Error output
            </Typography>
            <Box component="pre" tabIndex={0} aria-label="Error output" sx={preSx}>
              {job.errorOutput ?? 'No error output was recorded.'}
            </Box>
            <Typography variant="subtitle2" component="h3">
              Payload
            </Typography>
            <Box component="pre" tabIndex={0} aria-label="Payload" sx={preSx}>
              {job.data}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {job && (
          <Button variant="contained" onClick={() => onRetry(job)}>
            Retry
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
