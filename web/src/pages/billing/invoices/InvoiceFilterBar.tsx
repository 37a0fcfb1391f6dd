import type { FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import SearchIcon from '@mui/icons-material/Search';
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

const wide = '@container (min-width: 560px)';
const widest = '@container (min-width: 900px)';
const fullRowWhenNarrow = { gridColumn: '1 / -1', [wide]: { gridColumn: 'auto' } };

/** Search by number, status, issue dates (UTC days) and order; all kept in the address bar. */
export function InvoiceFilterBar({ view, onChange }: InvoiceFilterBarProps) {
  const set = (change: Partial<InvoiceListView>) => onChange({ ...view, ...change });
  const [numberDraft, setNumberDraft] = useDebouncedDraft(view.number, (number) =>
    onChange({ ...view, number }),
  );
  const rangeProblem = dateRangeProblem(view);
  const applyNow = (event: FormEvent) => {
    event.preventDefault();
    set({ number: numberDraft.trim() });
  };

  return (
    // Laid out by the width the page gives it (the navigation takes some on a desktop).
    <Box sx={{ containerType: 'inline-size', mb: 3 }}>
      <Box
        component="form"
        role="search"
        aria-label="Filter invoices"
        onSubmit={applyNow}
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: '1fr 1fr',
          alignItems: 'start',
          [wide]: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
          [widest]: { gridTemplateColumns: '1.6fr 1fr 1fr 1fr 1fr' },
        }}
      >
        <TextField
          size="small"
          type="search"
          label="Invoice number"
          placeholder="e.g. 2026-03 or 00012"
          value={numberDraft}
          onChange={(event) => setNumberDraft(event.target.value)}
          onBlur={() => numberDraft.trim() !== view.number && set({ number: numberDraft.trim() })}
          sx={{ gridColumn: '1 / -1', [widest]: { gridColumn: 'auto' } }}
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
        <TextField
          size="small"
          type="date"
          label="Issued from"
          value={view.from}
          onChange={(event) => set({ from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: view.to || undefined } }}
        />
        <TextField
          size="small"
          type="date"
          label="Issued to"
          value={view.to}
          onChange={(event) => set({ to: event.target.value })}
          error={rangeProblem !== null}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: view.from || undefined } }}
        />
        <TextField
          select
          size="small"
          label="Order"
          value={view.order}
          onChange={(event) => set({ order: event.target.value as InvoiceOrder })}
          sx={{ gridColumn: '1 / -1', [wide]: { gridColumn: 'auto' } }}
        >
          <MenuItem value="NEWEST_FIRST">Newest first</MenuItem>
          <MenuItem value="OLDEST_FIRST">Oldest first</MenuItem>
        </TextField>
        {/* Enter in the search field applies it at once. */}
        <button type="submit" hidden />
        {hasFilters(view) && (
          <Box sx={{ gridColumn: '1 / -1', mt: -1 }}>
            <Button
              size="small"
              startIcon={<FilterListOffIcon />}
              onClick={() => onChange(withoutFilters(view))}
              sx={{ ml: -0.5 }}
            >
              Clear filters
            </Button>
          </Box>
        )}
      </Box>
    </Box>
  );
}
