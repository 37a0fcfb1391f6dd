import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import { FilterBar, fullRowWhenNarrow } from '../../../components/FilterBar';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { NoMatchesState } from '../../../components/NoMatchesState';
import { PageHeader } from '../../../components/PageHeader';
import { formatDay } from '../../../components/dates';
import { useDebouncedDraft } from '../../../components/useDebouncedDraft';
import { useCursorList } from '../../../components/useCursorList';
import { CursorListStates } from '../../../components/CursorListStates';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  useOperatorAccountPlansQuery,
  useOperatorAccountsQuery,
  type OperatorAccountRowFragment,
  type SubscriptionStatus,
} from '../../../graphql/generated';
import {
  accountFilterOf,
  accountListParams,
  hasAccountFilters,
  parseAccountListView,
  subscriptionStatusChips,
  type AccountListView,
} from './accountWords';

/** Accounts a page; "Load more" asks for the next this many. */
export const accountPageSize = 25;

/**
 * Back office › Accounts: every customer account, newest first. Search by name, a member's
 * e-mail or an invoice number; filter by plan, subscription status, past due, suspended. The
 * filters live in the address bar, so a search can be shared and the back button works.
 */
export function OperatorAccountsPage() {
  usePageTitle('Accounts');
  const [params, setParams] = useSearchParams();
  const view = parseAccountListView(params);
  const setView = (next: AccountListView) => setParams(accountListParams(next), { replace: true });
  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Accounts"
        description="Every customer account. Open one for its members, subscription, invoices, credit and audit trail."
      />
      <AccountFilters view={view} onChange={setView} />
      <AccountList
        key={accountListParams(view).toString()}
        view={view}
        onClear={() => setView(parseAccountListView(new URLSearchParams()))}
      />
    </>
  );
}

function AccountFilters({
  view,
  onChange,
}: {
  view: AccountListView;
  onChange: (view: AccountListView) => void;
}) {
  const { data } = useOperatorAccountPlansQuery();
  const set = (change: Partial<AccountListView>) => onChange({ ...view, ...change });
  const [draft, setDraft] = useDebouncedDraft(view.search, (search) =>
    onChange({ ...view, search }),
  );
  const oneRow = { minWidth: 900, columns: '2fr 1fr 1fr 1fr 1fr' };
  const yesNo = (
    label: string,
    value: '' | 'yes' | 'no',
    key: 'pastDue' | 'suspended',
    yes: string,
    no: string,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => set({ [key]: event.target.value as '' | 'yes' | 'no' })}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value="">Any</MenuItem>
      <MenuItem value="yes">{yes}</MenuItem>
      <MenuItem value="no">{no}</MenuItem>
    </TextField>
  );
  return (
    <FilterBar
      label="Find accounts"
      onApplyNow={() => set({ search: draft.trim() })}
      oneRow={oneRow}
      canClear={hasAccountFilters(view)}
      onClear={() => onChange(parseAccountListView(new URLSearchParams()))}
    >
      <TextField
        size="small"
        type="search"
        label="Search"
        placeholder="Name, member e-mail or invoice number"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        sx={{
          gridColumn: '1 / -1',
          [`@container (min-width: ${oneRow.minWidth}px)`]: { gridColumn: 'auto' },
        }}
        slotProps={{
          htmlInput: { maxLength: 100 },
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
        label="Plan"
        value={view.planCode}
        onChange={(event) => set({ planCode: event.target.value })}
        sx={fullRowWhenNarrow}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        <MenuItem value="">All plans</MenuItem>
        {(data?.plans ?? []).map((plan) => (
          <MenuItem key={plan.code} value={plan.code}>
            {plan.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Subscription"
        value={view.status}
        onChange={(event) => set({ status: event.target.value as SubscriptionStatus | '' })}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        <MenuItem value="">Any status</MenuItem>
        {Object.entries(subscriptionStatusChips).map(([status, chip]) => (
          <MenuItem key={status} value={status}>
            {chip.label}
          </MenuItem>
        ))}
      </TextField>
      {yesNo('Past due', view.pastDue, 'pastDue', 'Past due', 'Not past due')}
      {yesNo('Suspended', view.suspended, 'suspended', 'Suspended', 'Not suspended')}
    </FilterBar>
  );
}

function AccountList({ view, onClear }: { view: AccountListView; onClear: () => void }) {
  const filter = accountFilterOf(view);
  const query = useOperatorAccountsQuery({
    variables: { filter, first: accountPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const list = useCursorList(query, (data) => data.operatorAccounts);
  const accounts = list.nodes;
  const totalCount = query.data?.operatorAccounts.totalCount ?? 0;

  return (
    <CursorListStates
      list={list}
      label="Accounts"
      loading={
        <Card aria-busy="true" aria-label="Loading accounts">
          {[0, 1, 2, 3].map((i) => (
            <Box key={i} sx={{ px: 2, py: 1.5 }}>
              <Skeleton width="40%" />
              <Skeleton width="70%" />
            </Box>
          ))}
        </Card>
      }
      errorTitle="We couldn’t load the accounts"
      empty={
        hasAccountFilters(view) ? (
          <NoMatchesState
            title="No account matches"
            description="Try part of the name, another member’s e-mail, or fewer filters."
            icon={<BusinessOutlinedIcon />}
            onClearFilters={onClear}
          />
        ) : undefined
      }
      emptyState={{
        icon: <BusinessOutlinedIcon />,
        title: 'No accounts yet',
        description: 'An account appears here when a customer signs in for the first time.',
      }}
    >
      <Card>
        <List aria-label="Accounts" disablePadding>
          {accounts.map((account, index) => (
            <AccountRow key={account.id} account={account} divider={index < accounts.length - 1} />
          ))}
        </List>
      </Card>
      <LoadMoreFooter
        summary={`Showing ${accounts.length} of ${totalCount} account${totalCount === 1 ? '' : 's'}`}
        {...list.footer}
      />
    </CursorListStates>
  );
}

function AccountRow({
  account,
  divider,
}: {
  account: OperatorAccountRowFragment;
  divider: boolean;
}) {
  const status = account.subscription?.status;
  return (
    // Each row in its own <li>: a list holds list items, not links.
    <ListItem disablePadding divider={divider}>
      <ListItemButton
        component={RouterLink}
        to={`/operator/accounts/${account.id}`}
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, py: 1.5 }}
      >
        <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{account.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {account.plan.name} · since {formatDay(account.createdAt)} ·{' '}
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              {account.id}
            </Box>
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
          {status && (
            <Chip
              size="small"
              label={subscriptionStatusChips[status].label}
              color={subscriptionStatusChips[status].color}
              variant="outlined"
            />
          )}
          {account.suspendedAt && <Chip size="small" label="Suspended" color="error" />}
        </Box>
      </ListItemButton>
    </ListItem>
  );
}
