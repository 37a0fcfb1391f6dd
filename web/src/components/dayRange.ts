/**
 * Calendar days as date inputs and address bars hold them ("2026-03-01"), and the instants a
 * server is asked for. A list says which calendar it filters by: the audit log the reader's own
 * (`local`), invoices UTC — the calendar their PDFs are dated in.
 */

export type DayCalendar = 'local' | 'utc';

type Day = { year: number; month: number; day: number };

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as YYYY-MM-DD, or null ("2026-02-30" is not one). */
export function parseDay(value: string): Day | null {
  const match = dayPattern.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** The value when it is a calendar day, else '' (for values read from a shared link). */
export function dayOrEmpty(value: string | null): string {
  return value && parseDay(value) ? value : '';
}

/** Said under the "To" field; the list is not asked until the range makes sense. */
export function dayRangeProblem(from: string, to: string): string | null {
  return from && to && to < from ? 'The end date is before the start date.' : null;
}

function instant(day: Day, calendar: DayCalendar, endOfDay: boolean): string {
  const [hours, minutes, seconds, ms] = endOfDay ? [23, 59, 59, 999] : [0, 0, 0, 0];
  const { year, month, day: date } = day;
  return (
    calendar === 'utc'
      ? new Date(Date.UTC(year, month - 1, date, hours, minutes, seconds, ms))
      : new Date(year, month - 1, date, hours, minutes, seconds, ms)
  ).toISOString();
}

/** The first instant of the day, or undefined when the value is not a day (open-ended). */
export function dayStart(value: string, calendar: DayCalendar): string | undefined {
  const day = parseDay(value);
  return day ? instant(day, calendar, false) : undefined;
}

/** The last millisecond of the day: a range's end includes the whole day. */
export function dayEnd(value: string, calendar: DayCalendar): string | undefined {
  const day = parseDay(value);
  return day ? instant(day, calendar, true) : undefined;
}
