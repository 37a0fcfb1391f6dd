import { fireEvent, render, screen } from '@testing-library/react';
import TextField from '@mui/material/TextField';
import { DateRangeFields, FilterBar } from './FilterBar';

function renderBar({
  canClear = false,
  invalid = false,
}: { canClear?: boolean; invalid?: boolean } = {}) {
  const handlers = { onApplyNow: jest.fn(), onClear: jest.fn(), onDatesChange: jest.fn() };
  render(
    <FilterBar
      label="Filter invoices"
      onApplyNow={handlers.onApplyNow}
      canClear={canClear}
      onClear={handlers.onClear}
    >
      <TextField size="small" label="Invoice number" />
      <DateRangeFields
        fromLabel="Issued from"
        toLabel="Issued to"
        from="2026-01-01"
        to="2026-03-31"
        onChange={handlers.onDatesChange}
        invalid={invalid}
      />
    </FilterBar>,
  );
  return handlers;
}

describe('the filter bar', () => {
  it('is a search landmark named for what it filters', () => {
    renderBar();
    expect(screen.getByRole('search', { name: 'Filter invoices' })).toBeTruthy();
  });

  it('applies what is typed at once on Enter', () => {
    const { onApplyNow } = renderBar();
    fireEvent.submit(screen.getByRole('search'));
    expect(onApplyNow).toHaveBeenCalledTimes(1);
  });

  it('offers "Clear filters" only while a filter is set', () => {
    renderBar();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('clears the filters from its button', () => {
    const { onClear } = renderBar({ canClear: true });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});

describe('the date range fields', () => {
  it('keep each date on its side of the other', () => {
    renderBar();
    expect(screen.getByLabelText('Issued from').getAttribute('max')).toBe('2026-03-31');
    expect(screen.getByLabelText('Issued to').getAttribute('min')).toBe('2026-01-01');
  });

  it('say which end changed', () => {
    const { onDatesChange } = renderBar();
    fireEvent.change(screen.getByLabelText('Issued from'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('Issued to'), { target: { value: '2026-02-28' } });
    expect(onDatesChange.mock.calls).toEqual([[{ from: '2026-02-01' }], [{ to: '2026-02-28' }]]);
  });

  it('mark the "to" field when the range is impossible', () => {
    renderBar({ invalid: true });
    expect(screen.getByLabelText('Issued to').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Issued from').getAttribute('aria-invalid')).toBe('false');
  });
});
