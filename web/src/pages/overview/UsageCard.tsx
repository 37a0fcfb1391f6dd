import { Link as RouterLink } from 'react-router-dom';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UsageCardFragment } from '../../graphql/generated';
import { usageLevel, usagePercent, usageText, type UsageMeter } from './usage';
import { formatDay } from '../../components/dates';

const levelColor = { ok: 'primary', full: 'primary', near: 'warning', reached: 'error' } as const;
const levelNote = {
  full: 'Every seat is taken. ',
  near: 'Close to the limit. ',
  reached: 'Limit reached. ',
} as const;

function Meter({ meter }: { meter: UsageMeter }) {
  // Every seat taken is normal (a one-seat plan starts full): say so, without alarm.
  const level =
    meter.key === 'seats' && usageLevel(meter) === 'reached' ? 'full' : usageLevel(meter);
  const percent = usagePercent(meter);
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mb: 0.5 }}>
        <Typography variant="body2" id={`usage-${meter.key}`}>
          {meter.label}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {usageText(meter)}
        </Typography>
      </Box>
      {percent !== null && (
        <LinearProgress
          variant="determinate"
          value={percent}
          color={levelColor[level]}
          aria-labelledby={`usage-${meter.key}`}
          aria-valuetext={usageText(meter)}
          sx={{ height: 6, borderRadius: 3 }}
        />
      )}
      {level !== 'ok' && (
        <Typography
          variant="caption"
          color={level === 'full' ? 'text.secondary' : `${levelColor[level]}.main`}
          component="p"
          sx={{ mt: 0.5 }}
        >
          {levelNote[level]}
          <Link component={RouterLink} to="/billing/plans">
            Compare plans
          </Link>
        </Typography>
      )}
      {meter.resetsAt && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.25 }}>
          Resets on {formatDay(meter.resetsAt)}
        </Typography>
      )}
    </Box>
  );
}

/** Seats and usage against the plan's limits (SPEC §7 Overview: "usage against limits"). */
export function UsageCard({ account }: { account: UsageCardFragment }) {
  return (
    <Card component="section" aria-labelledby="usage-title" sx={{ height: '100%' }}>
      <CardHeader title="Usage" slotProps={{ title: { id: 'usage-title' } }} />
      <CardContent>
        <Stack spacing={2}>
          {account.usage.map((meter) => (
            <Meter key={meter.key} meter={meter} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
