import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DateRangeFields, FilterBar, fullRowWhenNarrow } from '../../components/FilterBar';
import { useDebouncedDraft } from '../../components/useDebouncedDraft';
import { actionCategories, actionCategoryLabel } from './auditLabels';
import { dateRangeProblem, hasFilters, noFilters, type AuditFilters } from './auditFilters';

type AuditFilterBarProps = {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  /** Operators may narrow the log to one account. */
  isOperator: boolean;
};

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

  return (
    <FilterBar
      label="Filter the audit log"
      onApplyNow={() =>
        onChange({ ...filters, actorEmail: actorDraft.trim(), accountId: accountDraft.trim() })
      }
      // Operators have a sixth filter: they keep two rows of three.
      oneRow={isOperator ? undefined : { minWidth: 920, columns: '1.5fr 1.3fr 1fr 1fr 1fr' }}
      canClear={hasFilters(filters)}
      onClear={() => onChange(noFilters)}
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
      <DateRangeFields
        fromLabel="From"
        toLabel="To"
        from={filters.from}
        to={filters.to}
        onChange={set}
        invalid={rangeProblem !== null}
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
    </FilterBar>
  );
}
