import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type { PlansPageQuery, SubscriptionSummaryFragment } from '../../../graphql/generated';
import { changeBlockedReason, extraSeats, intervalWords, isLive, seatsText } from './planCatalog';
import { statusLabels } from './subscriptionText';
import { formatDay } from '../../../components/dates';

type SubscriptionSummaryProps = {
  subscription: SubscriptionSummaryFragment | null;
  creditBalance: PlansPageQuery['account']['creditBalance'];
  /** Null for members who may only look. */
  onChangeSeats: (() => void) | null;
  onCancel: (() => void) | null;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, fontWeight: 600 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The account's subscription at a glance: plan, status, seats, dates and the next invoice. */
export function SubscriptionSummary({
  subscription,
  creditBalance,
  onChangeSeats,
  onCancel,
}: SubscriptionSummaryProps) {
  const live = subscription && isLive(subscription) ? subscription : null;
  const credit =
    creditBalance.amount > 0 ? (
      <Fact label="Credit balance">
        <Money value={creditBalance} />
      </Fact>
    ) : null;

  if (!live) {
    return (
      <Card component="section" aria-labelledby="subscription-title" sx={{ mb: 3 }}>
        <CardContent>
          <Typography variant="h6" component="h2" id="subscription-title">
            You’re on the Free plan
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {subscription?.endedAt
              ? `Your ${subscription.plan.name} subscription ended on ${formatDay(subscription.endedAt)}. `
              : ''}
            Choose a plan below to start a subscription; every plan shows what it costs before you
            confirm.
          </Typography>
          {credit && (
            <Box component="dl" sx={{ m: 0, mt: 2 }}>
              {credit}
            </Box>
          )}
        </CardContent>
      </Card>
    );
  }

  const status = statusLabels[live.status];
  const unit = intervalWords[live.interval].unit;
  const extra = extraSeats(live.seats, live.plan.includedSeats);
  const trialing = live.status === 'TRIALING';
  const canChangeSeats = onChangeSeats && changeBlockedReason(live) == null;
  const canCancel = onCancel && !live.cancelAtPeriodEnd;
  return (
    <Card component="section" aria-labelledby="subscription-title" sx={{ mb: 3 }}>
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" component="h2" id="subscription-title">
            Your subscription: {live.plan.name}
          </Typography>
          <Chip label={status.label} color={status.color} size="small" />
        </Box>
        <Box
          component="dl"
          sx={{
            m: 0,
            mt: 2,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: {
              xs: 'repeat(2, minmax(0, 1fr))',
              md: 'repeat(4, minmax(0, 1fr))',
            },
          }}
        >
          <Fact label="Price">
            <Money value={live.price.amount} /> / {unit}
          </Fact>
          <Fact label="Seats">
            {seatsText(live.seats)}
            {extra > 0 && live.price.perSeatAmount && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                ({extra} extra at <Money value={live.price.perSeatAmount} />)
              </Typography>
            )}
          </Fact>
          {trialing && live.trialEnd ? (
            <Fact label="Trial ends">{formatDay(live.trialEnd)}</Fact>
          ) : (
            <Fact label={live.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}>
              {formatDay(live.currentPeriodEnd)}
            </Fact>
          )}
          <Fact label="Next invoice">
            {live.upcomingInvoice ? (
              <>
                <Money value={live.upcomingInvoice.amountDue} /> on{' '}
                {formatDay(live.upcomingInvoice.date)}
              </>
            ) : (
              'None'
            )}
          </Fact>
          {credit}
        </Box>
        {(canChangeSeats || canCancel) && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2.5 }}>
            {canChangeSeats && (
              <Button variant="outlined" onClick={onChangeSeats}>
                Change seats
              </Button>
            )}
            {canCancel && (
              <Button variant="text" color="error" onClick={onCancel}>
                Cancel subscription
              </Button>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
