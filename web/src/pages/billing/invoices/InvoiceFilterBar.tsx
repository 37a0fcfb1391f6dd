import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { DateRangeFields, FilterBar, fullRowWhenNarrow } from '../../../components/FilterBar';
import { useDebouncedDraft } from '../../../components/useDebouncedDraft';
import type { InvoiceOrder, InvoiceStatus } from '../../../graphql/generated';
import {
  dateRangeProblem,
  hasFilters,
  invoiceStatuses,
  maxNumberSearch,
  withoutFilters,
  type InvoiceListView,
} from './invoiceFilters';
import { invoiceStatusLabel } from './invoiceText';

type InvoiceFilterBarProps = {
  view: InvoiceListView;
  onChange: (view: InvoiceListView) => void;
};

/** Where the fields stand in one row; below it the number search has a row of its own. */
const oneRow = { minWidth: 900, columns: '1.6fr 1fr 1fr 1fr 1fr' };

/** Search by number, status, issue dates (UTC days) and order; all kept in the address bar. */
export function InvoiceFilterBar({ view, onChange }: InvoiceFilterBarProps) {
  const set = (change: Partial<InvoiceListView>) => onChange({ ...view, ...change });
  const [numberDraft, setNumberDraft] = useDebouncedDraft(view.number, (number) =>
    onChange({ ...view, number }),
  );
  const rangeProblem = dateRangeProblem(view);

  return (
    <FilterBar
      label="Filter invoices"
      onApplyNow={() => set({ number: numberDraft.trim() })}
      oneRow={oneRow}
      canClear={hasFilters(view)}
      onClear={() => onChange(withoutFilters(view))}
    >
      <TextField
        size="small"
        type="search"
        label="Invoice number"
        placeholder="e.g. 2026-03 or 00012"
        value={numberDraft}
        onChange={(event) => setNumberDraft(event.target.value)}
        onBlur={() => numberDraft.trim() !== view.number && set({ number: numberDraft.trim() })}
        sx={{
          gridColumn: '1 / -1',
          [`@container (min-width: ${oneRow.minWidth}px)`]: { gridColumn: 'auto' },
        }}
        slotProps={{
          htmlInput: { maxLength: maxNumberSearch },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        size="small"
        label="Status"
        value={view.status}
        onChange={(event) => set({ status: event.target.value as InvoiceStatus | '' })}
        sx={fullRowWhenNarrow}
        // Shows "All statuses" rather than an empty field.
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        <MenuItem value="">All statuses</MenuItem>
        {invoiceStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {invoiceStatusLabel(status)}
          </MenuItem>
        ))}
      </TextField>
      <DateRangeFields
        fromLabel="Issued from"
        toLabel="Issued to"
        from={view.from}
        to={view.to}
        onChange={set}
        invalid={rangeProblem !== null}
      />
      <TextField
        select
        size="small"
        label="Order"
        value={view.order}
        onChange={(event) => set({ order: event.target.value as InvoiceOrder })}
        sx={fullRowWhenNarrow}
      >
        <MenuItem value="NEWEST_FIRST">Newest first</MenuItem>
        <MenuItem value="OLDEST_FIRST">Oldest first</MenuItem>
      </TextField>
    </FilterBar>
  );
}
