import { type ReactNode, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AccountBalanceOutlinedIcon from '@mui/icons-material/AccountBalanceOutlined';
import { FormDialog } from '../../../components/FormDialog';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { LoadingState } from '../../../components/LoadingState';
import { Money } from '../../../components/Money';
import { CursorListStates } from '../../../components/CursorListStates';
import { useCursorList } from '../../../components/useCursorList';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { formatDay, formatMoment } from '../../../components/dates';
import { dayStart, parseDay } from '../../../components/dayRange';
import { decimalToMinorUnits, minorUnitsToDecimalString } from '../../../components/money';
import { describeErrorNaming, fieldErrorsOf } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  BankTransferNoticeStatus,
  type BankTransferQueueQuery,
  useApproveBankTransferMutation,
  useBankTransferQueueQuery,
  useRejectBankTransferMutation,
} from '../../../graphql/generated';

type Row = BankTransferQueueQuery['bankTransferQueue']['edges'][number]['node'];

const tabs: { status: BankTransferNoticeStatus; label: string; empty: string }[] = [
  { status: 'PENDING', label: 'To approve', empty: 'No announced transfer is waiting.' },
  { status: 'APPROVED', label: 'Approved', empty: 'No transfer was approved yet.' },
  { status: 'REJECTED', label: 'Rejected', empty: 'No transfer was rejected.' },
];

/**
 * Operators: the bank transfers customers announced. Approving records the transfer as a payment
 * (the invoice is paid once nothing is due) and e-mails the customer; rejecting e-mails them the
 * reason. Transfers nobody announced are recorded with recordBankTransfer.
 */
export function BankTransfersPage() {
  usePageTitle('Bank transfers');
  const [status, setStatus] = useState<BankTransferNoticeStatus>('PENDING');
  const notice = useSuccessNotice();
  const header = (
    <PageHeader
      eyebrow="Back office"
      title="Bank transfers"
      description="Transfers customers told us they sent. Check each against the bank statement."
    />
  );
  return (
    <>
      {header}
      <Tabs
        value={status}
        onChange={(_, value: BankTransferNoticeStatus) => setStatus(value)}
        aria-label="Which transfers"
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ mb: 2 }}
      >
        {tabs.map((tab) => (
          <Tab key={tab.status} value={tab.status} label={tab.label} />
        ))}
      </Tabs>
      <QueueList
        key={status}
        status={status}
        empty={tabs.find((tab) => tab.status === status)!.empty}
        onDone={notice.notify}
      />
      <SuccessSnackbar notice={notice} />
    </>
  );
}

function QueueList({
  status,
  empty,
  onDone,
}: {
  status: BankTransferNoticeStatus;
  empty: string;
  onDone: (message: string) => void;
}) {
  const list = useCursorList(
    useBankTransferQueueQuery({
      variables: { status, after: null },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
    (data) => data.bankTransferQueue,
  );
  const [approving, setApproving] = useState<Row | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const rows = list.nodes;

  return (
    <CursorListStates
      list={list}
      label="Bank transfers"
      loading={<LoadingState label="Loading bank transfers…" />}
      emptyState={{ icon: <AccountBalanceOutlinedIcon />, title: empty }}
    >
      <Box component="ul" aria-label="Announced transfers" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {rows.map((row) => (
          <Card component="li" key={row.notice.id} sx={{ mb: 2 }}>
            <CardContent sx={{ display: 'grid', gap: 1.5 }}>
              <Box
                sx={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  gap: 2,
                  flexWrap: 'wrap',
                }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
                    {row.accountName}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    Invoice{' '}
                    <Link href={row.invoicePdfUrl} target="_blank" rel="noopener">
                      {row.invoiceNumber}
                    </Link>{' '}
                    · still due <Money value={row.invoiceAmountDue} />
                  </Typography>
                </Box>
                <Typography variant="h6" component="p">
                  <Money value={row.notice.amount} />
                </Typography>
              </Box>
              <Box
                component="dl"
                sx={{
                  m: 0,
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' },
                  gap: 1,
                }}
              >
                <Fact term="Reference">{row.notice.reference}</Fact>
                <Fact term="Sent">{formatDay(row.notice.sentAt)}</Fact>
                <Fact term="Announced">
                  {formatMoment(row.notice.submittedAt)}
                  {row.submittedBy ? ` by ${row.submittedBy}` : ''}
                </Fact>
              </Box>
              {row.notice.status === 'REJECTED' && (
                <Alert severity="warning">Rejected: {row.notice.rejectionReason}</Alert>
              )}
              {row.notice.status === 'APPROVED' && row.notice.decidedAt && (
                <Alert severity="success">Approved {formatMoment(row.notice.decidedAt)}</Alert>
              )}
              {row.notice.status === 'PENDING' && (
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  <Button variant="contained" onClick={() => setApproving(row)}>
                    Approve
                  </Button>
                  <Button color="error" variant="outlined" onClick={() => setRejecting(row)}>
                    Reject
                  </Button>
                </Box>
              )}
            </CardContent>
          </Card>
        ))}
      </Box>
      <LoadMoreFooter summary={`Showing ${rows.length}`} {...list.footer} />
      {approving && (
        <ApproveDialog
          row={approving}
          onClose={() => setApproving(null)}
          onDone={() => {
            setApproving(null);
            onDone(`${approving.invoiceNumber}: transfer approved, the customer is e-mailed.`);
            void list.reload();
          }}
        />
      )}
      {rejecting && (
        <RejectDialog
          row={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            onDone(`${rejecting.invoiceNumber}: transfer rejected, the customer is e-mailed.`);
            void list.reload();
          }}
        />
      )}
    </CursorListStates>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

function ApproveDialog({
  row,
  onClose,
  onDone,
}: {
  row: Row;
  onClose: () => void;
  onDone: () => void;
}) {
  const { currency } = row.notice.amount;
  const [amount, setAmount] = useState<string>(() =>
    minorUnitsToDecimalString(row.notice.amount.amount, currency),
  );
  const [receivedOn, setReceivedOn] = useState(row.notice.sentAt.slice(0, 10));
  const [checks, setChecks] = useState<{ amount?: string; receivedAt?: string }>({});
  const [approve, { loading, error }] = useApproveBankTransferMutation();
  const server = fieldErrorsOf(error, ['amount', 'receivedAt'] as const);
  const otherError =
    error && !server.amount && !server.receivedAt ? describeErrorNaming(error, ['CONFLICT']) : null;

  const submit = async () => {
    const minor = decimalToMinorUnits(amount, currency);
    const found: typeof checks = {};
    if (minor === null) found.amount = `Enter the amount that arrived in ${currency}.`;
    if (!parseDay(receivedOn)) found.receivedAt = 'Enter the day it arrived.';
    setChecks(found);
    if (minor === null || Object.keys(found).length > 0) return;
    try {
      await approve({
        variables: {
          input: {
            noticeId: row.notice.id,
            amount: minor,
            receivedAt: dayStart(receivedOn, 'utc')!,
          },
        },
      });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <FormDialog
      open
      title={`Approve the transfer for ${row.invoiceNumber}`}
      busy={loading}
      submitLabel="Approve and record"
      busyLabel="Recording…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2">
        {row.accountName} announced <Money value={row.notice.amount} /> with reference{' '}
        <strong>{row.notice.reference}</strong>. Record what reached the bank account: the invoice
        is paid once nothing is left due; more than was due goes to the credit balance.
      </Typography>
      <TextField
        label="Amount received"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={Boolean(checks.amount ?? server.amount)}
        helperText={checks.amount ?? server.amount ?? currency}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      <TextField
        label="Day received"
        type="date"
        value={receivedOn}
        onChange={(event) => setReceivedOn(event.target.value)}
        error={Boolean(checks.receivedAt ?? server.receivedAt)}
        helperText={checks.receivedAt ?? server.receivedAt ?? 'As the bank statement dates it.'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </FormDialog>
  );
}

function RejectDialog({
  row,
  onClose,
  onDone,
}: {
  row: Row;
  onClose: () => void;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [check, setCheck] = useState<string | null>(null);
  const [reject, { loading, error }] = useRejectBankTransferMutation();
  const server = fieldErrorsOf(error, ['reason'] as const);
  const otherError = error && !server.reason ? describeErrorNaming(error, ['CONFLICT']) : null;

  const submit = async () => {
    if (reason.trim() === '') {
      setCheck('Say why: the customer reads it.');
      return;
    }
    setCheck(null);
    try {
      await reject({ variables: { input: { noticeId: row.notice.id, reason: reason.trim() } } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <FormDialog
      open
      title={`Reject the transfer for ${row.invoiceNumber}`}
      busy={loading}
      submitLabel="Reject and tell the customer"
      busyLabel="Rejecting…"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        label="Reason"
        multiline
        minRows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={Boolean(check ?? server.reason)}
        helperText={
          check ??
          server.reason ??
          'E-mailed to the customer, e.g. “No transfer with this reference arrived.”'
        }
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </FormDialog>
  );
}
