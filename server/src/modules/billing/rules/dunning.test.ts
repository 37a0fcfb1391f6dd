import {
  DEFAULT_DUNNING_POLICY,
  type DunningPolicy,
  dunningRetryDaysProblem,
  nextDunningStep,
} from './dunning.js';

const DAY = 86_400;
// 2027-01-31T10:00:00Z, worked out by hand: 1_801_994_400 s since the epoch.
const firstFailure = Date.UTC(2027, 0, 31, 10) / 1000;

describe('dunning schedule', () => {
  it.each([
    [1, firstFailure + 3 * DAY, 1],
    [2, firstFailure + 5 * DAY, 2],
    [3, firstFailure + 7 * DAY, 3],
  ])('after %i failed attempt(s) retries on the configured day', (failed, at, retry) => {
    expect(nextDunningStep(firstFailure, failed, DEFAULT_DUNNING_POLICY)).toEqual({
      kind: 'retry',
      at,
      retry,
      of: 3,
    });
  });

  it('takes the final action once every retry failed', () => {
    expect(nextDunningStep(firstFailure, 4, DEFAULT_DUNNING_POLICY)).toEqual({
      kind: 'final',
      action: 'cancel',
    });
    const suspend: DunningPolicy = { retryDays: [2], finalAction: 'suspend' };
    expect(nextDunningStep(firstFailure, 2, suspend)).toEqual({ kind: 'final', action: 'suspend' });
  });

  it('counts from the first failure, so the retry days cross a month end exactly', () => {
    // 31 Jan + 3 days is 3 Feb, whatever day a late worker ran the previous attempt.
    const step = nextDunningStep(firstFailure, 1, DEFAULT_DUNNING_POLICY);
    expect(step.kind === 'retry' && new Date(step.at * 1000).toISOString()).toBe(
      '2027-02-03T10:00:00.000Z',
    );
  });

  it('with no retries configured, the first failure is final', () => {
    expect(nextDunningStep(firstFailure, 1, { retryDays: [], finalAction: 'cancel' })).toEqual({
      kind: 'final',
      action: 'cancel',
    });
  });

  it('refuses a non-positive attempt count', () => {
    expect(() => nextDunningStep(firstFailure, 0, DEFAULT_DUNNING_POLICY)).toThrow(RangeError);
  });

  it.each([
    [[3, 5, 7], null],
    [[], null],
    [[1], null],
    [[5, 3], 'days in increasing order, e.g. 3,5,7'],
    [[3, 3], 'days in increasing order, e.g. 3,5,7'],
    [[0, 2], 'whole days from 1 to 60, e.g. 3,5,7'],
    [[1.5], 'whole days from 1 to 60, e.g. 3,5,7'],
    [[61], 'whole days from 1 to 60, e.g. 3,5,7'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'at most 10 retries'],
  ])('checks the retry days %j', (days, problem) => {
    expect(dunningRetryDaysProblem(days)).toBe(problem);
  });
});
