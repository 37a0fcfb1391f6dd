import { usageLevel, usagePercent, usageText } from './usage';

describe('usage against limits', () => {
  it.each([
    [0, 10, 'ok', 0],
    [7, 10, 'ok', 70],
    [8, 10, 'near', 80],
    [9, 10, 'near', 90],
    [10, 10, 'reached', 100],
    [12, 10, 'reached', 100],
    [0, 0, 'reached', 100],
    [5, null, 'ok', null],
  ] as const)('%i of %s is %s (%s %)', (used, limit, level, percent) => {
    expect(usageLevel({ used, limit })).toBe(level);
    expect(usagePercent({ used, limit })).toBe(percent);
  });

  it('says how much of the limit is used', () => {
    expect(usageText({ key: 'api_requests_per_month', used: 1234, limit: 50_000 })).toBe(
      '1,234 of 50,000',
    );
    expect(usageText({ key: 'api_tokens', used: 3, limit: null })).toBe('3 of unlimited');
    // Seats read as on Members and Plans: "2 of 10 seats taken".
    expect(usageText({ key: 'seats', used: 2, limit: 10 })).toBe('2 of 10 taken');
  });
});
