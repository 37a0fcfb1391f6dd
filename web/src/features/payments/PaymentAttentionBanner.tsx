import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { formatDay } from '../../components/dates';
import { formatMinorUnits } from '../../components/money';
import { useOptionalViewer } from '../../app/ViewerContext';
import { type PaymentAttentionQuery, usePaymentAttentionQuery } from '../../graphql/generated';
import { fixPaymentPath, payInvoicePath } from './paymentLinks';

type Attention = NonNullable<PaymentAttentionQuery['paymentAttention']>;

function amountOf(money: Attention['invoice']['amountDue']): string {
  try {
    return formatMinorUnits(money.amount, money.currency);
  } catch {
    return money.formatted;
  }
}

/** The banner's words: what went wrong, and what happens next by itself. */
export function attentionText(attention: Attention): { title: string; body: string } {
  const { invoice } = attention;
  const amount = amountOf(invoice.amountDue);
  const reason = attention.failureMessage ? ` ${attention.failureMessage}` : '';
  const retry = attention.nextAttemptAt
    ? ` We will try your default card again on ${formatDay(attention.nextAttemptAt)}.`
    : '';
  if (attention.kind === 'PAST_DUE') {
    return {
      title: 'Your subscription is past due',
      body: attention.failureMessage
        ? `The card payment of invoice ${invoice.number} (${amount}) failed.${reason}${retry} Pay it or update your payment method to keep your plan.`
        : `Invoice ${invoice.number} (${amount}) is unpaid.${retry} Pay it to keep your plan.`,
    };
  }
  return {
    title: 'A card payment failed',
    body: `The payment of invoice ${invoice.number} (${amount}) did not go through.${reason}${retry}`,
  };
}

/**
 * A late or failed payment, with the one-click way to fix it: "Update payment method" opens "add a
 * card" for that invoice, "Pay now" the invoice with its Pay button. Each action is offered only
 * to those who may take it; the rest see where the invoice is. Nothing while all is well, loading,
 * or unanswered (the page's own content is what matters then). `shownOnInvoice`: the invoice page
 * it is shown on, whose own Pay button replaces "Pay now".
 */
export function PaymentAttentionBanner({ shownOnInvoice }: { shownOnInvoice?: string }) {
  const viewer = useOptionalViewer();
  const { data } = usePaymentAttentionQuery({
    skip: !viewer?.account,
    fetchPolicy: 'cache-and-network',
  });
  const attention = data?.paymentAttention;
  if (!viewer || !attention) return null;
  // On the invoice's own page its Pay button is right there.
  const onItsPage = attention.invoice.id === shownOnInvoice;
  const cards = data.cardPayments.enabled;
  const canFix = cards && viewer.permissions.includes('PAYMENT_METHODS_MANAGE');
  const canPay = cards && viewer.permissions.includes('INVOICES_PAY');
  const { title, body } = attentionText(attention);
  return (
    <Alert
      severity={attention.kind === 'PAST_DUE' ? 'error' : 'warning'}
      role="alert"
      aria-label="Payment needs attention"
      sx={{ mb: 3, '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>{title}</AlertTitle>
      {body}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }}>
        {canFix && (
          <Button
            component={RouterLink}
            to={fixPaymentPath(attention.invoice.id)}
            variant="contained"
            color={attention.kind === 'PAST_DUE' ? 'error' : 'warning'}
            size="small"
          >
            Update payment method
          </Button>
        )}
        {!onItsPage && (
          <Button
            component={RouterLink}
            to={payInvoicePath(attention.invoice.id)}
            variant={canFix ? 'outlined' : 'contained'}
            color="inherit"
            size="small"
          >
            {canPay ? 'Pay now' : `View invoice ${attention.invoice.number}`}
          </Button>
        )}
      </Box>
    </Alert>
  );
}
