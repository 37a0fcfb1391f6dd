import type { InvoiceDocumentLine } from './document.js';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** A calendar day in UTC, e.g. "Nov 23, 2026": invoices are dated in UTC like everything else. */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatQuantity(quantity: number): string {
  return quantityFormat.format(quantity);
}

/** The small print under a line's description: "Nov 23, 2026 – Dec 23, 2026 (prorated)". */
export function lineDetail(line: InvoiceDocumentLine): string {
  const { periodStart: start, periodEnd: end } = line;
  const parts: string[] = [];
  if (start !== null && end !== null) parts.push(`${formatDay(start)} – ${formatDay(end)}`);
  else if (start !== null) parts.push(`From ${formatDay(start)}`);
  else if (end !== null) parts.push(`Until ${formatDay(end)}`);
  if (line.proration) parts.push('(prorated)');
  return parts.join(' ');
}
