import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UpdateDisabledOutlinedIcon from '@mui/icons-material/UpdateDisabledOutlined';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, fieldErrorsOf } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  type AdvanceTestClockInput,
  TestClockDocument,
  useAdvanceTestClockMutation,
  useTestClockQuery,
} from '../../../graphql/generated';
import { describeOffset, formatClock, localValueOf, quickMoves, utcInstantOf } from './testClock';

/**
 * Operators, TEST_CLOCK=1 only: moves billing time forward like Stripe's test clocks. Renewals,
 * dunning and notices that came due run at once on the server, so a year of billing can be shown
 * in a minute. Every session reads the same clock: a jump past a week signs people out.
 */
export function TestClockPage() {
  usePageTitle('Test clock');
  const { data, loading, error, refetch } = useTestClockQuery({
    notifyOnNetworkStatusChange: true,
  });

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading the test clock">
        <Skeleton variant="rounded" height={72} />
        <Skeleton variant="rounded" height={40} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t read the test clock"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (data.testClock == null) {
    body = (
      <EmptyState
        icon={<UpdateDisabledOutlinedIcon />}
        title="The test clock is off"
        description="Billing runs on real time. To demonstrate renewals and dunning, start Ledgerline with TEST_CLOCK=1 (never in production)."
      />
    );
  } else {
    body = (
      <TestClockControls now={data.testClock.now} offsetSeconds={data.testClock.offsetSeconds} />
    );
  }

  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Test clock"
        description="Move billing time forward to watch trials end, renewals invoice and dunning retry."
      />
      <Card component="section" aria-labelledby="test-clock-title" sx={{ maxWidth: 720 }}>
        <CardHeader title="Billing time" slotProps={{ title: { id: 'test-clock-title' } }} />
        <CardContent>{body}</CardContent>
      </Card>
    </>
  );
}

function TestClockControls({ now, offsetSeconds }: { now: string; offsetSeconds: number }) {
  // The reading has no id to normalise by, so the page's query is written with the new one.
  const [advance, { loading, error }] = useAdvanceTestClockMutation({
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: TestClockDocument, data: { testClock: data.advanceTestClock } });
    },
  });
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const fieldErrors = fieldErrorsOf(error, ['to', 'days', 'seconds'] as const);

  async function move(input: AdvanceTestClockInput) {
    setMoved(null);
    try {
      const result = await advance({ variables: { input } });
      const reading = result.data?.advanceTestClock;
      if (reading) setMoved(reading.now);
    } catch {
      // Shown from `error` below.
    }
  }

  function submitTarget(event: FormEvent) {
    event.preventDefault();
    const to = utcInstantOf(target);
    if (to === null) {
      setTargetError('Choose a date and a time.');
      return;
    }
    setTargetError(null);
    void move({ to });
  }

  const otherError =
    error && !fieldErrors.to && !fieldErrors.days && !fieldErrors.seconds
      ? describeError(error)
      : null;
  return (
    <Stack spacing={3}>
      <Box aria-live="polite">
        <Typography variant="overline" color="text.secondary" component="p">
          Billing, sessions and jobs see
        </Typography>
        <Typography variant="h5" component="p" data-testid="test-clock-now">
          {formatClock(now)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {describeOffset(offsetSeconds)}
        </Typography>
      </Box>
      {moved && (
        <Alert severity="success" onClose={() => setMoved(null)}>
          Moved to {formatClock(moved)}. Renewals, payment retries and notices that came due are
          running now.
        </Alert>
      )}
      {(otherError || fieldErrors.days || fieldErrors.seconds) && (
        <Alert severity="error">{otherError ?? fieldErrors.days ?? fieldErrors.seconds}</Alert>
      )}
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Move forward by
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {quickMoves.map((step) => (
            <Button
              key={step.days}
              variant="outlined"
              disabled={loading}
              onClick={() => void move({ days: step.days })}
            >
              {step.label}
            </Button>
          ))}
        </Stack>
      </Box>
      <Box component="form" onSubmit={submitTarget} noValidate>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Or move to
        </Typography>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'flex-start' } }}
        >
          <TextField
            label="Date and time (UTC)"
            type="datetime-local"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            error={Boolean(targetError ?? fieldErrors.to)}
            helperText={targetError ?? fieldErrors.to ?? 'Later than the time above.'}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: localValueOf(now) },
            }}
            sx={{ minWidth: 260 }}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={loading}
            sx={{ mt: { sm: 1 }, whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            Move the clock
          </Button>
        </Stack>
      </Box>
      <Typography variant="body2" color="text.secondary">
        The clock never moves back. Sessions expire by this clock too: after a jump of more than a
        week, everyone signs in again.
      </Typography>
    </Stack>
  );
}
