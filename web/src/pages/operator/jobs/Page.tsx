import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import { utcText } from '../../../components/dates';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { useCursorList } from '../../../components/useCursorList';
import { CursorListStates } from '../../../components/CursorListStates';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  useFailedJobsQuery,
  useRetryJobMutation,
  type FailedJobRowFragment,
} from '../../../graphql/generated';
import {
  RecordCard,
  RecordCards,
  RecordDialog,
  RecordFacts,
  RecordText,
  useConfirmedRetry,
} from '../../../features/back-office/RetryableRecords';

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
  const query = useFailedJobsQuery({
    variables: { name, first: failedJobPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const list = useCursorList(query, (data) => data.failedJobs);
  const { data } = query;
  const [inspecting, setInspecting] = useState<FailedJobRowFragment | null>(null);
  const [retryJob] = useRetryJobMutation();
  const retry = useConfirmedRetry<FailedJobRowFragment>({
    retry: (job) => retryJob({ variables: { input: { id: job.id } } }),
    onRetried: (job) => {
      onRetried(job);
      setInspecting(null);
      void list.reload();
    },
    onRefused: () => void list.reload(),
  });

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

  const jobs = list.nodes;
  const states = (
    <CursorListStates
      list={list}
      label="Failed jobs"
      skeleton={{ label: 'Loading failed jobs', rows: 4, height: 88 }}
      errorTitle="We couldn’t load the failed jobs"
      errorAction={
        name !== null && (
          <Button sx={{ mt: 1 }} onClick={() => onName(null)}>
            Show all jobs
          </Button>
        )
      }
      emptyState={{
        icon: <TaskAltOutlinedIcon />,
        title: 'No failed jobs',
        description:
          name === null
            ? 'Every background job succeeded, or is still being retried automatically.'
            : `No ${name} job has failed for good.`,
        checkAgain: true,
      }}
    >
      <Box>
        <RecordCards label="Jobs">
          {jobs.map((job) => (
            <RecordCard
              key={job.id}
              kind={job.name}
              id={job.id}
              idLine={job.id}
              when={
                <>
                  Failed{' '}
                  <time dateTime={job.completedAt ?? job.createdAt}>
                    {utcText(job.completedAt ?? job.createdAt)}
                  </time>
                  {' · '}
                  {attemptsText(job)}
                </>
              }
              onInspect={() => setInspecting(job)}
              retryLabel="Retry"
              onRetry={() => retry.ask(job)}
              retryDisabled={retry.busy}
            >
              <Alert severity="error" variant="outlined" sx={{ overflowWrap: 'anywhere' }}>
                {errorHeadline(job.errorOutput)}
              </Alert>
            </RecordCard>
          ))}
        </RecordCards>
        <LoadMoreFooter
          summary={`Showing ${jobs.length} failed ${jobs.length === 1 ? 'job' : 'jobs'}`}
          {...list.footer}
        />
      </Box>
    </CursorListStates>
  );
  // Loading, or failed: the state alone. Otherwise the filter above the jobs (or "none").
  if (list.status === 'loading' || list.status === 'error') return states;
  return (
    <Stack spacing={3} component="section" aria-label="Failed jobs">
      {filter}
      {retry.error && (
        <Alert severity="error" onClose={retry.clearError}>
          {retry.error}
        </Alert>
      )}
      {states}
      <FailedJobDetail
        job={inspecting}
        onClose={() => setInspecting(null)}
        onRetry={(job) => retry.ask(job)}
      />
      {retry.confirmDialog('Run this job again?', 'Retry', (job) => (
        <>
          <code>{job.name}</code> ({job.id}) goes back in the queue with one more attempt and runs
          within seconds. If it fails again, it comes back to this list.
        </>
      ))}
    </Stack>
  );
}

/** One job's facts, its payload and the error output. */
function FailedJobDetail({
  job,
  onClose,
  onRetry,
}: {
  job: FailedJobRowFragment | null;
  onClose: () => void;
  onRetry: (job: FailedJobRowFragment) => void;
}) {
  return (
    <RecordDialog
      open={job !== null}
      title={job?.name ?? 'Job'}
      monospaceTitle
      onClose={onClose}
      actions={
        job && (
          <Button variant="contained" onClick={() => onRetry(job)}>
            Retry
          </Button>
        )
      }
    >
      {job && (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <RecordFacts>
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
          </RecordFacts>
          <RecordText label="Error output" maxHeight={360}>
            {job.errorOutput ?? 'No error output was recorded.'}
          </RecordText>
          <RecordText label="Payload" maxHeight={360}>
            {job.data}
          </RecordText>
        </Box>
      )}
    </RecordDialog>
  );
}
