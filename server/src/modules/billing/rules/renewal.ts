import { BillingRuleError, unreachable } from './errors.js';
import {
  type CreditBalanceMovement,
  type InvoiceDraft,
  draftInvoice,
  unchangedCreditBalance,
} from './invoice-draft.js';
import { fullPeriodLines } from './invoice-lines.js';
import type { Money } from './money.js';
import { type Instant, assertInstant, billingPeriodContaining } from './periods.js';
import { type PlanPrice, findPrice } from './plan-price.js';
import { type SubscriptionState, assertConsistentState } from './subscription-state.js';
import type { TaxContext } from './tax.js';

export interface NextInvoicePreview {
  /** When it will be issued: the end of the current period (or of the trial). */
  readonly date: Instant;
  readonly amountDue: Money;
  readonly invoice: InvoiceDraft;
}

export type RenewalOutcome =
  | 'renewed'
  | 'trial_converted'
  | 'ended'
  | 'trial_expired'
  /** The first invoice was still unpaid when the first period ended (Stripe: incomplete_expired). */
  | 'incomplete_expired';

export interface RenewalInput {
  readonly subscription: SubscriptionState;
  /** Every price the subscription refers to: its own and its scheduled change's. */
  readonly prices: readonly PlanPrice[];
  readonly creditBalance: Money;
  readonly tax: TaxContext;
  readonly now: Instant;
  /**
   * Whether the account can pay without being asked (a default payment method, or bank transfer
   * allowed). Decides whether an ending trial converts or expires.
   */
  readonly paymentMethodOnFile: boolean;
}

export interface RenewalPlan {
  readonly outcome: RenewalOutcome;
  /** The period boundary the renewal happens at (the old period's end), not `now`. */
  readonly effectiveAt: Instant;
  readonly invoice: InvoiceDraft | null;
  readonly creditBalance: CreditBalanceMovement;
  readonly subscription: SubscriptionState;
  readonly nextInvoice: NextInvoicePreview | null;
}

interface NextPeriodBilling {
  readonly subscription: SubscriptionState;
  readonly drafted: ReturnType<typeof draftInvoice>;
}

/**
 * The period after the current one, billed in advance, with any scheduled change applied. Shared by
 * renewal and by every preview, so a preview shows exactly what renewal will bill. A trialing or
 * incomplete subscription becomes active: that is what the preview assumes and what conversion does.
 */
function billNextPeriod(
  subscription: SubscriptionState,
  prices: readonly PlanPrice[],
  creditBalance: Money,
  tax: TaxContext,
): NextPeriodBilling {
  const boundary = subscription.currentPeriodEnd;
  const current = findPrice(prices, subscription.priceId);
  const target = subscription.scheduledChange ?? subscription;
  const price = findPrice(prices, target.priceId);
  // A new interval starts its own schedule at the boundary; otherwise the anchor is kept, so a
  // subscription anchored on the 31st comes back to the 31st after a short month.
  const anchor = price.interval === current.interval ? subscription.billingAnchor : boundary;
  const period = billingPeriodContaining(anchor, price.interval, boundary);
  if (period.start !== boundary) {
    throw new BillingRuleError(
      'INVALID_INSTANT',
      'The current period does not end on a boundary of the billing anchor',
    );
  }
  const status = subscription.status === 'past_due' ? 'past_due' : 'active';
  return {
    subscription: {
      ...subscription,
      status,
      planId: target.planId,
      priceId: target.priceId,
      seats: target.seats,
      billingAnchor: anchor,
      currentPeriodStart: period.start,
      currentPeriodEnd: period.end,
      scheduledChange: null,
    },
    drafted: draftInvoice({
      currency: price.unitAmount.currency,
      lines: fullPeriodLines(price, target.seats, period),
      creditBalance,
      tax,
    }),
  };
}

/**
 * The invoice the subscription will produce at the end of its current period, with the credit
 * balance it will have then; null when it will not renew (canceled or ending) or bill nothing (free).
 */
export function previewNextInvoice(input: {
  readonly subscription: SubscriptionState;
  readonly prices: readonly PlanPrice[];
  readonly creditBalance: Money;
  readonly tax: TaxContext;
}): NextInvoicePreview | null {
  const { subscription } = input;
  if (subscription.status === 'canceled' || subscription.cancelAtPeriodEnd) return null;
  const { invoice } = billNextPeriod(
    subscription,
    input.prices,
    input.creditBalance,
    input.tax,
  ).drafted;
  if (invoice == null) return null;
  return { date: subscription.currentPeriodEnd, amountDue: invoice.amountDue, invoice };
}

function ended(
  input: RenewalInput,
  outcome: 'ended' | 'trial_expired' | 'incomplete_expired',
  canceledAt: Instant,
): RenewalPlan {
  const { subscription } = input;
  return {
    outcome,
    effectiveAt: subscription.currentPeriodEnd,
    invoice: null,
    creditBalance: unchangedCreditBalance(input.creditBalance),
    subscription: {
      ...subscription,
      status: 'canceled',
      cancelAtPeriodEnd: false,
      canceledAt,
      endedAt: subscription.currentPeriodEnd,
      scheduledChange: null,
    },
    nextInvoice: null,
  };
}

/**
 * What happens when a period (or a trial) ends: the subscription ends if it was set to cancel, a
 * trial without a way to pay expires, a subscription whose first invoice is still unpaid expires
 * (nothing more is billed; the service withdraws that invoice), and otherwise the next period is
 * billed in advance with any scheduled change applied. It advances exactly one period; a worker that fell behind calls it again
 * while the returned period end is not after `now`.
 */
export function renewalInvoice(input: RenewalInput): RenewalPlan {
  const subscription = assertConsistentState(input.subscription);
  const now = assertInstant(input.now, 'current time');
  switch (subscription.status) {
    case 'trialing':
    case 'active':
    case 'past_due':
    case 'incomplete':
      break;
    case 'canceled':
      throw new BillingRuleError(
        'INVALID_TRANSITION',
        `A ${subscription.status} subscription does not renew`,
      );
    default:
      return unreachable(subscription.status);
  }
  if (now < subscription.currentPeriodEnd) {
    throw new BillingRuleError('RENEWAL_NOT_DUE', 'The current period has not ended yet');
  }
  if (subscription.status === 'incomplete') {
    return ended(input, 'incomplete_expired', subscription.currentPeriodEnd);
  }
  if (subscription.cancelAtPeriodEnd) {
    return ended(input, 'ended', subscription.canceledAt ?? subscription.currentPeriodEnd);
  }
  const trialEnding = subscription.status === 'trialing';
  if (trialEnding && !input.paymentMethodOnFile) {
    return ended(input, 'trial_expired', subscription.currentPeriodEnd);
  }
  const next = billNextPeriod(subscription, input.prices, input.creditBalance, input.tax);
  return {
    outcome: trialEnding ? 'trial_converted' : 'renewed',
    effectiveAt: subscription.currentPeriodEnd,
    invoice: next.drafted.invoice,
    creditBalance: next.drafted.creditBalance,
    subscription: next.subscription,
    nextInvoice: previewNextInvoice({
      subscription: next.subscription,
      prices: input.prices,
      creditBalance: next.drafted.creditBalance.after,
      tax: input.tax,
    }),
  };
}
