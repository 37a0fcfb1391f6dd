import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { EmptyState } from '../../components/EmptyState';
import { Money } from '../../components/Money';
import type { PlansTeaserCardFragment } from '../../graphql/generated';
import { displayPrice } from './planPrice';

type PlansTeaserCardProps = {
  plans: readonly PlansTeaserCardFragment[];
  currentPlanId: string | null;
  /** The currency to show prices in where a plan is sold in it (`overviewCurrency`). */
  currency?: string;
};

export function PlansTeaserCard({ plans, currentPlanId, currency = 'USD' }: PlansTeaserCardProps) {
  const byRank = [...plans].sort((a, b) => a.rank - b.rank);
  return (
    <Card component="section" aria-labelledby="plans-title">
      <CardHeader
        title="Plans"
        subheader="What each plan costs and includes."
        slotProps={{ title: { id: 'plans-title' } }}
        action={
          <Button component={RouterLink} to="/billing/plans" size="small">
            Compare and change
          </Button>
        }
      />
      <CardContent>
        {byRank.length === 0 ? (
          <EmptyState
            title="No plans published yet"
            description="Plans appear here once your provider publishes its catalog."
          />
        ) : (
          <Box
            component="ul"
            sx={{
              listStyle: 'none',
              m: 0,
              p: 0,
              display: 'grid',
              gap: 2,
              // By the card's own width (it shares a row on wide screens): tiles of 200px or more.
              gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
            }}
          >
            {byRank.map((plan) => (
              <PlanTile
                key={plan.id}
                plan={plan}
                current={plan.id === currentPlanId}
                currency={currency}
              />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

function PlanTile({
  plan,
  current,
  currency,
}: {
  plan: PlansTeaserCardFragment;
  current: boolean;
  currency: string;
}) {
  return (
    <Box
      component="li"
      aria-current={current ? 'true' : undefined}
      sx={(theme) => ({
        p: 2,
        borderRadius: 1.2,
        border: 1,
        borderColor: current ? 'primary.main' : 'divider',
        bgcolor: current ? alpha(theme.palette.primary.main, 0.04) : 'background.paper',
        display: 'flex',
        flexDirection: 'column',
        gap: 0.75,
      })}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="subtitle1" component="h3">
          {plan.name}
        </Typography>
        {current && <Chip label="Current plan" size="small" color="primary" />}
      </Box>
      <PriceLine plan={plan} currency={currency} />
      {plan.description && (
        <Typography variant="body2" color="text.secondary">
          {plan.description}
        </Typography>
      )}
    </Box>
  );
}

function PriceLine({ plan, currency }: { plan: PlansTeaserCardFragment; currency: string }) {
  const shown = displayPrice(plan, currency);
  const big = { fontWeight: 700, letterSpacing: '-0.01em' };
  switch (shown.kind) {
    case 'custom':
      return (
        <Typography variant="h6" component="p" sx={big}>
          Custom
        </Typography>
      );
    case 'free':
      // The plan is called Free already: its price line says what it costs, like the others.
      return (
        <Typography variant="h6" component="p" sx={big}>
          <Money value={{ amount: 0, currency, formatted: '0' }} />
          <Typography component="span" variant="body2" color="text.secondary">
            {' / month'}
          </Typography>
        </Typography>
      );
    case 'price':
      return (
        <Typography variant="h6" component="p" sx={big}>
          <Money value={shown.price.amount} />
          <Typography component="span" variant="body2" color="text.secondary">
            {shown.interval === 'MONTH' ? ' / month' : ' / year'}
          </Typography>
        </Typography>
      );
  }
}
