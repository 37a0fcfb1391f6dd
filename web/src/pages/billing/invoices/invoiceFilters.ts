import { dayEnd, dayOrEmpty, dayRangeProblem, dayStart } from '../../../components/dayRange';
import type { InvoiceFilter, InvoiceOrder, InvoiceStatus } from '../../../graphql/generated';

/**
 * The invoice list's filters and order as the address bar holds them, so a view can be shared:
 * `/billing/invoices?status=open&from=2026-01-01&to=2026-03-31&number=2026-02&order=oldest`.
 * Dates are UTC calendar days, the calendar invoices (and their PDFs) are dated in.
 */
export type InvoiceListView = {
  status: InvoiceStatus | '';
  /** YYYY-MM-DD, or '' for open-ended. */
  from: string;
  to: string;
  /** Part of an invoice number. */
  number: string;
  order: InvoiceOrder;
};

export const defaultView: InvoiceListView = {
  status: '',
  from: '',
  to: '',
  number: '',
  order: 'NEWEST_FIRST',
};

export const invoiceStatuses = [
  'OPEN',
  'PAID',
  'VOID',
  'UNCOLLECTIBLE',
] as const satisfies readonly InvoiceStatus[];

function statusFromParam(value: string | null): InvoiceStatus | '' {
  return invoiceStatuses.find((status) => status.toLowerCase() === value) ?? '';
}

/** The server searches at most 40 characters of a number. */
export const maxNumberSearch = 40;

export function viewFromSearch(params: URLSearchParams): InvoiceListView {
  return {
    status: statusFromParam(params.get('status')),
    from: dayOrEmpty(params.get('from')),
    to: dayOrEmpty(params.get('to')),
    number: (params.get('number')?.trim() ?? '').slice(0, maxNumberSearch),
    order: params.get('order') === 'oldest' ? 'OLDEST_FIRST' : 'NEWEST_FIRST',
  };
}

/** Only what differs from the default view, in a fixed order, so equal views have equal links. */
export function searchFromView(view: InvoiceListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status.toLowerCase());
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.number.trim()) params.set('number', view.number.trim());
  if (view.order === 'OLDEST_FIRST') params.set('order', 'oldest');
  return params;
}

/** Whether anything narrows the list (the order does not). */
export function hasFilters(view: InvoiceListView): boolean {
  return Boolean(view.status || view.from || view.to || view.number.trim());
}

/** The same order, no filters. */
export function withoutFilters(view: InvoiceListView): InvoiceListView {
  return { ...defaultView, order: view.order };
}

export function dateRangeProblem(view: InvoiceListView): string | null {
  return dayRangeProblem(view.from, view.to);
}

/** What the server is asked: whole UTC days, both ends included. */
export function queryFilterFrom(view: InvoiceListView): InvoiceFilter {
  const filter: InvoiceFilter = {};
  if (view.status) filter.status = view.status;
  const from = dayStart(view.from, 'utc');
  if (from) filter.from = from;
  const to = dayEnd(view.to, 'utc');
  if (to) filter.to = to;
  if (view.number.trim()) filter.number = view.number.trim();
  return filter;
}
