import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import { FormDialog } from '../../../components/FormDialog';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { LoadingState } from '../../../components/LoadingState';
import { Money } from '../../../components/Money';
import { CursorListStates } from '../../../components/CursorListStates';
import { useCursorList } from '../../../components/useCursorList';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import { formatDay } from '../../../components/dates';
import { dayEnd, dayStart, dayRangeProblem } from '../../../components/dayRange';
import { describeError, describeErrorNaming, fieldErrorsOf } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  InvoiceStatus,
  type OperatorInvoiceFilter,
  type OperatorInvoicesQuery,
  useOperatorInvoicePaymentsLazyQuery,
  useOperatorInvoicesQuery,
  useOperatorRefundPaymentMutation,
  useOperatorVoidInvoiceMutation,
} from '../../../graphql/generated';
import { ManualInvoiceDialog } from './ManualInvoiceDialog';

type Row = OperatorInvoicesQuery['operatorInvoices']['edges'][number]['node'];

const statusLabels: Record<InvoiceStatus, string> = {
  OPEN: 'Open',
  PAID: 'Paid',
  VOID: 'Void',
  UNCOLLECTIBLE: 'Uncollectible',
};

type Filters = {
  status: InvoiceStatus | '';
  accountId: string;
  currency: string;
  from: string;
  to: string;
  number: string;
};
const noFilters: Filters = {
  status: '',
  accountId: '',
  currency: '',
  from: '',
  to: '',
  number: '',
};

/** The filters as the API and the CSV route take them (days are UTC, as invoices are dated). */
function apiFilter(filters: Filters): OperatorInvoiceFilter {
  return {
    status: filters.status || null,
    accountId: filters.accountId.trim() || null,
    currency: filters.currency.trim() || null,
    from: dayStart(filters.from, 'utc') ?? null,
    to: dayEnd(filters.to, 'utc') ?? null,
    number: filters.number.trim() || null,
  };
}

function csvHref(filter: OperatorInvoiceFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') params.set(name, value);
  }
  const query = params.toString();
  return `/operator/invoices.csv${query ? `?${query}` : ''}`;
}

/**
 * Operators: every account's invoices with filters, a CSV export of what the filters select, a
 * manual invoice, and per invoice: its PDF, void, and refund of a card payment (credit note).
 */
export function OperatorInvoicesPage() {
  usePageTitle('All invoices');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [creating, setCreating] = useState(false);
  const notice = useSuccessNotice();
  const rangeProblem = dayRangeProblem(filters.from, filters.to);
  const filter = apiFilter(filters);
  // Typed filters ask the server once typing pauses (compared as text: a new object each render).
  const listed = useDebouncedValue(JSON.stringify(filter), 300);
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="All invoices"
        description="Every account’s invoices. Void, refund, or issue a manual invoice."
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={<DownloadIcon />}
              component="a"
              href={csvHref(filter)}
              download="invoices.csv"
            >
              Export CSV
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              New invoice
            </Button>
          </Box>
        }
      />
      <Card sx={{ mb: 2 }}>
        <CardContent
          component="form"
          aria-label="Filters"
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' },
          }}
        >
          <TextField
            select
            label="Status"
            value={filters.status}
            onChange={(event) => set({ status: event.target.value as Filters['status'] })}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">Any</MenuItem>
            {Object.values(InvoiceStatus).map((status) => (
              <MenuItem key={status} value={status}>
                {statusLabels[status]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Account id"
            value={filters.accountId}
            onChange={(event) => set({ accountId: event.target.value })}
          />
          <TextField
            label="Currency"
            value={filters.currency}
            onChange={(event) => set({ currency: event.target.value.toUpperCase().slice(0, 3) })}
          />
          <TextField
            label="Issued from"
            type="date"
            value={filters.from}
            onChange={(event) => set({ from: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label="Issued to"
            type="date"
            value={filters.to}
            onChange={(event) => set({ to: event.target.value })}
            error={rangeProblem !== null}
            helperText={rangeProblem ?? 'UTC days, as invoices are dated'}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label="Number contains"
            value={filters.number}
            onChange={(event) => set({ number: event.target.value })}
          />
        </CardContent>
      </Card>
      {rangeProblem === null && (
        <InvoiceList
          key={listed}
          filter={JSON.parse(listed) as OperatorInvoiceFilter}
          onAccount={(accountId) => set({ accountId })}
          onDone={notice.notify}
        />
      )}
      {creating && (
        <ManualInvoiceDialog
          initialAccountId={filters.accountId}
          onClose={() => setCreating(false)}
          onCreated={(number) => {
            setCreating(false);
            notice.notify(`${number} issued.`);
          }}
        />
      )}
      <SuccessSnackbar notice={notice} />
    </>
  );
}

function InvoiceList({
  filter,
  onAccount,
  onDone,
}: {
  filter: OperatorInvoiceFilter;
  onAccount: (accountId: string) => void;
  onDone: (message: string) => void;
}) {
  const list = useCursorList(
    useOperatorInvoicesQuery({
      variables: { filter, after: null },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
    (data) => data.operatorInvoices,
    { describe: (problem) => describeErrorNaming(problem, ['BAD_USER_INPUT']) },
  );
  const [voiding, setVoiding] = useState<Row | null>(null);
  const [refunding, setRefunding] = useState<Row | null>(null);
  const rows = list.nodes;
  return (
    <CursorListStates
      list={list}
      label="Invoices"
      loading={<LoadingState label="Loading invoices…" />}
      emptyState={{
        icon: <ReceiptLongOutlinedIcon />,
        title: 'No invoices match',
        description: 'Change the filters, or issue a manual invoice.',
      }}
    >
      <Box component="ul" aria-label="Invoices" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {rows.map((row) => (
          <Card component="li" key={row.id} sx={{ mb: 1.5 }}>
            <CardContent
              sx={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 2,
                alignItems: 'center',
                justifyContent: 'space-between',
              }}
            >
              <Box sx={{ minWidth: 0, flex: '1 1 260px' }}>
                <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  <Link href={row.pdfUrl} target="_blank" rel="noopener">
                    {row.number}
                  </Link>{' '}
                  · {statusLabels[row.status]}
                </Typography>
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{ overflowWrap: 'anywhere' }}
                >
                  <Link component="button" type="button" onClick={() => onAccount(row.accountId)}>
                    {row.buyer.legalName}
                  </Link>{' '}
                  ({row.buyer.country}) · issued {formatDay(row.issuedAt)}
                  {row.dueAt && row.status === 'OPEN' ? ` · due ${formatDay(row.dueAt)}` : ''}
                </Typography>
              </Box>
              <Box sx={{ textAlign: 'right' }}>
                <Typography sx={{ fontWeight: 600 }}>
                  <Money value={row.total} />
                </Typography>
                {row.amountDue.amount > 0 && (
                  <Typography variant="body2" color="text.secondary">
                    due <Money value={row.amountDue} />
                  </Typography>
                )}
              </Box>
              <Box sx={{ display: 'flex', gap: 1 }}>
                {(row.status === 'OPEN' || row.status === 'PAID') && (
                  <Button size="small" color="error" onClick={() => setVoiding(row)}>
                    Void
                  </Button>
                )}
                {row.status === 'PAID' && (
                  <Button size="small" onClick={() => setRefunding(row)}>
                    Refund
                  </Button>
                )}
              </Box>
            </CardContent>
          </Card>
        ))}
      </Box>
      <LoadMoreFooter summary={`Showing ${rows.length}`} {...list.footer} />
      {voiding && (
        <VoidDialog
          row={voiding}
          onClose={() => setVoiding(null)}
          onDone={(message) => {
            setVoiding(null);
            onDone(message);
            void list.reload();
          }}
        />
      )}
      {refunding && (
        <RefundDialog
          row={refunding}
          onClose={() => setRefunding(null)}
          onDone={(message) => {
            setRefunding(null);
            onDone(message);
            void list.reload();
          }}
        />
      )}
    </CursorListStates>
  );
}

function ReasonField({
  value,
  onChange,
  error,
  helperText,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  helperText: string;
}) {
  return (
    <TextField
      label="Reason"
      multiline
      minRows={2}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      slotProps={{ htmlInput: { maxLength: 500 } }}
    />
  );
}

function VoidDialog({
  row,
  onClose,
  onDone,
}: {
  row: Row;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [check, setCheck] = useState<string | undefined>();
  const [voidInvoice, { loading, error }] = useOperatorVoidInvoiceMutation();
  const server = fieldErrorsOf(error, ['reason'] as const);
  const submit = async () => {
    if (reason.trim() === '') return setCheck('Say why: it goes into the audit log.');
    setCheck(undefined);
    try {
      const result = await voidInvoice({
        variables: { input: { invoiceId: row.id, reason: reason.trim() } },
      });
      const note = result.data?.voidInvoice.creditNote?.number;
      onDone(`${row.number} voided${note ? `; credit note ${note} to the balance` : ''}.`);
    } catch {
      // Shown below.
    }
  };
  return (
    <FormDialog
      open
      title={`Void ${row.number}?`}
      busy={loading}
      submitLabel="Void invoice"
      busyLabel="Voiding…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2">
        {row.status === 'PAID'
          ? 'The invoice stops counting, and what was paid goes to the account’s credit balance with a credit note. To give card money back instead, refund it.'
          : 'The invoice stops being due; credit it used goes back to the balance.'}
      </Typography>
      <ReasonField
        value={reason}
        onChange={setReason}
        error={check ?? server.reason}
        helperText="Recorded in the audit log (and on the credit note)."
      />
      {error && !server.reason && (
        <Alert severity="error">{describeErrorNaming(error, ['CONFLICT'])}</Alert>
      )}
    </FormDialog>
  );
}

function RefundDialog({
  row,
  onClose,
  onDone,
}: {
  row: Row;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [check, setCheck] = useState<string | undefined>();
  const [load, payments] = useOperatorInvoicePaymentsLazyQuery({ fetchPolicy: 'network-only' });
  const [refund, { loading, error }] = useOperatorRefundPaymentMutation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  useEffect(() => {
    void load({ variables: { number: row.number } });
  }, [load, row.number]);
  const card =
    payments.data?.operatorInvoices.edges[0]?.node.payments.find(
      (payment) =>
        payment.method === 'CARD' &&
        payment.status === 'SUCCEEDED' &&
        payment.refunded.amount < payment.amount.amount,
    ) ?? null;
  const server = fieldErrorsOf(error, ['reason', 'amount'] as const);
  const submit = async () => {
    if (card === null) return;
    if (reason.trim() === '') return setCheck('Say why: it is printed on the credit note.');
    setCheck(undefined);
    try {
      const result = await refund({
        variables: { input: { paymentId: card.id, reason: reason.trim(), idempotencyKey } },
      });
      onDone(
        `${row.number}: refunded to the card; credit note ${result.data?.refundPayment.creditNote.number ?? ''}.`,
      );
    } catch {
      // Shown below.
    }
  };
  return (
    <FormDialog
      open
      title={`Refund ${row.number}?`}
      busy={loading}
      submitLabel="Refund to the card"
      busyLabel="Refunding…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {payments.loading || !payments.data ? (
        payments.error ? (
          <Alert severity="error">{describeError(payments.error)}</Alert>
        ) : (
          <Typography variant="body2">Looking up the payments…</Typography>
        )
      ) : card ? (
        <>
          <Typography variant="body2">
            Gives back{' '}
            <Money value={{ ...card.amount, amount: card.amount.amount - card.refunded.amount }} />{' '}
            to {card.paymentMethodLabel ?? 'the card'} through Stripe, and issues a credit note. The
            invoice stays paid.
          </Typography>
          <ReasonField
            value={reason}
            onChange={setReason}
            error={check ?? server.reason}
            helperText="Printed on the credit note."
          />
        </>
      ) : (
        <Alert severity="info">
          This invoice was not paid by card (or is refunded already). A bank transfer is given back
          by bank transfer; void the invoice to credit the balance instead.
        </Alert>
      )}
      {error && !server.reason && (
        <Alert severity="error">{describeErrorNaming(error, ['CONFLICT', 'PAYMENT_FAILED'])}</Alert>
      )}
    </FormDialog>
  );
}
