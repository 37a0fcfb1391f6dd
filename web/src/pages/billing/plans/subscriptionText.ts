import type {
  CancellationReason,
  PreviewSummaryFragment,
  ChangeResultFragment,
  SubscriptionChangeOutcome,
  SubscriptionStatus,
} from '../../../graphql/generated';
import { formatMinorUnits } from '../../../components/money';
import { seatsText } from './planCatalog';
import { formatDay } from '../../../components/dates';

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

/**
 * What happens to the amount billed today, in the terms the server will collect it on: a bank
 * transfer invoice is open until its due date, a card is charged at once.
 */
export function collectionText(
  preview: Pick<
    PreviewSummaryFragment,
    'amountDueToday' | 'collectionMethod' | 'dueAt' | 'chargedTo'
  >,
): { label: string; note: string | null } {
  if (preview.amountDueToday.amount <= 0) return { label: 'Due today', note: null };
  switch (preview.collectionMethod) {
    case 'CARD':
      // The server names the card its collector charges ("Visa •••• 4242").
      return preview.chargedTo
        ? {
            label: `Charged now to ${preview.chargedTo}`,
            note: 'Your default card; a receipt follows by e-mail.',
          }
        : { label: 'Charged now', note: 'Charged to your default card.' };
    case 'BANK_TRANSFER':
      return {
        label: 'Invoiced today',
        note: preview.dueAt
          ? `Due ${formatDay(preview.dueAt)}, by bank transfer: the invoice shows the bank details.`
          : 'Paid by bank transfer: the invoice shows the bank details.',
      };
    default:
      return { label: 'Invoiced today', note: null };
  }
}

/**
 * When a change leaves fewer seats than members and open invitations: what happens (everyone
 * stays; no one new can be invited until the count fits). Null when the seats suffice.
 */
export function seatShortfallText(
  preview: Pick<PreviewSummaryFragment, 'seatsTaken' | 'seatLimit' | 'appliesAt' | 'effectiveAt'>,
): string | null {
  const over = preview.seatsTaken - preview.seatLimit;
  if (over <= 0) return null;
  const when =
    preview.appliesAt === 'PERIOD_END' ? `From ${formatDay(preview.effectiveAt)}, the` : 'The';
  return (
    `${when} account will have ${seatsText(preview.seatLimit)} for ${preview.seatsTaken} members and open invitations. ` +
    `Everyone keeps access, but no one new can be invited until ${over} ${over === 1 ? 'leaves' : 'leave'} or you add seats.`
  );
}
