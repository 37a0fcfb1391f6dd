import {
  dateRangeProblem,
  filtersFromSearch,
  hasFilters,
  noFilters,
  queryFilterFrom,
  searchFromFilters,
} from './auditFilters';

describe('audit log filters in the address bar', () => {
  it('reads a shared link and writes the same link back', () => {
    const link =
      'action=auth.&actor=ada%40example.com&from=2026-01-01&to=2026-01-31&outcome=failure';
    const filters = filtersFromSearch(new URLSearchParams(link));
    expect(filters).toEqual({
      action: 'auth.',
      actorEmail: 'ada@example.com',
      from: '2026-01-01',
      to: '2026-01-31',
      outcome: 'FAILURE',
      accountId: '',
    });
    expect(searchFromFilters(filters).toString()).toBe(link);
  });

  it('ignores dates that are not calendar days and outcomes it does not know', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('from=2026-02-30&to=yesterday&outcome=maybe'),
    );
    expect(filters).toEqual(noFilters);
    expect(hasFilters(filters)).toBe(false);
    expect(searchFromFilters(filters).toString()).toBe('');
  });

  it('asks the server for whole local days, both ends included', () => {
    const filter = queryFilterFrom(
      { ...noFilters, from: '2026-03-01', to: '2026-03-31', actorEmail: ' ada@example.com ' },
      false,
    );
    expect(filter).toEqual({
      actorEmail: 'ada@example.com',
      from: new Date(2026, 2, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    });
  });

  it('sends an account only for operators', () => {
    const filters = { ...noFilters, accountId: 'acc_2' };
    expect(queryFilterFrom(filters, false)).toEqual({});
    expect(queryFilterFrom(filters, true)).toEqual({ accountId: 'acc_2' });
  });

  it('says when the range ends before it starts', () => {
    expect(dateRangeProblem({ ...noFilters, from: '2026-03-02', to: '2026-03-01' })).toBe(
      'The end date is before the start date.',
    );
    expect(dateRangeProblem({ ...noFilters, from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
