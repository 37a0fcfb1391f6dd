import { type Instant, addDays } from './periods.js';

/**
 * What happens after a collection fails (docs/API.md "Dunning"): retries on the given days after the
 * first failure (default 3, 5 and 7), then the final action — cancel the subscription, or
 * suspend the account and leave the invoice open for a payment by other means.
 */
export interface DunningPolicy {
  /** Days after the first failed attempt, strictly increasing, each at least 1. */
  readonly retryDays: readonly number[];
  readonly finalAction: DunningFinalAction;
}
export type DunningFinalAction = 'cancel' | 'suspend';

export const DEFAULT_DUNNING_POLICY: DunningPolicy = {
  retryDays: [3, 5, 7],
  finalAction: 'cancel',
};

/** Why `retryDays` is not usable, or null when it is. */
export function dunningRetryDaysProblem(retryDays: readonly number[]): string | null {
  if (retryDays.length > 10) return 'at most 10 retries';
  let previous = 0;
  for (const day of retryDays) {
    if (!Number.isInteger(day) || day < 1 || day > 60) {
      return 'whole days from 1 to 60, e.g. 3,5,7';
    }
    if (day <= previous) return 'days in increasing order, e.g. 3,5,7';
    previous = day;
  }
  return null;
}

export type DunningStep =
  | { readonly kind: 'retry'; readonly at: Instant; readonly retry: number; readonly of: number }
  | { readonly kind: 'final'; readonly action: DunningFinalAction };

/**
 * The step after `failedAttempts` failed attempts (the first one at issue, then the retries),
 * counted from the first failure so a late worker never pushes the schedule back: with the
 * default policy, one failure → retry on day 3, two → day 5, three → day 7, four → final action.
 */
export function nextDunningStep(
  firstFailedAt: Instant,
  failedAttempts: number,
  policy: DunningPolicy,
): DunningStep {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a positive integer, got ${failedAttempts}`);
  }
  const day = policy.retryDays[failedAttempts - 1];
  if (day === undefined) return { kind: 'final', action: policy.finalAction };
  return {
    kind: 'retry',
    at: addDays(firstFailedAt, day),
    retry: failedAttempts,
    of: policy.retryDays.length,
  };
}
