import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { SubscriptionBannersFragment } from '../../../graphql/generated';
import { intervalWords, seatsText } from './planCatalog';
import { formatDay } from '../../../components/dates';

type SubscriptionBannersProps = {
  subscription: SubscriptionBannersFragment;
  /** Null for members who may only look. */
  onUndoScheduledChange: (() => void) | null;
  onKeepSubscription: (() => void) | null;
  busy: boolean;
};

/** What is about to happen to the subscription, with the way to take it back. */
export function SubscriptionBanners({
  subscription,
  onUndoScheduledChange,
  onKeepSubscription,
  busy,
}: SubscriptionBannersProps) {
  const scheduled = subscription.scheduledChange;
  const banners = [];
  if (scheduled) {
    const sameSeats = scheduled.seats === subscription.seats;
    const sameInterval = scheduled.interval === subscription.interval;
    const details = [
      sameInterval
        ? null
        : `billed ${intervalWords[scheduled.interval].adjective === 'annual' ? 'annually' : 'monthly'}`,
      sameSeats ? null : seatsText(scheduled.seats),
    ].filter((detail) => detail != null);
    banners.push(
      <Alert
        key="scheduled"
        severity="info"
        role="status"
        action={
          onUndoScheduledChange && (
            <Button color="inherit" size="small" onClick={onUndoScheduledChange} disabled={busy}>
              Undo
            </Button>
          )
        }
      >
        Your plan changes to {scheduled.plan.name}
        {details.length > 0 ? ` (${details.join(', ')})` : ''} on {formatDay(scheduled.effectiveAt)}
        .
      </Alert>,
    );
  }
  if (subscription.cancelAtPeriodEnd) {
    banners.push(
      <Alert
        key="cancel"
        severity="warning"
        role="status"
        action={
          onKeepSubscription && (
            <Button color="inherit" size="small" onClick={onKeepSubscription} disabled={busy}>
              Keep my subscription
            </Button>
          )
        }
      >
        Your {subscription.plan.name} subscription ends on{' '}
        {formatDay(subscription.currentPeriodEnd)}. After that the account moves to Free.
      </Alert>,
    );
  }
  if (subscription.status === 'INCOMPLETE') {
    banners.push(
      <Alert key="incomplete" severity="warning">
        Your first invoice is waiting for payment. {subscription.plan.name} becomes active once it
        is paid; plan changes are possible from then on.
      </Alert>,
    );
  }
  // A past-due subscription: PaymentAttentionBanner on the page, with the way to fix it.
  if (banners.length === 0) return null;
  return (
    <Stack component="section" aria-label="Subscription notices" spacing={1.5} sx={{ mb: 3 }}>
      {banners}
    </Stack>
  );
}
