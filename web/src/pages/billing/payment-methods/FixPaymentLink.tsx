import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeErrorNaming } from '../../../app/graphqlErrors';
import { formatMinorUnits } from '../../../components/money';
import { type FixPaymentLinkQuery, useFixPaymentLinkQuery } from '../../../graphql/generated';
import { payInvoicePath } from '../../../features/payments/paymentLinks';

type LinkedInvoice = FixPaymentLinkQuery['fixPaymentLink'];

/**
 * Where "update payment method" for an invoice stands:
 * - `none`: no invoice named;
 * - `checking`: the server is checking the e-mail's signed link;
 * - `invalid`: the link was changed, has expired, or is another account's (the server's words);
 * - `paid`: the invoice needs nothing any more;
 * - `ready`: open "add a card" for it (`invoice` when it came from a checked link).
 */
export type FixPaymentLinkState =
  | { state: 'none'; invoiceId: null }
  | { state: 'checking'; invoiceId: string }
  | { state: 'invalid'; invoiceId: string; message: string }
  | { state: 'paid'; invoiceId: string; invoice: LinkedInvoice }
  | { state: 'ready'; invoiceId: string; invoice: LinkedInvoice | null };

/**
 * Reads `?invoice=` (a banner's or the invoice page's link: the person is already in the app) or
 * `?invoice=&expires=&signature=` (the link in a payment-failed e-mail), which the server checks
 * before anything opens.
 */
export function useFixPaymentLink(
  params: URLSearchParams,
  { skip }: { skip: boolean },
): FixPaymentLinkState {
  const invoiceId = params.get('invoice');
  const expires = params.get('expires');
  const signature = params.get('signature');
  const signed = expires !== null || signature !== null;
  const { data, error } = useFixPaymentLinkQuery({
    variables: {
      link: { invoice: invoiceId ?? '', expires: expires ?? '', signature: signature ?? '' },
    },
    skip: skip || invoiceId === null || !signed,
    fetchPolicy: 'network-only',
  });
  if (invoiceId === null) return { state: 'none', invoiceId: null };
  if (!signed) return { state: 'ready', invoiceId, invoice: null };
  if (error) {
    return {
      state: 'invalid',
      invoiceId,
      message: describeErrorNaming(error, ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']),
    };
  }
  const invoice = data?.fixPaymentLink;
  if (!invoice) return { state: 'checking', invoiceId };
  if (invoice.status !== 'OPEN') return { state: 'paid', invoiceId, invoice };
  return { state: 'ready', invoiceId, invoice };
}

function amountOf(invoice: LinkedInvoice): string {
  try {
    return formatMinorUnits(invoice.amountDue.amount, invoice.amountDue.currency);
  } catch {
    return invoice.amountDue.formatted;
  }
}

/** What the page says about the link it was opened with; nothing for a plain visit. */
export function FixPaymentLinkNotice({
  fix,
  canAddCard,
  onAddCard,
  onDismiss,
}: {
  fix: FixPaymentLinkState;
  canAddCard: boolean;
  onAddCard: () => void;
  onDismiss: () => void;
}) {
  switch (fix.state) {
    case 'none':
      return null;
    case 'checking':
      return (
        <Alert severity="info" role="status" sx={{ mb: 3 }}>
          Checking the link from your e-mail…
        </Alert>
      );
    case 'invalid':
      return (
        <Alert
          severity="error"
          role="alert"
          sx={{ mb: 3 }}
          onClose={onDismiss}
          action={
            <Button
              component={RouterLink}
              to="/billing/invoices?status=open"
              color="inherit"
              size="small"
            >
              Open invoices
            </Button>
          }
        >
          {fix.message}
        </Alert>
      );
    case 'paid':
      return (
        <Alert severity="success" sx={{ mb: 3 }} onClose={onDismiss}>
          Invoice {fix.invoice.number} is {fix.invoice.status === 'VOID' ? 'void' : 'already paid'}:
          nothing more to do.
        </Alert>
      );
    case 'ready':
      if (fix.invoice === null) return null;
      return (
        <Alert
          severity="warning"
          sx={{ mb: 3 }}
          action={
            canAddCard ? (
              <Button color="inherit" size="small" onClick={onAddCard}>
                Add card
              </Button>
            ) : (
              <Button
                component={RouterLink}
                to={payInvoicePath(fix.invoice.id)}
                color="inherit"
                size="small"
              >
                See the invoice
              </Button>
            )
          }
        >
          Invoice {fix.invoice.number} ({amountOf(fix.invoice)}) is unpaid.{' '}
          {canAddCard
            ? 'Add a card that works and it is charged at once.'
            : 'Only people who may manage payment methods can add a card; you can see the invoice.'}
        </Alert>
      );
  }
}
