import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { EmptyState } from '../../../components/EmptyState';
import { NoMatchesState } from '../../../components/NoMatchesState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { PaymentAttentionBanner } from '../../../features/payments/PaymentAttentionBanner';
import { useLoadMore } from '../../../components/useLoadMore';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import {
  useInvoicesQuery,
  type InvoiceFilter,
  type InvoiceOrder,
  type InvoicesQuery,
} from '../../../graphql/generated';
import { InvoiceCards } from './InvoiceCards';
import { InvoiceFilterBar } from './InvoiceFilterBar';
import {
  dateRangeProblem,
  hasFilters,
  queryFilterFrom,
  searchFromView,
  viewFromSearch,
  withoutFilters,
  type InvoiceListView,
} from './invoiceFilters';
import { InvoiceGrid } from './InvoiceGrid';

/** Invoices a page: a page of the grid, or what "Load more" adds on a phone. */
export const invoicePageSize = 25;

export function InvoicesPage() {
  usePageTitle('Invoices');
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearch(searchParams), [searchParams]);
  // The address bar holds the view, so a filtered list is a link to share. Typing replaces the
  // history entry rather than adding one per pause.
  const changeView = (next: InvoiceListView) =>
    setSearchParams(searchFromView(next), { replace: true });

  const header = (
    <PageHeader
      eyebrow="Billing"
      title="Invoices"
      description="Every invoice issued to this account, with its PDF. Dates are UTC days, as on the invoices."
    />
  );
  if (!viewer.account) {
    return (
      <>
        {header}
        <NoAccountState description="Invoices belong to a customer account. Ask a Billing Admin to invite you if you need to see them." />
      </>
    );
  }

  const rangeProblem = dateRangeProblem(view);
  return (
    <>
      {header}
      <PaymentAttentionBanner />
      <InvoiceFilterBar view={view} onChange={changeView} />
      {rangeProblem ? (
        <Alert severity="warning">{rangeProblem} Change the dates to see invoices.</Alert>
      ) : (
        // A new filter or order starts a new list: its own first page and cursors.
        <InvoiceResults
          key={searchFromView(view).toString()}
          filter={queryFilterFrom(view)}
          order={view.order}
          filtered={hasFilters(view)}
          onOrderChange={(order) => changeView({ ...view, order })}
          onClearFilters={() => changeView(withoutFilters(view))}
        />
      )}
    </>
  );
}

type Connection = InvoicesQuery['invoices'];

type InvoiceResultsProps = {
  filter: InvoiceFilter;
  order: InvoiceOrder;
  filtered: boolean;
  onOrderChange: (order: InvoiceOrder) => void;
  onClearFilters: () => void;
};

function InvoiceResults({
  filter,
  order,
  filtered,
  onOrderChange,
  onClearFilters,
}: InvoiceResultsProps) {
  const theme = useTheme();
  // Six columns need a desktop's width beside the navigation; below it, cards.
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const { data, loading, error, refetch, fetchMore } = useInvoicesQuery({
    variables: { filter, order, first: invoicePageSize, after: null },
    // Invoices change behind the page (renewals, payments recorded): show what is cached, then
    // what the server says now.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Pages after the first, each continuing from the cursor the one before ended at. The grid
  // shows one of them at a time; the cards show them all, one after another.
  const { later, loadMore, loadingMore, loadMoreError } = useLoadMore<Connection>(
    async (after) => (await fetchMore({ variables: { after } })).data.invoices,
  );
  const [page, setPage] = useState(0);

  const first = data?.invoices;
  if (loading && !first) {
    return (
      <Stack spacing={1} role="status" aria-label="Loading invoices">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={narrow ? 140 : 52} />
        ))}
      </Stack>
    );
  }
  if (error || !first) {
    return (
      <Card component="section" aria-label="Invoices">
        <CardContent>
          <ErrorState
            title="We couldn’t load your invoices"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  }

  const pages = [first, ...later];
  const last = pages[pages.length - 1]!;
  if (first.edges.length === 0) {
    return (
      <Card component="section" aria-label="Invoices">
        <CardContent>
          {filtered ? (
            <NoMatchesState
              icon={<SearchOffIcon />}
              title="No invoices match these filters"
              description="Try another status, a wider date range or part of the number, or clear the filters."
              onClearFilters={onClearFilters}
            />
          ) : (
            <EmptyState
              icon={<ReceiptLongOutlinedIcon />}
              title="No invoices yet"
              description="Invoices appear here when a paid plan bills this account: at the start, at each renewal and when the plan changes."
              action={
                <Button variant="contained" component={RouterLink} to="/billing/plans">
                  See plans
                </Button>
              }
            />
          )}
        </CardContent>
      </Card>
    );
  }

  if (narrow) {
    const invoices = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    return (
      <section aria-label="Invoices">
        <InvoiceCards invoices={invoices} />
        <LoadMoreFooter
          summary={`Showing ${invoices.length} ${invoices.length === 1 ? 'invoice' : 'invoices'}${last.pageInfo.hasNextPage ? '' : ', all there are'}`}
          hasMore={last.pageInfo.hasNextPage}
          loading={loadingMore}
          error={loadMoreError}
          onLoadMore={() => void loadMore(last.pageInfo.endCursor)}
        />
      </section>
    );
  }

  // The grid's page; one past those fetched while "next page" is on its way (or failed to come).
  const showPage = (next: number) => {
    setPage(next);
    if (next >= pages.length) void loadMore(last.pageInfo.endCursor);
  };
  const rowCount = last.pageInfo.hasNextPage
    ? -1
    : (pages.length - 1) * invoicePageSize + last.edges.length;
  return (
    <section aria-label="Invoices">
      <InvoiceGrid
        invoices={pages[page]?.edges.map((edge) => edge.node) ?? []}
        order={order}
        onOrderChange={onOrderChange}
        pageSize={invoicePageSize}
        page={page}
        onPageChange={showPage}
        // Also while the next page is on its way: with no next page the grid would take the
        // empty page for the last and go back to the first.
        hasNextPage={page < pages.length - 1 || last.pageInfo.hasNextPage}
        rowCount={rowCount}
        loading={loadingMore}
      />
      {loadMoreError && page >= pages.length && (
        <Alert
          severity="error"
          sx={{ mt: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => showPage(page)}>
              Try again
            </Button>
          }
        >
          {loadMoreError}
        </Alert>
      )}
    </section>
  );
}
