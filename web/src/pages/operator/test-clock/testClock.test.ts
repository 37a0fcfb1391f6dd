import { describeOffset, formatClock, localValueOf, utcInstantOf } from './testClock';

describe('test clock wording', () => {
  it.each([
    [0, 'At real time'],
    [59, 'At real time'],
    [60, '1 minute ahead of real time'],
    [3_600 * 5 + 120, '5 hours 2 minutes ahead of real time'],
    [86_400, '1 day ahead of real time'],
    [86_400 * 32 + 3_600 * 3 + 59, '32 days 3 hours ahead of real time'],
  ])('describes an offset of %i s as "%s"', (seconds, words) => {
    expect(describeOffset(seconds)).toBe(words);
  });

  it('shows the instant in UTC', () => {
    expect(formatClock('2027-02-28T23:30:00.000Z')).toBe('Sunday, 28 February 2027 at 23:30 UTC');
  });

  it('reads the picker as UTC and refuses incomplete values', () => {
    expect(utcInstantOf('2027-03-01T09:00')).toBe('2027-03-01T09:00:00.000Z');
    expect(utcInstantOf('2027-03-01')).toBeNull();
    expect(utcInstantOf('')).toBeNull();
    expect(localValueOf('2027-03-01T09:15:42.000Z')).toBe('2027-03-01T09:15');
  });
});
