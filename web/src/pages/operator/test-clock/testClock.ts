import { formatUtcMoment } from '../../../components/dates';

/** How far the test clock is ahead of real time, in words: "12 days 3 hours ahead". */
export function describeOffset(offsetSeconds: number): string {
  if (offsetSeconds < 60) return 'At real time';
  const days = Math.floor(offsetSeconds / 86_400);
  const hours = Math.floor((offsetSeconds % 86_400) / 3_600);
  const minutes = Math.floor((offsetSeconds % 3_600) / 60);
  const parts = [
    days > 0 ? `${days} day${days === 1 ? '' : 's'}` : null,
    hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : null,
    days === 0 && minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : null,
  ].filter((part) => part !== null);
  return `${parts.join(' ')} ahead of real time`;
}

/** The test clock's instant as people read it, in UTC (billing periods are UTC). */
export function formatClock(iso: string): string {
  return formatUtcMoment(iso, 'full');
}

/**
 * The value of a `datetime-local` input, read as UTC, as an ISO instant; null when incomplete.
 * The page labels the field "UTC", so 2027-03-01T09:00 means 09:00 UTC.
 */
export function utcInstantOf(localValue: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localValue)) return null;
  const date = new Date(`${localValue}:00Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `datetime-local` value of an ISO instant in UTC (to start the picker at the clock's time). */
export function localValueOf(iso: string): string {
  return iso.slice(0, 16);
}

/** Quick moves offered as buttons: enough to cross a trial, a month and a dunning cycle. */
export const quickMoves: readonly { label: string; days: number }[] = [
  { label: '+1 day', days: 1 },
  { label: '+3 days', days: 3 },
  { label: '+1 week', days: 7 },
  { label: '+30 days', days: 30 },
];
