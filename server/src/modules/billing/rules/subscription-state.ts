import { BillingRuleError, unreachable } from './errors.js';
import { type Instant, assertInstant } from './periods.js';

/**
 * trialing → active (trial converted) | canceled
 * incomplete (first payment pending) → active (paid) | canceled
 * active → past_due (renewal payment failed) → active (paid) | canceled
 */
export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled' | 'incomplete';

/** A plan change waiting for the end of the current period (a downgrade by default). */
export interface ScheduledChange {
  readonly planId: string;
  readonly priceId: string;
  readonly seats: number;
  readonly effectiveAt: Instant;
}

export interface SubscriptionState {
  readonly status: SubscriptionStatus;
  readonly planId: string;
  readonly priceId: string;
  readonly seats: number;
  /** Every period boundary is computed from this instant (see `periodBoundary`). */
  readonly billingAnchor: Instant;
  /** During a trial, the current period is the trial: [trial start, trial end). */
  readonly currentPeriodStart: Instant;
  readonly currentPeriodEnd: Instant;
  readonly trialEnd: Instant | null;
  readonly cancelAtPeriodEnd: boolean;
  /** When the cancellation was requested (also for cancel-at-period-end). */
  readonly canceledAt: Instant | null;
  /** When the subscription stopped; set only once it is canceled. */
  readonly endedAt: Instant | null;
  readonly scheduledChange: ScheduledChange | null;
}

export type PaymentOutcome = 'succeeded' | 'failed';

/**
 * The status after the subscription's latest invoice was paid or its payment failed. A canceled or
 * trialing subscription is not moved by a payment; nothing ever moves back to `incomplete`.
 */
export function statusAfterPayment(
  status: SubscriptionStatus,
  outcome: PaymentOutcome,
): SubscriptionStatus {
  switch (status) {
    case 'incomplete':
      return outcome === 'succeeded' ? 'active' : 'incomplete';
    case 'active':
    case 'past_due':
      return outcome === 'succeeded' ? 'active' : 'past_due';
    case 'trialing':
    case 'canceled':
      return status;
    default:
      return unreachable(status);
  }
}

/** Whether the subscription still runs (one live subscription per account). */
export function isLive(status: SubscriptionStatus): boolean {
  switch (status) {
    case 'trialing':
    case 'active':
    case 'past_due':
    case 'incomplete':
      return true;
    case 'canceled':
      return false;
    default:
      return unreachable(status);
  }
}

/** Refuses a stored state that no rule could have produced, before any money is computed on it. */
export function assertConsistentState(state: SubscriptionState): SubscriptionState {
  assertInstant(state.billingAnchor, 'billing anchor');
  assertInstant(state.currentPeriodStart, 'period start');
  assertInstant(state.currentPeriodEnd, 'period end');
  if (state.currentPeriodEnd <= state.currentPeriodStart) {
    throw new BillingRuleError('INVALID_INSTANT', 'The current period must end after it starts');
  }
  if (state.status === 'trialing' && state.trialEnd !== state.currentPeriodEnd) {
    throw new BillingRuleError(
      'INVALID_INSTANT',
      'A trialing subscription ends its period at trial end',
    );
  }
  if (!Number.isSafeInteger(state.seats) || state.seats < 1) {
    throw new BillingRuleError('INVALID_SEATS', `A subscription needs 1 or more seats`);
  }
  return state;
}
