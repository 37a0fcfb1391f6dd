import fc from 'fast-check';

import { at } from './catalog.fixture.js';
import {
  type BillingInterval,
  billingPeriodContaining,
  dateFromInstant,
  instantFromDate,
  periodBoundary,
} from './periods.js';

function boundaries(anchor: string, interval: BillingInterval, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    dateFromInstant(periodBoundary(at(anchor), interval, index)).toISOString(),
  );
}

describe('periodBoundary', () => {
  it('renews a Jan 31 monthly subscription on each month-end and comes back to the 31st', () => {
    expect(boundaries('2026-01-31T09:15:00Z', 'month', 7)).toEqual([
      '2026-01-31T09:15:00.000Z',
      '2026-02-28T09:15:00.000Z',
      '2026-03-31T09:15:00.000Z',
      '2026-04-30T09:15:00.000Z',
      '2026-05-31T09:15:00.000Z',
      '2026-06-30T09:15:00.000Z',
      '2026-07-31T09:15:00.000Z',
    ]);
  });

  it('uses Feb 29 in a leap year for a month-end anchor', () => {
    expect(boundaries('2028-01-31T00:00:00Z', 'month', 3)).toEqual([
      '2028-01-31T00:00:00.000Z',
      '2028-02-29T00:00:00.000Z',
      '2028-03-31T00:00:00.000Z',
    ]);
  });

  it('renews an annual Feb 29 anchor on Feb 28 in common years and Feb 29 in leap years', () => {
    expect(boundaries('2028-02-29T12:00:00Z', 'year', 5)).toEqual([
      '2028-02-29T12:00:00.000Z',
      '2029-02-28T12:00:00.000Z',
      '2030-02-28T12:00:00.000Z',
      '2031-02-28T12:00:00.000Z',
      '2032-02-29T12:00:00.000Z',
    ]);
  });

  it('crosses the year end', () => {
    expect(boundaries('2026-11-30T23:59:59Z', 'month', 4)).toEqual([
      '2026-11-30T23:59:59.000Z',
      '2026-12-30T23:59:59.000Z',
      '2027-01-30T23:59:59.000Z',
      '2027-02-28T23:59:59.000Z',
    ]);
  });
});

describe('billingPeriodContaining', () => {
  it('finds the period of an instant, with the start included and the end excluded', () => {
    const anchor = at('2026-01-31T00:00:00Z');
    const feb = billingPeriodContaining(anchor, 'month', at('2026-02-28T00:00:00Z'));
    expect(feb).toEqual({
      index: 1,
      start: at('2026-02-28T00:00:00Z'),
      end: at('2026-03-31T00:00:00Z'),
    });
    const lastSecondOfJan = billingPeriodContaining(anchor, 'month', at('2026-02-27T23:59:59Z'));
    expect(lastSecondOfJan.index).toBe(0);
  });

  it('drops milliseconds when reading a Date', () => {
    expect(instantFromDate(new Date('2026-02-01T00:00:00.999Z'))).toBe(at('2026-02-01T00:00:00Z'));
  });
});

describe('period boundaries (property)', () => {
  const anchorArb = fc.integer({
    min: at('1990-01-01T00:00:00Z'),
    max: at('2090-12-31T23:59:59Z'),
  });
  const intervalArb = fc.constantFrom<BillingInterval>('month', 'year');

  it('are strictly increasing, on the anchor day or the month’s last day, at the anchor time', () => {
    fc.assert(
      fc.property(
        anchorArb,
        intervalArb,
        fc.integer({ min: 1, max: 60 }),
        (anchor, interval, n) => {
          const a = dateFromInstant(anchor);
          let previous = periodBoundary(anchor, interval, 0);
          expect(previous).toBe(anchor);
          for (let index = 1; index <= n; index += 1) {
            const boundary = periodBoundary(anchor, interval, index);
            expect(boundary).toBeGreaterThan(previous);
            const b = dateFromInstant(boundary);
            const lastDayOfMonth = new Date(
              Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0),
            ).getUTCDate();
            expect(b.getUTCDate()).toBe(Math.min(a.getUTCDate(), lastDayOfMonth));
            expect(b.getUTCDate() === a.getUTCDate() || b.getUTCDate() === lastDayOfMonth).toBe(
              true,
            );
            expect(b.getUTCHours() * 3600 + b.getUTCMinutes() * 60 + b.getUTCSeconds()).toBe(
              a.getUTCHours() * 3600 + a.getUTCMinutes() * 60 + a.getUTCSeconds(),
            );
            // Exactly one interval on: months apart = index (× 12 for years).
            const monthsApart =
              (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
            expect(monthsApart).toBe(index * (interval === 'year' ? 12 : 1));
            previous = boundary;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('place every instant after the anchor in exactly one period', () => {
    fc.assert(
      fc.property(
        anchorArb,
        intervalArb,
        fc.integer({ min: 0, max: 20 * 366 * 86_400 }),
        (anchor, interval, offset) => {
          const instant = anchor + offset;
          const period = billingPeriodContaining(anchor, interval, instant);
          expect(period.start).toBeLessThanOrEqual(instant);
          expect(period.end).toBeGreaterThan(instant);
          expect(period.start).toBe(periodBoundary(anchor, interval, period.index));
          expect(period.end).toBe(periodBoundary(anchor, interval, period.index + 1));
        },
      ),
      { numRuns: 500 },
    );
  });
});
