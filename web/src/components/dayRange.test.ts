import { dayEnd, dayOrEmpty, dayRangeProblem, dayStart, parseDay } from './dayRange';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2026-13-01')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
    expect(dayOrEmpty('2026-02-30')).toBe('');
    expect(dayOrEmpty(null)).toBe('');
    expect(dayOrEmpty('2026-03-01')).toBe('2026-03-01');
  });

  it('turns a day into its first and last instant in UTC', () => {
    expect(dayStart('2026-03-01', 'utc')).toBe('2026-03-01T00:00:00.000Z');
    expect(dayEnd('2026-03-31', 'utc')).toBe('2026-03-31T23:59:59.999Z');
  });

  it("turns a day into its first and last instant in the reader's time zone", () => {
    expect(dayStart('2026-03-01', 'local')).toBe(new Date(2026, 2, 1).toISOString());
    expect(dayEnd('2026-03-31', 'local')).toBe(
      new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    );
  });

  it('leaves a missing or broken end open', () => {
    expect(dayStart('', 'utc')).toBeUndefined();
    expect(dayEnd('2026-02-30', 'local')).toBeUndefined();
  });

  it('says when a range ends before it starts', () => {
    expect(dayRangeProblem('2026-03-02', '2026-03-01')).toBe(
      'The end date is before the start date.',
    );
    expect(dayRangeProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(dayRangeProblem('', '2026-03-01')).toBeNull();
  });
});
