import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Divider from '@mui/material/Divider';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { Money } from '../../../components/Money';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, hasErrorCode } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useInvoiceQuery, type InvoiceDetailFragment } from '../../../graphql/generated';
import { CardSkeleton } from '../../../components/CardSkeleton';
import { AnnounceTransferCard } from './AnnounceTransferCard';
import { InvoiceLines } from './InvoiceLines';
import { InvoiceParties } from './InvoiceParties';
import { CreditNotesCard, PaymentInstructionsCard, PaymentsCard } from './InvoicePayments';
import { PayByCardCard } from '../../../features/payments/PayByCardCard';
import { PaymentAttentionBanner } from '../../../features/payments/PaymentAttentionBanner';
import { invoicesPath } from './invoicePaths';
import { InvoiceStatusChip } from './InvoiceStatusChip';
import { InvoiceTotals } from './InvoiceTotals';
import { formatDay, formatDayRange } from '../../../components/dates';

function BackToInvoices() {
  return (
    <Button
      component={RouterLink}
      to={invoicesPath}
      startIcon={<ArrowBackIcon />}
      size="small"
      sx={{ mb: 1, ml: -1 }}
    >
      All invoices
    </Button>
  );
}

/** One invoice: parties, lines, totals, how to pay it, what was paid, and its PDF. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useInvoiceQuery({
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const invoice = data?.invoice;
  usePageTitle(invoice ? `Invoice ${invoice.number}` : 'Invoice');

  if (loading && !invoice) {
    return (
      <>
        <BackToInvoices />
        <Grid container spacing={3} role="status" aria-label="Loading the invoice">
          <Grid size={{ xs: 12, md: 8 }}>
            <CardSkeleton lines={8} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <CardSkeleton lines={4} />
          </Grid>
        </Grid>
      </>
    );
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <>
        <BackToInvoices />
        <Card component="section" aria-label="Invoice">
          <CardContent>
            <EmptyState
              icon={<SearchOffIcon />}
              title="Invoice not found"
              description="There’s no invoice with this address in your account. It may belong to another account, or the link may be mistyped."
              action={
                <Button variant="outlined" component={RouterLink} to={invoicesPath}>
                  See all invoices
                </Button>
              }
            />
          </CardContent>
        </Card>
      </>
    );
  }
  if (error || !invoice) {
    return (
      <>
        <BackToInvoices />
        <ErrorState
          title="We couldn’t load this invoice"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </>
    );
  }
  return <InvoiceView invoice={invoice} onChanged={() => void refetch()} />;
}

function InvoiceView({
  invoice,
  onChanged,
}: {
  invoice: InvoiceDetailFragment;
  onChanged: () => void;
}) {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  // Paid by card just now: the Pay card goes with the open status, so the page says it instead.
  const [paidWith, setPaidWith] = useState<string | null>(null);
  return (
    <>
      <BackToInvoices />
      <PageHeader
        eyebrow="Invoice"
        title={
          <Box
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
          >
            {invoice.number}
            <InvoiceStatusChip status={invoice.status} />
          </Box>
        }
        description={`Issued ${formatDay(invoice.issuedAt)}`}
        actions={
          // The PDF is served from our origin with the session cookie: a plain link downloads it.
          <Button
            variant="contained"
            component="a"
            href={invoice.pdfUrl}
            download={`${invoice.number}.pdf`}
            startIcon={<DownloadIcon />}
          >
            Download PDF
          </Button>
        }
      />
      {paidWith && invoice.status === 'PAID' && (
        <Alert severity="success" role="status" sx={{ mb: 3 }} onClose={() => setPaidWith(null)}>
          Paid with {paidWith}. A receipt is on its way by e-mail.
        </Alert>
      )}
      <PaymentAttentionBanner shownOnInvoice={invoice.id} />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card component="section" aria-label="Invoice document">
            <CardContent sx={{ display: 'grid', gap: 3 }}>
              <InvoiceParties invoice={invoice} />
              <Divider />
              <InvoiceLines lines={invoice.lines} narrow={narrow} />
              <InvoiceTotals invoice={invoice} />
            </CardContent>
          </Card>
        </Grid>
        {/* On a phone the amount due and how to pay come before the document. */}
        <Grid size={{ xs: 12, md: 4 }} sx={{ order: { xs: -1, md: 0 } }}>
          <Box sx={{ display: 'grid', gap: 3 }}>
            <InvoiceSummaryCard invoice={invoice} />
            {invoice.status === 'OPEN' && (
              <PayByCardCard
                invoiceId={invoice.id}
                dueAt={invoice.dueAt}
                onPaid={({ paid, label }) => {
                  if (paid) setPaidWith(label);
                  onChanged();
                }}
              />
            )}
            {invoice.paymentInstructions && (
              <PaymentInstructionsCard
                instructions={invoice.paymentInstructions}
                dueAt={invoice.dueAt}
              />
            )}
            <AnnounceTransferCard
              invoiceId={invoice.id}
              invoiceNumber={invoice.number}
              issuedAt={invoice.issuedAt}
              amountDue={invoice.amountDue}
              // Announcing fits an open invoice with bank details to pay to.
              isOpen={invoice.status === 'OPEN' && invoice.paymentInstructions != null}
              notices={invoice.bankTransferNotices}
              onAnnounced={onChanged}
            />
            <PaymentsCard payments={invoice.payments} />
            {invoice.creditNotes.length > 0 && (
              <CreditNotesCard creditNotes={invoice.creditNotes} />
            )}
          </Box>
        </Grid>
      </Grid>
    </>
  );
}

function InvoiceSummaryCard({ invoice }: { invoice: InvoiceDetailFragment }) {
  return (
    <Card component="section" aria-labelledby="invoice-summary-title">
      <CardHeader title="Amount due" slotProps={{ title: { id: 'invoice-summary-title' } }} />
      <CardContent>
        <Typography
          variant="h4"
          component="p"
          color={invoice.amountDue.amount > 0 ? 'primary' : 'text.primary'}
        >
          <Money value={invoice.amountDue} />
        </Typography>
        <Box component="dl" sx={{ m: 0, mt: 2 }}>
          <SummaryRow term="Status">
            <InvoiceStatusChip status={invoice.status} />
          </SummaryRow>
          <SummaryRow term="Issued">{formatDay(invoice.issuedAt)}</SummaryRow>
          {invoice.dueAt && <SummaryRow term="Due">{formatDay(invoice.dueAt)}</SummaryRow>}
          {invoice.paidAt && <SummaryRow term="Paid">{formatDay(invoice.paidAt)}</SummaryRow>}
          {invoice.voidedAt && <SummaryRow term="Voided">{formatDay(invoice.voidedAt)}</SummaryRow>}
          <SummaryRow term="Period">
            {formatDayRange(invoice.periodStart, invoice.periodEnd)}
          </SummaryRow>
          <SummaryRow term="Total">
            <Money value={invoice.total} />
          </SummaryRow>
        </Box>
      </CardContent>
    </Card>
  );
}

function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        gap: 2,
        py: 0.75,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 600, textAlign: 'right' }}>
        {children}
      </Typography>
    </Box>
  );
}
