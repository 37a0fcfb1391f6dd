import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { EmptyState } from '../../components/EmptyState';
import { NoMatchesState } from '../../components/NoMatchesState';
import { ErrorState } from '../../components/ErrorState';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { useLoadMore } from '../../components/useLoadMore';
import { describeError, hasErrorCode } from '../../app/graphqlErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import {
  useAuditEventsQuery,
  type AuditEventFilter,
  type AuditEventsQuery,
} from '../../graphql/generated';
import { canReadAuditLog } from './access';
import { AuditEventCards } from './AuditEventCards';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilterBar } from './AuditFilterBar';
import {
  dateRangeProblem,
  filtersFromSearch,
  hasFilters,
  noFilters,
  queryFilterFrom,
  searchFromFilters,
  type AuditFilters,
} from './auditFilters';

/** Events a page; "Load more" asks for the next this many. */
export const auditPageSize = 25;

export function AuditLogPage() {
  usePageTitle('Audit log');
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  // The address bar holds the filters: a filtered view is a link to share. Typing replaces the
  // history entry rather than adding one per pause.
  const changeFilters = (next: AuditFilters) =>
    setSearchParams(searchFromFilters(next), { replace: true });

  const header = (
    <PageHeader
      eyebrow="Security"
      title="Audit log"
      description={
        viewer.isOperator
          ? 'Who did what, when and from where, in every account.'
          : 'Who did what in this account, when and from where.'
      }
    />
  );

  if (!canReadAuditLog(viewer)) {
    return (
      <>
        {header}
        <Card component="section" aria-label="Audit log">
          <CardContent>
            <EmptyState
              icon={<LockOutlinedIcon />}
              title="Only Billing Admins can read the audit log"
              description="Ask a Billing Admin of this account if you need to know who changed something."
            />
          </CardContent>
        </Card>
      </>
    );
  }

  const rangeProblem = dateRangeProblem(filters);
  return (
    <>
      {header}
      <AuditFilterBar filters={filters} onChange={changeFilters} isOperator={viewer.isOperator} />
      {rangeProblem ? (
        <Alert severity="warning">{rangeProblem} Change the dates to see events.</Alert>
      ) : (
        // A new filter starts a new list: its own first page, cursor and "Load more" state.
        <AuditLogResults
          key={searchFromFilters(filters).toString()}
          filter={queryFilterFrom(filters, viewer.isOperator)}
          filtered={hasFilters(filters)}
          onClearFilters={() => changeFilters(noFilters)}
          accountId={viewer.account?.id ?? null}
          showAccount={viewer.isOperator}
        />
      )}
    </>
  );
}

type Connection = AuditEventsQuery['auditEvents'];

type AuditLogResultsProps = {
  filter: AuditEventFilter;
  filtered: boolean;
  onClearFilters: () => void;
  accountId: string | null;
  showAccount: boolean;
};

function AuditLogResults({
  filter,
  filtered,
  onClearFilters,
  accountId,
  showAccount,
}: AuditLogResultsProps) {
  const theme = useTheme();
  // Seven columns need the width of a desktop beside the navigation; below it, cards.
  const narrow = useMediaQuery(theme.breakpoints.down('lg'));
  const { data, loading, error, refetch, fetchMore } = useAuditEventsQuery({
    variables: { filter, first: auditPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  // Pages after the first, as "Load more" fetched them (each continues from the last cursor).
  const { later, loadMore, loadingMore, loadMoreError } = useLoadMore<Connection>(
    async (after) => (await fetchMore({ variables: { after } })).data.auditEvents,
  );

  const first = data?.auditEvents;
  if (loading && !first) {
    return (
      <Stack spacing={1} role="status" aria-label="Loading the audit log">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={narrow ? 150 : 56} />
        ))}
      </Stack>
    );
  }
  if (hasErrorCode(error, 'PLAN_LIMIT')) {
    // The plan lacks the audit log; the server's message names the plan that includes it.
    return (
      <Card component="section" aria-label="Audit log">
        <CardContent>
          <EmptyState
            icon={<LockOutlinedIcon />}
            title="The audit log is not part of your plan"
            description={describeError(error)}
            action={
              <Button component={RouterLink} to="/billing/plans" variant="contained">
                Compare plans
              </Button>
            }
          />
        </CardContent>
      </Card>
    );
  }
  if (error || !first) {
    return (
      <Card component="section" aria-label="Audit log">
        <CardContent>
          <ErrorState
            title="We couldn’t load the audit log"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  }

  const pages = [first, ...later];
  const events = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages[pages.length - 1]!;
  if (events.length === 0) {
    return (
      <Card component="section" aria-label="Audit log">
        <CardContent>
          {filtered ? (
            <NoMatchesState
              icon={<ManageSearchIcon />}
              title="No events match these filters"
              description="Try a wider date range or another action, or clear the filters."
              onClearFilters={onClearFilters}
            />
          ) : (
            <EmptyState
              icon={<ManageSearchIcon />}
              title="Nothing recorded yet"
              description="Sign-ins and every change to the account will appear here."
            />
          )}
        </CardContent>
      </Card>
    );
  }

  const List = narrow ? AuditEventCards : AuditEventTable;
  return (
    <section aria-label="Audit log">
      <List events={events} accountId={accountId} showAccount={showAccount} />
      <LoadMoreFooter
        summary={`Showing ${events.length} of ${first.totalCount} ${first.totalCount === 1 ? 'event' : 'events'}`}
        hasMore={last.pageInfo.hasNextPage}
        loading={loadingMore}
        error={loadMoreError}
        onLoadMore={() => void loadMore(last.pageInfo.endCursor)}
      />
    </section>
  );
}
