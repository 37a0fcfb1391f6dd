import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { CheckList } from '../../../components/CheckList';
import { Money } from '../../../components/Money';
import type {
  BillingInterval,
  TierCardFragment,
  PlansSubscriptionFragment,
} from '../../../graphql/generated';
import {
  annualSaving,
  intervalWords,
  limitText,
  priceOf,
  seatsText,
  type TierAction,
} from './planCatalog';
import { formatDay } from '../../../components/dates';

type TierCardProps = {
  plan: TierCardFragment;
  interval: BillingInterval;
  currency: string;
  /** The account is on this plan (the live subscription's, or Free without one). */
  current: boolean;
  /** The live subscription when it runs this plan (for the trial badge). */
  subscription: PlansSubscriptionFragment | null;
  /** When a scheduled change moves the subscription to this plan; null when none does. */
  scheduledAt: string | null;
  action: TierAction;
  /** Null for members who may only look. */
  onAction: (() => void) | null;
};

function actionLabel(action: TierAction, plan: TierCardFragment): string | null {
  switch (action.kind) {
    case 'start':
      return `Choose ${plan.name}`;
    case 'change':
      return action.direction === 'upgrade'
        ? `Upgrade to ${plan.name}`
        : action.direction === 'downgrade'
          ? `Downgrade to ${plan.name}`
          : `Switch to ${plan.name}`;
    case 'interval':
      return `Switch to ${intervalWords[action.interval].adjective} billing`;
    case 'cancel_to_free':
      return 'Downgrade to Free';
    case 'contact':
    case 'current':
    case 'not_sold':
    case 'blocked':
      return null;
  }
}

function PriceBlock({
  plan,
  interval,
  currency,
}: Omit<TierCardProps, 'current' | 'subscription' | 'scheduledAt' | 'action' | 'onAction'>) {
  const big = { fontWeight: 700, letterSpacing: '-0.01em' } as const;
  if (plan.customPricing) {
    return (
      <Box>
        <Typography variant="h5" component="p" sx={big}>
          Custom
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Priced per contract
        </Typography>
      </Box>
    );
  }
  if (plan.code === 'free' || plan.prices.length === 0) {
    return (
      <Box>
        <Typography variant="h5" component="p" sx={big}>
          Free
        </Typography>
        <Typography variant="body2" color="text.secondary">
          No card needed
        </Typography>
      </Box>
    );
  }
  const price = priceOf(plan, interval, currency);
  if (!price) {
    return (
      <Typography variant="body1" component="p" color="text.secondary">
        Not sold {intervalWords[interval].adjective === 'annual' ? 'annually' : 'monthly'} in{' '}
        {currency}
      </Typography>
    );
  }
  const saving = interval === 'YEAR' ? annualSaving(plan, currency) : null;
  return (
    <Box>
      <Typography variant="h5" component="p" sx={big}>
        <Money value={price.amount} />
        <Typography component="span" variant="body2" color="text.secondary">
          {` / ${intervalWords[interval].unit}`}
        </Typography>
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {saving ? (
          <>
            Billed annually: save <Money value={saving} />
          </>
        ) : interval === 'YEAR' ? (
          'Billed annually'
        ) : (
          'Billed monthly'
        )}
      </Typography>
    </Box>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.5 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{ m: 0, fontWeight: 600, textAlign: 'right', whiteSpace: 'nowrap' }}
      >
        {children}
      </Typography>
    </Box>
  );
}

/** One tier of the comparison: price, seats, trial, features, limits and what the viewer can do. */
export function TierCard({
  plan,
  interval,
  currency,
  current,
  subscription,
  scheduledAt,
  action,
  onAction,
}: TierCardProps) {
  const price = priceOf(plan, interval, currency);
  const label = actionLabel(action, plan);
  const trialing = current && subscription?.status === 'TRIALING';
  const titleId = `plan-${plan.code}-title`;
  return (
    <Box
      component="li"
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      sx={(theme) => ({
        p: { xs: 2, sm: 2.5 },
        borderRadius: 1.5,
        border: current ? 2 : 1,
        borderColor: current ? 'primary.main' : 'divider',
        bgcolor: current ? alpha(theme.palette.primary.main, 0.04) : 'background.paper',
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        minWidth: 0,
      })}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography variant="h6" component="h3" id={titleId} sx={{ mr: 'auto' }}>
          {plan.name}
        </Typography>
        {current && <Chip label="Current plan" size="small" color="primary" />}
        {trialing && subscription?.trialEnd && (
          <Chip
            label={`Trial until ${formatDay(subscription.trialEnd)}`}
            size="small"
            color="info"
            variant="outlined"
          />
        )}
        {scheduledAt && (
          <Chip label="Scheduled" size="small" color="secondary" variant="outlined" />
        )}
      </Box>
      <PriceBlock plan={plan} interval={interval} currency={currency} />
      <Typography variant="body2" color="text.secondary">
        {plan.description}
      </Typography>

      <Box component="dl" sx={{ m: 0 }}>
        <Fact label="Seats included">{seatsText(plan.includedSeats)}</Fact>
        {!plan.customPricing && plan.code !== 'free' && (
          <Fact label="Extra seat">
            {price?.perSeatAmount ? (
              <>
                <Money value={price.perSeatAmount} /> / {intervalWords[interval].unit}
              </>
            ) : (
              'Not available'
            )}
          </Fact>
        )}
        {plan.trialDays > 0 && <Fact label="Free trial">{`${plan.trialDays} days`}</Fact>}
        {plan.limits.map((limit) => (
          <Fact key={limit.key} label={limit.label}>
            {limitText(limit.limit)}
          </Fact>
        ))}
      </Box>
      <Divider />
      <CheckList items={plan.features} aria-label={`${plan.name} features`} />

      <Box sx={{ mt: 'auto', pt: 1 }}>
        {scheduledAt ? (
          <Typography variant="body2" color="text.secondary">
            Your subscription moves to {plan.name} on {formatDay(scheduledAt)}.
          </Typography>
        ) : action.kind === 'contact' ? (
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Contact us: we set up {plan.name} contracts for you.
          </Typography>
        ) : action.kind === 'blocked' && onAction ? (
          <Typography variant="body2" color="text.secondary">
            {action.reason}
          </Typography>
        ) : label && onAction ? (
          <Button
            fullWidth
            variant={
              action.kind === 'change' && action.direction === 'upgrade' ? 'contained' : 'outlined'
            }
            color={action.kind === 'cancel_to_free' ? 'inherit' : 'primary'}
            onClick={onAction}
          >
            {label}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}
