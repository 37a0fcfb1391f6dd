import type { UsageCardFragment } from '../../graphql/generated';

export type UsageMeter = UsageCardFragment['usage'][number];
export type UsageLevel = 'ok' | 'near' | 'reached';

/** 80 % and up is "near" (warn before the limit bites); at the limit, "reached". */
export function usageLevel(meter: Pick<UsageMeter, 'used' | 'limit'>): UsageLevel {
  if (meter.limit == null) return 'ok';
  if (meter.used >= meter.limit) return 'reached';
  return meter.used * 5 >= meter.limit * 4 ? 'near' : 'ok';
}

/** Share of the limit used, 0–100, for a progress bar; null when unlimited. */
export function usagePercent(meter: Pick<UsageMeter, 'used' | 'limit'>): number | null {
  if (meter.limit == null) return null;
  if (meter.limit <= 0) return 100;
  return Math.min(100, Math.round((meter.used / meter.limit) * 100));
}

const counts = new Intl.NumberFormat('en-US');

/** "1,234 of 50,000", "3 of unlimited"; seats as everywhere else: "2 of 10 taken". */
export function usageText(meter: Pick<UsageMeter, 'key' | 'used' | 'limit'>): string {
  const limit = meter.limit == null ? 'unlimited' : counts.format(meter.limit);
  const taken = meter.key === 'seats' ? ' taken' : '';
  return `${counts.format(meter.used)} of ${limit}${taken}`;
}
