import {
  dateRangeProblem,
  defaultView,
  hasFilters,
  queryFilterFrom,
  searchFromView,
  viewFromSearch,
  withoutFilters,
} from './invoiceFilters';

describe('invoice list view in the address bar', () => {
  it('reads a shared link and writes the same link back', () => {
    const link = 'status=open&from=2026-01-01&to=2026-03-31&number=2026-02&order=oldest';
    const view = viewFromSearch(new URLSearchParams(link));
    expect(view).toEqual({
      status: 'OPEN',
      from: '2026-01-01',
      to: '2026-03-31',
      number: '2026-02',
      order: 'OLDEST_FIRST',
    });
    expect(searchFromView(view).toString()).toBe(link);
  });

  it('ignores statuses, days and orders it does not know', () => {
    const view = viewFromSearch(
      new URLSearchParams('status=draft&from=2026-02-30&to=soon&order=random'),
    );
    expect(view).toEqual(defaultView);
    expect(hasFilters(view)).toBe(false);
    expect(searchFromView(view).toString()).toBe('');
  });

  it('asks the server for whole UTC days and the trimmed number', () => {
    const filter = queryFilterFrom({
      ...defaultView,
      status: 'PAID',
      from: '2026-03-01',
      to: '2026-03-31',
      number: ' 00012 ',
    });
    expect(filter).toEqual({
      status: 'PAID',
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      number: '00012',
    });
    expect(queryFilterFrom(defaultView)).toEqual({});
  });

  it('keeps the order when the filters are cleared; the order alone is no filter', () => {
    const oldest = { ...defaultView, order: 'OLDEST_FIRST' as const };
    expect(hasFilters(oldest)).toBe(false);
    expect(withoutFilters({ ...oldest, status: 'VOID', number: 'INV' })).toEqual(oldest);
  });

  it('says when the range ends before it starts', () => {
    expect(dateRangeProblem({ ...defaultView, from: '2026-03-02', to: '2026-03-01' })).toBe(
      'The end date is before the start date.',
    );
  });
});
