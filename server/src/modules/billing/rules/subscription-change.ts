import { BillingRuleError, unreachable } from './errors.js';
import { type CreditBalanceMovement, type InvoiceDraft, draftInvoice } from './invoice-draft.js';
import {
  type InvoiceLine,
  cancellationFeeLine,
  fullPeriodLines,
  remainingTimeLine,
  unusedTimeLine,
} from './invoice-lines.js';
import type { Money } from './money.js';
import { type Instant, type Period, addDays, assertInstant, firstPeriod } from './periods.js';
import { type PlanPrice, findPrice, recurringAmount, seatsOnPrice } from './plan-price.js';
import { type NextInvoicePreview, previewNextInvoice } from './renewal.js';
import {
  type SubscriptionState,
  type SubscriptionStatus,
  assertConsistentState,
  isLive,
} from './subscription-state.js';
import type { TaxContext } from './tax.js';

export type ChangeTiming = 'now' | 'period_end';

/**
 * What the customer (or an operator) asks for. Upgrades, downgrades, seat changes and interval
 * changes are all `change_plan`: the rules classify them by comparing the old and new prices.
 */
export type SubscriptionChange =
  | {
      readonly type: 'start';
      readonly priceId: string;
      readonly seats: number;
      /** Default true; the service passes false for an account that already had a trial. */
      readonly useTrial?: boolean;
    }
  | {
      readonly type: 'change_plan';
      readonly priceId: string;
      /**
       * Omitted: seats bought beyond the current plan's included ones are kept; otherwise the new
       * plan's included seats.
       */
      readonly seats?: number;
      /** Default: `now` for upgrades and interval changes, `period_end` for downgrades. */
      readonly timing?: ChangeTiming;
    }
  | { readonly type: 'undo_scheduled_change' }
  | { readonly type: 'cancel'; readonly timing: ChangeTiming }
  | { readonly type: 'reactivate' }
  | { readonly type: 'end_trial_now' };

export type ChangeOutcome =
  | 'trial_started'
  | 'started'
  | 'upgraded'
  | 'downgraded'
  | 'interval_changed'
  | 'plan_switched'
  | 'trial_plan_switched'
  | 'change_scheduled'
  | 'scheduled_change_undone'
  | 'cancel_scheduled'
  | 'reactivated'
  | 'canceled'
  | 'trial_ended_early';

export interface BillingPolicy {
  /**
   * On immediate cancellation, credit the unused part of the period to the balance. Off by default:
   * the customer keeps nothing back for a period they chose to end early (a fee may still apply).
   */
  readonly creditUnusedTimeOnImmediateCancel: boolean;
}

export const DEFAULT_BILLING_POLICY: BillingPolicy = { creditUnusedTimeOnImmediateCancel: false };

export interface SubscriptionChangeInput {
  /** The account's subscription, or null when it never had one. */
  readonly subscription: SubscriptionState | null;
  /** Every price involved: the current one, the requested one, a scheduled change's. */
  readonly prices: readonly PlanPrice[];
  /** The account's credit balance (net money, ≥ 0). */
  readonly creditBalance: Money;
  readonly tax: TaxContext;
  readonly change: SubscriptionChange;
  readonly now: Instant;
  readonly policy?: BillingPolicy;
}

/** Everything a change does — the preview shows it, the real change persists and collects it. */
export interface SubscriptionChangePlan {
  readonly outcome: ChangeOutcome;
  /** When the change takes effect: `now`, or the end of the period (trial) for scheduled ones. */
  readonly effectiveAt: Instant;
  /** The invoice to issue now, or null when nothing is billed now. */
  readonly invoice: InvoiceDraft | null;
  readonly creditBalance: CreditBalanceMovement;
  readonly subscription: SubscriptionState;
  /** The next regular invoice after this change, or null when none will come. */
  readonly nextInvoice: NextInvoicePreview | null;
}

/** A change decided, before its lines are totalled and the next invoice previewed. */
interface DecidedChange {
  readonly outcome: ChangeOutcome;
  readonly effectiveAt: Instant;
  readonly price: PlanPrice;
  readonly lines: readonly InvoiceLine[];
  readonly subscription: SubscriptionState;
  /** A subscription whose first invoice is still to be paid is `incomplete` until it is. */
  readonly awaitsFirstPayment?: boolean;
}

interface ChangeContext {
  readonly subscription: SubscriptionState;
  readonly price: PlanPrice;
  readonly period: Period;
  readonly now: Instant;
  readonly input: SubscriptionChangeInput;
}

/**
 * THE entry point for every subscription change, used by the preview and by the change itself:
 * given the subscription as stored, the prices involved, the credit balance, the tax context, the
 * request and `now`, it returns the complete, serialisable plan of what happens.
 *
 * Decisions (see also the tests, which show each with amounts):
 * - start: a plan with trial days starts `trialing` (nothing billed; the trial end is the billing
 *   anchor); otherwise the first period is billed now and the subscription is `incomplete` until that
 *   invoice is paid (`active` at once when nothing is due).
 * - upgrade now: two lines, credit for the old price's unused time and charge for the new price's
 *   remaining time, each prorated by the second and rounded once. Downgrade now: the same two lines;
 *   a negative subtotal goes to the credit balance.
 * - interval change: unused time credited, the full new-interval price billed from now, anchor = now.
 * - a change at the period's first second credits the whole old price and charges the whole new one.
 * - seats: a plan holds at least its included seats; asking for fewer gives the included number.
 * - a same-priced switch (another plan at the same price, seats within the included ones) applies now
 *   with no lines; a scheduled change is replaced by a newer request and dropped by an immediate one.
 * - in a trial every plan change applies now, free, with the trial end unchanged; cancelling ends
 *   the trial with nothing billed. Converting: at the trial end by default (`renewalInvoice`, the
 *   customer keeps the whole trial) or on request with `end_trial_now` (billing starts now).
 * - cancel at period end is revocable by `reactivate` until then, and drops a scheduled change; cancel
 *   now bills the plan's cancellation fee, and credits unused time only if the policy says so.
 */
export function planSubscriptionChange(input: SubscriptionChangeInput): SubscriptionChangePlan {
  const now = assertInstant(input.now, 'current time');
  const decided = decideChange(input, now);
  const drafted = draftInvoice({
    currency: decided.price.unitAmount.currency,
    lines: decided.lines,
    creditBalance: input.creditBalance,
    tax: input.tax,
  });
  const firstPaymentPending =
    decided.awaitsFirstPayment === true && (drafted.invoice?.amountDue.amount ?? 0) > 0;
  const subscription: SubscriptionState = firstPaymentPending
    ? { ...decided.subscription, status: 'incomplete' }
    : decided.subscription;
  return {
    outcome: decided.outcome,
    effectiveAt: decided.effectiveAt,
    invoice: drafted.invoice,
    creditBalance: drafted.creditBalance,
    subscription,
    nextInvoice: previewNextInvoice({
      subscription,
      prices: input.prices,
      creditBalance: drafted.creditBalance.after,
      tax: input.tax,
    }),
  };
}

function decideChange(input: SubscriptionChangeInput, now: Instant): DecidedChange {
  const { change } = input;
  if (change.type === 'start') return startSubscription(input, change, now);
  const context = liveContext(input, now);
  switch (change.type) {
    case 'change_plan':
      return changePlan(context, change.priceId, change.seats, change.timing);
    case 'undo_scheduled_change':
      return undoScheduledChange(context);
    case 'cancel':
      return cancel(context, change.timing);
    case 'reactivate':
      return reactivate(context);
    case 'end_trial_now':
      return endTrialNow(context);
    default:
      return unreachable(change);
  }
}

function refuse(message: string): never {
  throw new BillingRuleError('INVALID_TRANSITION', message);
}

function liveContext(input: SubscriptionChangeInput, now: Instant): ChangeContext {
  if (input.subscription == null) refuse('The account has no subscription to change');
  const subscription = assertConsistentState(input.subscription);
  if (!isLive(subscription.status)) refuse('The subscription is canceled; start a new one');
  if (now >= subscription.currentPeriodEnd) {
    throw new BillingRuleError('RENEWAL_DUE', 'The current period has ended; renew it first');
  }
  if (now < subscription.currentPeriodStart) {
    throw new BillingRuleError('INVALID_INSTANT', 'The change precedes the current period');
  }
  return {
    subscription,
    price: findPrice(input.prices, subscription.priceId),
    period: { start: subscription.currentPeriodStart, end: subscription.currentPeriodEnd },
    now,
    input,
  };
}

function startSubscription(
  input: SubscriptionChangeInput,
  change: Extract<SubscriptionChange, { type: 'start' }>,
  now: Instant,
): DecidedChange {
  if (input.subscription != null && isLive(input.subscription.status)) {
    refuse('The account already has a live subscription; change it instead');
  }
  const price = findPrice(input.prices, change.priceId);
  const seats = seatsOnPrice(price, change.seats);
  const base = {
    planId: price.planId,
    priceId: price.priceId,
    seats,
    cancelAtPeriodEnd: false,
    canceledAt: null,
    endedAt: null,
    scheduledChange: null,
  };
  if ((change.useTrial ?? true) && price.trialDays > 0) {
    const trialEnd = addDays(now, price.trialDays);
    return {
      outcome: 'trial_started',
      effectiveAt: now,
      price,
      lines: [],
      subscription: {
        ...base,
        status: 'trialing',
        billingAnchor: trialEnd,
        currentPeriodStart: now,
        currentPeriodEnd: trialEnd,
        trialEnd,
      },
    };
  }
  const period = firstPeriod(now, price.interval);
  return {
    outcome: 'started',
    effectiveAt: now,
    price,
    lines: fullPeriodLines(price, seats, period),
    subscription: {
      ...base,
      status: 'active',
      billingAnchor: now,
      currentPeriodStart: period.start,
      currentPeriodEnd: period.end,
      trialEnd: null,
    },
    awaitsFirstPayment: true,
  };
}

/** Which statuses accept a plan change, and how. */
function planChangeMode(status: SubscriptionStatus): 'trial' | 'billed' {
  switch (status) {
    case 'trialing':
      return 'trial';
    case 'active':
    case 'past_due':
      return 'billed';
    case 'incomplete':
      return refuse('Pay the first invoice (or cancel) before changing the plan');
    case 'canceled':
      return refuse('The subscription is canceled; start a new one');
    default:
      return unreachable(status);
  }
}

function nothingBilled(context: ChangeContext, outcome: ChangeOutcome, effectiveAt: Instant) {
  return { outcome, effectiveAt, price: context.price, lines: [] };
}

function changePlan(
  context: ChangeContext,
  priceId: string,
  requestedSeats: number | undefined,
  requestedTiming: ChangeTiming | undefined,
): DecidedChange {
  const { subscription, now, period } = context;
  const mode = planChangeMode(subscription.status);
  if (subscription.cancelAtPeriodEnd) {
    refuse('The subscription is set to cancel; reactivate it before changing the plan');
  }
  const oldPrice = context.price;
  const newPrice = findPrice(context.input.prices, priceId);
  if (newPrice.unitAmount.currency !== oldPrice.unitAmount.currency) {
    throw new BillingRuleError(
      'CURRENCY_MISMATCH',
      `The subscription is billed in ${oldPrice.unitAmount.currency}, the new price in ${newPrice.unitAmount.currency}`,
    );
  }
  const boughtExtra = subscription.seats > oldPrice.includedSeats;
  const seats = seatsOnPrice(
    newPrice,
    requestedSeats ?? (boughtExtra ? subscription.seats : newPrice.includedSeats),
  );
  const oldAmount = recurringAmount(oldPrice, subscription.seats).amount;
  const newAmount = recurringAmount(newPrice, seats).amount;
  const target = { planId: newPrice.planId, priceId: newPrice.priceId, seats };
  // A subscription stored with fewer seats than its plan includes holds the included ones.
  const heldSeats = seatsOnPrice(oldPrice, subscription.seats);
  if (priceId === subscription.priceId && seats === heldSeats) {
    // Asking for what already runs takes back a pending change, or is not a change at all.
    if (subscription.scheduledChange != null) return undoScheduledChange(context);
    throw new BillingRuleError('NO_CHANGE', 'The subscription already has this plan and seats');
  }

  if (mode === 'trial') {
    return {
      ...nothingBilled(context, 'trial_plan_switched', now),
      price: newPrice,
      subscription: { ...subscription, ...target, scheduledChange: null },
    };
  }

  const intervalChange = newPrice.interval !== oldPrice.interval;
  const timing =
    requestedTiming ?? (!intervalChange && newAmount < oldAmount ? 'period_end' : 'now');
  if (timing === 'period_end') {
    return {
      ...nothingBilled(context, 'change_scheduled', period.end),
      subscription: {
        ...subscription,
        scheduledChange: { ...target, effectiveAt: period.end },
      },
    };
  }

  const credit = unusedTimeLine(oldPrice, subscription.seats, period, now);
  if (intervalChange) {
    const newPeriod = firstPeriod(now, newPrice.interval);
    return {
      outcome: 'interval_changed',
      effectiveAt: now,
      price: newPrice,
      lines: [...credit, ...fullPeriodLines(newPrice, seats, newPeriod)],
      subscription: {
        ...subscription,
        ...target,
        billingAnchor: now,
        currentPeriodStart: newPeriod.start,
        currentPeriodEnd: newPeriod.end,
        scheduledChange: null,
      },
    };
  }
  const switched = { ...subscription, ...target, scheduledChange: null };
  if (newAmount === oldAmount) {
    return {
      ...nothingBilled(context, 'plan_switched', now),
      price: newPrice,
      subscription: switched,
    };
  }
  return {
    outcome: newAmount > oldAmount ? 'upgraded' : 'downgraded',
    effectiveAt: now,
    price: newPrice,
    lines: [...credit, ...remainingTimeLine(newPrice, seats, period, now)],
    subscription: switched,
  };
}

function undoScheduledChange(context: ChangeContext): DecidedChange {
  const { subscription } = context;
  if (subscription.scheduledChange == null) {
    throw new BillingRuleError('NO_CHANGE', 'No plan change is scheduled');
  }
  return {
    ...nothingBilled(context, 'scheduled_change_undone', context.now),
    subscription: { ...subscription, scheduledChange: null },
  };
}

function cancel(context: ChangeContext, timing: ChangeTiming): DecidedChange {
  const { subscription, now, period, price } = context;
  if (timing === 'period_end') {
    if (subscription.status === 'incomplete') {
      refuse('An unpaid subscription can only be canceled now');
    }
    if (subscription.cancelAtPeriodEnd) {
      throw new BillingRuleError('NO_CHANGE', 'The subscription is already set to cancel');
    }
    return {
      ...nothingBilled(context, 'cancel_scheduled', period.end),
      subscription: {
        ...subscription,
        cancelAtPeriodEnd: true,
        canceledAt: now,
        scheduledChange: null,
      },
    };
  }
  const canceled: SubscriptionState = {
    ...subscription,
    status: 'canceled',
    cancelAtPeriodEnd: false,
    canceledAt: now,
    endedAt: now,
    scheduledChange: null,
  };
  return {
    outcome: 'canceled',
    effectiveAt: now,
    price,
    lines: immediateCancellationLines(context),
    subscription: canceled,
  };
}

/** A trial or an unpaid first period ends free; a paid period pays its fee, and maybe gets credit. */
function immediateCancellationLines(context: ChangeContext): InvoiceLine[] {
  const { subscription, price, period, now } = context;
  switch (subscription.status) {
    case 'trialing':
    case 'incomplete':
    case 'canceled':
      return [];
    case 'active':
    case 'past_due': {
      const policy = context.input.policy ?? DEFAULT_BILLING_POLICY;
      const refund = policy.creditUnusedTimeOnImmediateCancel
        ? unusedTimeLine(price, subscription.seats, period, now)
        : [];
      return [...cancellationFeeLine(price, subscription.seats, period, now), ...refund];
    }
    default:
      return unreachable(subscription.status);
  }
}

function reactivate(context: ChangeContext): DecidedChange {
  const { subscription } = context;
  if (!subscription.cancelAtPeriodEnd) {
    throw new BillingRuleError('NO_CHANGE', 'The subscription is not set to cancel');
  }
  return {
    ...nothingBilled(context, 'reactivated', context.now),
    subscription: { ...subscription, cancelAtPeriodEnd: false, canceledAt: null },
  };
}

function endTrialNow(context: ChangeContext): DecidedChange {
  const { subscription, price, now } = context;
  if (subscription.status !== 'trialing') refuse('Only a trial can be ended early');
  if (subscription.cancelAtPeriodEnd) {
    refuse('The trial is set to cancel; reactivate it before starting to pay');
  }
  const period = firstPeriod(now, price.interval);
  return {
    outcome: 'trial_ended_early',
    effectiveAt: now,
    price,
    lines: fullPeriodLines(price, subscription.seats, period),
    subscription: {
      ...subscription,
      status: 'active',
      billingAnchor: now,
      currentPeriodStart: period.start,
      currentPeriodEnd: period.end,
      trialEnd: now,
      scheduledChange: null,
    },
  };
}
