import {
  formatDay,
  formatDayRange,
  formatMoment,
  formatTime,
  formatUtcMoment,
  momentParts,
  utcText,
} from './dates';

// web/jest.config.js runs the web tests in America/Los_Angeles. Midnight UTC on 1 March 2027 is
// still 28 February there (16:00 PST), so every day below would read "Feb 28" if formatted in
// the reader's zone.
const midnightUtc = '2027-03-01T00:00:00.000Z';

describe('dates (run west of UTC)', () => {
  it('runs in a zone west of UTC, where the instant is the day before', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(new Date(midnightUtc).getDate()).toBe(28);
  });

  it('writes a day as the UTC calendar day, wherever the reader is', () => {
    expect(formatDay(midnightUtc)).toBe('Mar 1, 2027');
    expect(formatDay('2027-02-28T23:59:59.999Z')).toBe('Feb 28, 2027');
  });

  it('writes a range of UTC days, or a dash without both ends', () => {
    expect(formatDayRange('2027-02-01T00:00:00.000Z', midnightUtc)).toBe(
      'Feb 1\u2009–\u2009Mar 1, 2027',
    );
    expect(formatDayRange(null, midnightUtc)).toBe('—');
    expect(formatDayRange(midnightUtc, null)).toBe('—');
  });

  it('writes a moment in the reader’s zone and names the zone', () => {
    expect(formatMoment(midnightUtc)).toBe('Feb 28, 2027, 4:00 PM PST');
    expect(formatMoment(midnightUtc, { seconds: true })).toBe('Feb 28, 2027, 4:00:00 PM PST');
    expect(momentParts(midnightUtc)).toEqual({ date: 'Feb 28, 2027', time: '4:00 PM PST' });
    expect(formatTime('2027-07-01T00:00:00.000Z')).toBe('5:00 PM PDT');
  });

  it('writes operator moments in UTC, as the server logs do', () => {
    expect(formatUtcMoment(midnightUtc)).toBe('1 Mar 2027, 00:00 UTC');
    expect(formatUtcMoment(midnightUtc, 'full')).toBe('Monday, 1 March 2027 at 00:00 UTC');
    expect(utcText(midnightUtc)).toBe('2027-03-01 00:00:00 UTC');
  });
});
