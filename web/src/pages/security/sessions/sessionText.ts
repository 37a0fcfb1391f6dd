import { formatMoment } from '../../../components/dates';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "Active now", "5 minutes ago", "yesterday". The server writes last-seen at most once a minute,
 * so anything under two minutes is "now".
 */
export function lastSeenText(lastSeenAt: string, now: Date = new Date()): string {
  const elapsedMs = now.getTime() - new Date(lastSeenAt).getTime();
  if (elapsedMs < 2 * 60_000) return 'Active now';
  const [unit, size] = units.find(([, ms]) => elapsedMs >= ms) ?? units[units.length - 1]!;
  return relative.format(-Math.floor(elapsedMs / size), unit);
}

/** For a sentence: "active just now" or "last seen 5 minutes ago". */
export function lastSeenPhrase(lastSeenAt: string, now: Date = new Date()): string {
  const text = lastSeenText(lastSeenAt, now);
  return text === 'Active now' ? 'active just now' : `last seen ${text}`;
}

export function formatSessionTime(iso: string): string {
  return formatMoment(iso);
}

const providerNames: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  github: 'GitHub',
  dev: 'Development sign-in',
};

export function providerName(provider: string): string {
  return providerNames[provider] ?? provider;
}

export function otherSessionsText(count: number): string {
  return count === 1 ? '1 other session' : `${count} other sessions`;
}
