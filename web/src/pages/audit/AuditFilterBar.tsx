import type { FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import { useDebouncedDraft } from '../../components/useDebouncedDraft';
import { actionCategories, actionCategoryLabel } from './auditLabels';
import { dateRangeProblem, hasFilters, noFilters, type AuditFilters } from './auditFilters';

type AuditFilterBarProps = {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  /** Operators may narrow the log to one account. */
  isOperator: boolean;
};

const wide = '@container (min-width: 560px)';
const widest = '@container (min-width: 920px)';
/** Two columns: dates side by side, everything else a row of its own. */
const fullRowWhenNarrow = { gridColumn: '1 / -1', [wide]: { gridColumn: 'auto' } };

export function AuditFilterBar({ filters, onChange, isOperator }: AuditFilterBarProps) {
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change });
  const [actorDraft, setActorDraft] = useDebouncedDraft(filters.actorEmail, (actorEmail) =>
    onChange({ ...filters, actorEmail }),
  );
  const [accountDraft, setAccountDraft] = useDebouncedDraft(filters.accountId, (accountId) =>
    onChange({ ...filters, accountId }),
  );
  // The page says what is wrong with the range; the field is marked.
  const rangeProblem = dateRangeProblem(filters);
  // A shared link may name a prefix that is not one of the categories: keep it selectable.
  const categories = actionCategories.some((category) => category.prefix === filters.action)
    ? actionCategories
    : filters.action
      ? [
          ...actionCategories,
          { prefix: filters.action, label: actionCategoryLabel(filters.action) },
        ]
      : actionCategories;

  const applyNow = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, actorEmail: actorDraft.trim(), accountId: accountDraft.trim() });
  };

  return (
    // Laid out by the width the page gives the filters (the navigation takes some on a desktop),
    // not by the window's: two columns, then three, then one row.
    <Box sx={{ containerType: 'inline-size', mb: 3 }}>
      <Box
        component="form"
        role="search"
        aria-label="Filter the audit log"
        onSubmit={applyNow}
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: '1fr 1fr',
          alignItems: 'start',
          [wide]: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
          // Operators have a sixth filter: they keep two rows of three.
          ...(isOperator ? {} : { [widest]: { gridTemplateColumns: '1.5fr 1.3fr 1fr 1fr 1fr' } }),
        }}
      >
        <TextField
          select
          size="small"
          label="Action"
          value={filters.action}
          onChange={(event) => set({ action: event.target.value })}
          sx={fullRowWhenNarrow}
        >
          <MenuItem value="">All actions</MenuItem>
          {categories.map((category) => (
            <MenuItem key={category.prefix} value={category.prefix}>
              {category.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="email"
          label="Actor e-mail"
          value={actorDraft}
          onChange={(event) => setActorDraft(event.target.value)}
          onBlur={() =>
            actorDraft.trim() !== filters.actorEmail && set({ actorEmail: actorDraft.trim() })
          }
          sx={fullRowWhenNarrow}
        />
        <TextField
          size="small"
          type="date"
          label="From"
          value={filters.from}
          onChange={(event) => set({ from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: filters.to || undefined } }}
        />
        <TextField
          size="small"
          type="date"
          label="To"
          value={filters.to}
          onChange={(event) => set({ to: event.target.value })}
          error={rangeProblem !== null}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { min: filters.from || undefined },
          }}
        />
        <TextField
          select
          size="small"
          label="Outcome"
          value={filters.outcome}
          onChange={(event) => set({ outcome: event.target.value as AuditFilters['outcome'] })}
          sx={fullRowWhenNarrow}
        >
          <MenuItem value="">Any outcome</MenuItem>
          <MenuItem value="SUCCESS">Succeeded</MenuItem>
          <MenuItem value="FAILURE">Failed</MenuItem>
        </TextField>
        {isOperator && (
          <TextField
            size="small"
            label="Account ID"
            placeholder="acc_…"
            value={accountDraft}
            onChange={(event) => setAccountDraft(event.target.value)}
            onBlur={() =>
              accountDraft.trim() !== filters.accountId && set({ accountId: accountDraft.trim() })
            }
            sx={fullRowWhenNarrow}
          />
        )}
        {/* Enter in a text field applies the filters at once. */}
        <button type="submit" hidden />
        {hasFilters(filters) && (
          <Box sx={{ gridColumn: '1 / -1', mt: -1 }}>
            <Button
              size="small"
              startIcon={<FilterListOffIcon />}
              onClick={() => onChange(noFilters)}
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
