import { dayEnd, dayOrEmpty, dayRangeProblem, dayStart } from '../../components/dayRange';
import type { AuditEventFilter, AuditOutcome } from '../../graphql/generated';

/**
 * The log's filters as the address bar holds them, so a filtered view can be shared:
 * `/audit?action=auth.&actor=ada@example.com&from=2026-01-01&to=2026-01-31&outcome=failure`.
 * Dates are calendar days in the reader's time zone.
 */
export type AuditFilters = {
  /** An action prefix, e.g. "auth." (one of the categories, or whatever a shared link says). */
  action: string;
  actorEmail: string;
  /** YYYY-MM-DD, or '' for open-ended. */
  from: string;
  to: string;
  outcome: AuditOutcome | '';
  /** Operators only: one account's events. */
  accountId: string;
};

export const noFilters: AuditFilters = {
  action: '',
  actorEmail: '',
  from: '',
  to: '',
  outcome: '',
  accountId: '',
};

const outcomeParams: Record<AuditOutcome, string> = { SUCCESS: 'success', FAILURE: 'failure' };

function outcomeFromParam(value: string | null): AuditOutcome | '' {
  if (value === outcomeParams.SUCCESS) return 'SUCCESS';
  if (value === outcomeParams.FAILURE) return 'FAILURE';
  return '';
}

export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  return {
    action: params.get('action')?.trim() ?? '',
    actorEmail: params.get('actor')?.trim() ?? '',
    from: dayOrEmpty(params.get('from')),
    to: dayOrEmpty(params.get('to')),
    outcome: outcomeFromParam(params.get('outcome')),
    accountId: params.get('account')?.trim() ?? '',
  };
}

/** Only the filters that are set, in a fixed order, so equal views have equal links. */
export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.action) params.set('action', filters.action);
  if (filters.actorEmail.trim()) params.set('actor', filters.actorEmail.trim());
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.outcome) params.set('outcome', outcomeParams[filters.outcome]);
  if (filters.accountId.trim()) params.set('account', filters.accountId.trim());
  return params;
}

export function hasFilters(filters: AuditFilters): boolean {
  return searchFromFilters(filters).toString() !== '';
}

/** Said under the "To" field; the log is not asked until the range makes sense. */
export function dateRangeProblem(filters: AuditFilters): string | null {
  return dayRangeProblem(filters.from, filters.to);
}

/** What the server is asked: whole local days, both ends included. */
export function queryFilterFrom(filters: AuditFilters, isOperator: boolean): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (filters.action) filter.action = filters.action;
  if (filters.actorEmail.trim()) filter.actorEmail = filters.actorEmail.trim();
  const from = dayStart(filters.from, 'local');
  if (from) filter.from = from;
  const to = dayEnd(filters.to, 'local');
  if (to) filter.to = to;
  if (filters.outcome) filter.outcome = filters.outcome;
  if (isOperator && filters.accountId.trim()) filter.accountId = filters.accountId.trim();
  return filter;
}
