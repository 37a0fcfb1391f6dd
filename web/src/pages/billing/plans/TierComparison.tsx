import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../components/EmptyState';
import type {
  BillingInterval,
  TierCardFragment,
  PlansSubscriptionFragment,
} from '../../../graphql/generated';
import { isLive, tierAction, type TierAction } from './planCatalog';
import { TierCard } from './TierCard';

type TierComparisonProps = {
  plans: readonly TierCardFragment[];
  /** The account's plan (Free without a subscription). */
  currentPlanId: string;
  subscription: PlansSubscriptionFragment | null;
  interval: BillingInterval;
  onIntervalChange: (interval: BillingInterval) => void;
  currency: string;
  /** Offered only while no subscription runs (a running one keeps its currency). */
  currencies: readonly string[];
  onCurrencyChange: (currency: string) => void;
  /** Null for members who may only look. */
  onTierAction: ((plan: TierCardFragment, action: TierAction) => void) | null;
};

/** Free, Basic, Advanced and Enterprise side by side (stacked on a phone), in one interval and currency. */
export function TierComparison({
  plans,
  currentPlanId,
  subscription,
  interval,
  onIntervalChange,
  currency,
  currencies,
  onCurrencyChange,
  onTierAction,
}: TierComparisonProps) {
  const live = subscription && isLive(subscription) ? subscription : null;
  const byRank = [...plans].sort((a, b) => a.rank - b.rank);
  return (
    <Card component="section" aria-labelledby="compare-plans-title">
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1.5,
          px: 2,
          pt: 2,
        }}
      >
        <Typography variant="h6" component="h2" id="compare-plans-title">
          Compare plans
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={interval}
            aria-label="Show prices"
            onChange={(_event, next: BillingInterval | null) => {
              if (next) onIntervalChange(next);
            }}
          >
            <ToggleButton value="MONTH">Monthly</ToggleButton>
            <ToggleButton value="YEAR">Annual</ToggleButton>
          </ToggleButtonGroup>
          {live ? (
            <Typography variant="body2" color="text.secondary">
              Prices in {currency}
            </Typography>
          ) : (
            <TextField
              select
              size="small"
              label="Currency"
              value={currency}
              onChange={(event) => onCurrencyChange(event.target.value)}
              sx={{ width: 120 }}
            >
              {currencies.map((code) => (
                <MenuItem key={code} value={code}>
                  {code}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
      </Box>
      <CardContent>
        {byRank.length === 0 ? (
          <EmptyState
            title="No plans published yet"
            description="Plans appear here once your provider publishes its catalog."
          />
        ) : (
          <Box
            component="ul"
            aria-label="Plans"
            sx={{
              listStyle: 'none',
              m: 0,
              p: 0,
              display: 'grid',
              gap: 2,
              gridTemplateColumns: {
                xs: '1fr',
                sm: 'repeat(2, minmax(0, 1fr))',
                lg: `repeat(${Math.min(byRank.length, 4)}, minmax(0, 1fr))`,
              },
            }}
          >
            {byRank.map((plan) => {
              const action = tierAction(plan, subscription, interval, currency);
              return (
                <TierCard
                  key={plan.id}
                  plan={plan}
                  interval={interval}
                  currency={currency}
                  current={plan.id === currentPlanId}
                  subscription={live}
                  scheduledAt={
                    live?.scheduledChange?.plan.id === plan.id && live.plan.id !== plan.id
                      ? live.scheduledChange.effectiveAt
                      : null
                  }
                  action={action}
                  onAction={onTierAction && (() => onTierAction(plan, action))}
                />
              );
            })}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
