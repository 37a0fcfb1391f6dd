/**
 * How the app writes dates and times: the one module that formats them (eslint.config.js refuses
 * `Intl.DateTimeFormat` and `toLocaleDateString` anywhere else).
 *
 * A day is the UTC calendar day of the instant, on every page. The server bills in UTC: periods,
 * renewals, trial ends and due dates are UTC instants, and an invoice (and its PDF) is dated with
 * the UTC day it was issued. Shown in the reader's zone, a renewal at 00:00 UTC would read as the
 * day before west of UTC — Plans would say "renews Feb 28" while the invoice it creates says
 * "Mar 1". One calendar for every day shown means the same instant is the same day on Plans,
 * Invoices, the Overview, Members and the PDF, for every reader.
 *
 * A moment (a time of day: last used, signed in, an audit event) is shown in the reader's own zone
 * and names it ("Mar 1, 2026, 4:00 PM PST"), so it is never mistaken for a billing day. Operator
 * tools read beside server logs (mail outbox, test clock) show moments in UTC and say "UTC".
 *
 * The language is the reader's (the browser's), except for the operator tools' UTC moments,
 * written as the logs are (24-hour clock).
 */

/**
 * A formatter made on first use, then kept. Making one is the costliest thing a page does with
 * dates (the first loads the browser's locale data: about 7 ms on a desktop, four times that on a
 * phone), so a page pays only for the formats it shows, and not while the app's scripts start.
 */
function lazyFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat(locale, options));
}

const dayFormat = lazyFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * Makes the day format, and with it loads the locale data every other format shares: main.tsx
 * calls it in a task of its own while the first page's answers are on their way, so the first
 * date on the page does not pay for it during the first render.
 */
export function warmUpDates(): void {
  dayFormat();
}

/** "Mar 1, 2026": the UTC day of an instant (see above). */
export function formatDay(iso: string): string {
  return dayFormat().format(new Date(iso));
}

/** "Mar 1 – 31, 2026": the UTC days from `start` to `end`; a dash when either is missing. */
export function formatDayRange(start: string | null, end: string | null): string {
  if (!start || !end) return '—';
  return dayFormat().formatRange(new Date(start), new Date(end));
}

const momentFormat = lazyFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const momentWithSecondsFormat = lazyFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});
const localDateFormat = lazyFormat(undefined, { dateStyle: 'medium' });
const timeFormat = lazyFormat(undefined, { timeStyle: 'short' });
const timeWithSecondsFormat = lazyFormat(undefined, { timeStyle: 'medium' });
const zoneFormat = lazyFormat(undefined, { timeZoneName: 'short' });

/** "PST", "GMT+1": the reader's zone at that instant (daylight saving included). */
function zoneName(date: Date): string {
  return (
    zoneFormat()
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

function withZone(text: string, date: Date): string {
  const zone = zoneName(date);
  return zone ? `${text} ${zone}` : text;
}

/** "Mar 1, 2026, 4:00 PM PST": an instant in the reader's zone; `seconds` for the audit log. */
export function formatMoment(iso: string, { seconds = false } = {}): string {
  const date = new Date(iso);
  return withZone((seconds ? momentWithSecondsFormat : momentFormat)().format(date), date);
}

/** A moment as two lines (the audit log on a phone): the reader's day, and the time with zone. */
export function momentParts(iso: string, { seconds = false } = {}): { date: string; time: string } {
  const date = new Date(iso);
  return {
    date: localDateFormat().format(date),
    time: withZone((seconds ? timeWithSecondsFormat : timeFormat)().format(date), date),
  };
}

/** "4:00 PM PST": the time of an instant later today (when to try again). */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return withZone(timeFormat().format(date), date);
}

const utcMomentFormats = {
  medium: lazyFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }),
  full: lazyFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'UTC',
  }),
};

/**
 * "8 Feb 2027, 09:30 UTC" (`full`: "Monday, 8 February 2027 at 09:30 UTC"): for operator tools,
 * read next to server logs, which are in UTC.
 */
export function formatUtcMoment(iso: string, style: keyof typeof utcMomentFormats = 'medium') {
  return `${utcMomentFormats[style]().format(new Date(iso))} UTC`;
}

/** "2026-01-10 12:00:00 UTC": the instant as stored, for comparing with logs elsewhere. */
export function utcText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

const monthFormat = lazyFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Jun 2027" for the UTC calendar month "2027-06". */
export function formatMonth(yearMonth: string): string {
  return monthFormat().format(new Date(`${yearMonth}-01T00:00:00Z`));
}
