import { Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { Money } from '../../../components/Money';
import type { InvoiceGridFragment, InvoiceOrder } from '../../../graphql/generated';
import { invoicePath } from './invoicePaths';
import { InvoiceStatusChip } from './InvoiceStatusChip';
import { formatDay, formatDayRange } from '../../../components/dates';

type Row = InvoiceGridFragment;

/** The server sorts by issue date only; every other column keeps the server's order. */
const columns: GridColDef<Row>[] = [
  {
    field: 'number',
    headerName: 'Number',
    flex: 1.2,
    minWidth: 180,
    sortable: false,
    renderCell: ({ row }) => (
      <Link
        component={RouterLink}
        to={invoicePath(row.id)}
        underline="hover"
        sx={{ fontWeight: 600 }}
      >
        {row.number}
      </Link>
    ),
  },
  {
    field: 'issuedAt',
    headerName: 'Issued',
    description: 'Issue date (UTC). Sorted on the server: newest or oldest first.',
    minWidth: 130,
    flex: 0.8,
    sortingOrder: ['desc', 'asc'],
    valueFormatter: (value: string) => formatDay(value),
  },
  {
    field: 'period',
    headerName: 'Period',
    minWidth: 200,
    flex: 1.2,
    sortable: false,
    valueGetter: (_value, row) => formatDayRange(row.periodStart, row.periodEnd),
  },
  {
    field: 'status',
    headerName: 'Status',
    minWidth: 130,
    flex: 0.7,
    sortable: false,
    renderCell: ({ row }) => <InvoiceStatusChip status={row.status} />,
  },
  {
    field: 'total',
    headerName: 'Total',
    minWidth: 120,
    flex: 0.7,
    sortable: false,
    align: 'right',
    headerAlign: 'right',
    renderCell: ({ row }) => <Money value={row.total} />,
  },
  {
    field: 'amountDue',
    headerName: 'Amount due',
    minWidth: 130,
    flex: 0.7,
    sortable: false,
    align: 'right',
    headerAlign: 'right',
    renderCell: ({ row }) => <Money value={row.amountDue} />,
  },
];

// Stable models: a new array each render would count as a new sort (and send the grid to page 1).
const newestFirst: GridSortModel = [{ field: 'issuedAt', sort: 'desc' }];
const oldestFirst: GridSortModel = [{ field: 'issuedAt', sort: 'asc' }];

type InvoiceGridProps = {
  invoices: readonly Row[];
  order: InvoiceOrder;
  onOrderChange: (order: InvoiceOrder) => void;
  pageSize: number;
  /** Zero-based page shown. */
  page: number;
  onPageChange: (page: number) => void;
  hasNextPage: boolean;
  /** Known once the last page has been fetched; -1 until then ("of more than …"). */
  rowCount: number;
  loading: boolean;
};

/**
 * The invoices on wide screens: the MUI X data grid, paginated and sorted on the server (the
 * MIT grid pages 100 rows at most client-side, and a page sorted in the browser would mislead).
 */
export function InvoiceGrid({
  invoices,
  order,
  onOrderChange,
  pageSize,
  page,
  onPageChange,
  hasNextPage,
  rowCount,
  loading,
}: InvoiceGridProps) {
  const sortModel = order === 'OLDEST_FIRST' ? oldestFirst : newestFirst;
  return (
    <DataGrid<Row>
      aria-label="Invoices"
      rows={invoices}
      columns={columns}
      loading={loading}
      autoHeight
      // At most one page of rows: render them all (also what makes the grid testable in jsdom).
      disableVirtualization
      disableColumnMenu
      disableColumnFilter
      disableColumnSelector
      disableRowSelectionOnClick
      sortingMode="server"
      sortModel={sortModel}
      onSortModelChange={(model) =>
        onOrderChange(model[0]?.sort === 'asc' ? 'OLDEST_FIRST' : 'NEWEST_FIRST')
      }
      paginationMode="server"
      paginationModel={{ page, pageSize }}
      onPaginationModelChange={(model: GridPaginationModel) => onPageChange(model.page)}
      pageSizeOptions={[pageSize]}
      rowCount={rowCount}
      paginationMeta={{ hasNextPage }}
      sx={{
        bgcolor: 'background.paper',
        borderRadius: '14px',
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-columnHeader:focus': { outline: 'none' },
      }}
    />
  );
}
