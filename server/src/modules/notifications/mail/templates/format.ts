const instantFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** An instant as mail states it: "6 December 2026 at 14:30 UTC" (readers are anywhere). */
export function formatMailInstant(at: Date): string {
  return `${instantFormat.format(at)} UTC`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar day as mail states it: "6 December 2026" (days are UTC, as billing's). */
export function formatMailDay(at: Date): string {
  return dayFormat.format(at);
}
