import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';

/** From this width of the bar (not of the window) the fields stand three to a row. */
export const filterBarWide = '@container (min-width: 560px)';
/** A field a row of its own while the bar has two columns. */
export const fullRowWhenNarrow = { gridColumn: '1 / -1', [filterBarWide]: { gridColumn: 'auto' } };

type FilterBarProps = {
  /** Names the search landmark, e.g. "Filter invoices". */
  label: string;
  /** Enter in a text field: apply what is typed now rather than after the pause. */
  onApplyNow: () => void;
  /** The columns once the bar is wide enough for all its fields in one row, and that width. */
  oneRow?: { minWidth: number; columns: string };
  /** Whether any filter is set, which offers "Clear filters". */
  canClear: boolean;
  onClear: () => void;
  /** The fields, in reading order. */
  children: ReactNode;
};

/**
 * The filters above a list. Laid out by the width the page gives it (the navigation takes some on
 * a desktop), not by the window's: two columns, then three, then (with `oneRow`) one row.
 */
export function FilterBar({
  label,
  onApplyNow,
  oneRow,
  canClear,
  onClear,
  children,
}: FilterBarProps) {
  const applyNow = (event: FormEvent) => {
    event.preventDefault();
    onApplyNow();
  };

  return (
    <Box sx={{ containerType: 'inline-size', mb: 3 }}>
      <Box
        component="form"
        role="search"
        aria-label={label}
        onSubmit={applyNow}
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: '1fr 1fr',
          alignItems: 'start',
          [filterBarWide]: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
          ...(oneRow
            ? {
                [`@container (min-width: ${oneRow.minWidth}px)`]: {
                  gridTemplateColumns: oneRow.columns,
                },
              }
            : {}),
        }}
      >
        {children}
        {/* Enter in a text field applies the filters at once. */}
        <button type="submit" hidden />
        {canClear && (
          <Box sx={{ gridColumn: '1 / -1', mt: -1 }}>
            <Button
              size="small"
              startIcon={<FilterListOffIcon />}
              onClick={onClear}
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

type DateRangeFieldsProps = {
  fromLabel: string;
  toLabel: string;
  /** `YYYY-MM-DD`, or '' for no bound. */
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
  /** The range is impossible (the page says why); the "to" field is marked. */
  invalid: boolean;
};

/** Two date fields, side by side in the bar, each kept on its side of the other by the picker. */
export function DateRangeFields({
  fromLabel,
  toLabel,
  from,
  to,
  onChange,
  invalid,
}: DateRangeFieldsProps) {
  return (
    <>
      <TextField
        size="small"
        type="date"
        label={fromLabel}
        value={from}
        onChange={(event) => onChange({ from: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: to || undefined } }}
      />
      <TextField
        size="small"
        type="date"
        label={toLabel}
        value={to}
        onChange={(event) => onChange({ to: event.target.value })}
        error={invalid}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: from || undefined } }}
      />
    </>
  );
}
