import type {
  CancellationReason,
  ChangeResultFragment,
  SubscriptionChangeOutcome,
  SubscriptionStatus,
} from '../../../graphql/generated';
import { formatMinorUnits } from '../../../components/money';
import { formatDay } from '../../../components/dates';

/** A tax rate in basis points as a percentage: 1900 → "19", 2050 → "20.5" (no float division). */
export function percentFromBps(bps: number): string {
  const whole = Math.trunc(bps / 100).toString();
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

export const statusLabels: Record<
  SubscriptionStatus,
  { label: string; color: 'default' | 'success' | 'info' | 'warning' | 'error' }
> = {
  TRIALING: { label: 'Trial', color: 'info' },
  ACTIVE: { label: 'Active', color: 'success' },
  PAST_DUE: { label: 'Past due', color: 'error' },
  INCOMPLETE: { label: 'Payment pending', color: 'warning' },
  CANCELED: { label: 'Ended', color: 'default' },
};

/** The reasons offered when cancelling, in the order shown. */
export const cancellationReasons: readonly { value: CancellationReason; label: string }[] = [
  { value: 'TOO_EXPENSIVE', label: 'It’s too expensive' },
  { value: 'MISSING_FEATURES', label: 'It’s missing features we need' },
  { value: 'SWITCHED_SERVICE', label: 'We switched to another service' },
  { value: 'UNUSED', label: 'We don’t use it enough' },
  { value: 'OTHER', label: 'Something else' },
];

export const maxCommentLength = 1000;

function formatMoney(money: { amount: number; currency: string; formatted: string }): string {
  try {
    return formatMinorUnits(money.amount, money.currency);
  } catch {
    return money.formatted;
  }
}

/** The sentence shown once a subscription mutation went through. */
export function outcomeMessage(result: ChangeResultFragment): string {
  const { subscription, invoice } = result;
  const plan = subscription.plan.name;
  const billed =
    invoice && invoice.status === 'OPEN' && invoice.amountDue.amount > 0
      ? ` Invoice ${invoice.number} for ${formatMoney(invoice.amountDue)} is open.`
      : '';
  const sentences: Record<SubscriptionChangeOutcome, string> = {
    TRIAL_STARTED: `Your ${plan} trial has started. It ends on ${formatDay(subscription.trialEnd ?? subscription.currentPeriodEnd)}.`,
    STARTED: `You’re on ${plan}.`,
    UPGRADED: `Upgraded to ${plan}.`,
    DOWNGRADED: `Downgraded to ${plan}.`,
    INTERVAL_CHANGED: `You now pay for ${plan} ${subscription.interval === 'YEAR' ? 'annually' : 'monthly'}.`,
    PLAN_SWITCHED: `Switched to ${plan}.`,
    TRIAL_PLAN_SWITCHED: `Your trial continues on ${plan}.`,
    CHANGE_SCHEDULED: subscription.scheduledChange
      ? `Your plan changes to ${subscription.scheduledChange.plan.name} on ${formatDay(subscription.scheduledChange.effectiveAt)}.`
      : 'Your plan change is scheduled.',
    SCHEDULED_CHANGE_UNDONE: `The scheduled change is undone: you stay on ${plan}.`,
    CANCEL_SCHEDULED: `Your subscription ends on ${formatDay(subscription.currentPeriodEnd)}.`,
    REACTIVATED: `Your ${plan} subscription continues.`,
    CANCELED: 'Your subscription has ended. The account is on Free.',
    TRIAL_ENDED_EARLY: `Your ${plan} trial has ended and billing has started.`,
  };
  return `${sentences[result.outcome]}${billed}`;
}
