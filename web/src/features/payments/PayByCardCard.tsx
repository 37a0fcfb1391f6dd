import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Typography from '@mui/material/Typography';
import { describeErrorNaming } from '../../app/graphqlErrors';
import { useOptionalViewer } from '../../app/ViewerContext';
import {
  useConfirmInvoicePaymentMutation,
  usePayInvoiceMutation,
  usePaymentMethodsPageQuery,
} from '../../graphql/generated';
import { stripeFor } from './stripeLoader';

/**
 * "Pay now" on an open invoice with the default card: the server charges it; when the bank asks
 * for 3-D Secure, Stripe.js shows its check (confirmCardPayment) and the server then records the
 * payment. One idempotency key per attempt, so a double click never charges twice.
 */
export function PayByCardCard({ invoiceId, onPaid }: { invoiceId: string; onPaid: () => void }) {
  // Optional: the invoice page also renders outside the signed-in shell in its own tests.
  const viewer = useOptionalViewer();
  const canPay = viewer?.permissions.includes('INVOICES_PAY') ?? false;
  const { data } = usePaymentMethodsPageQuery({ skip: !canPay });
  const [payInvoice] = usePayInvoiceMutation();
  const [confirmPayment] = useConfirmInvoicePaymentMutation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [paid, setPaid] = useState(false);
  // Card: Stripe configured and offered to the account's billing country.
  if (!canPay || !data?.cardPayments.enabled) return null;
  if (!data.availablePaymentMethods.methods.includes('CARD')) return null;
  const card = data.paymentMethods.find((method) => method.isDefault) ?? null;
  const settings = data.cardPayments;

  const pay = async () => {
    if (!card) return;
    setBusy(true);
    setError(null);
    try {
      const result = await payInvoice({
        variables: {
          input: { invoiceId, paymentMethodId: card.id, idempotencyKey: crypto.randomUUID() },
        },
      });
      let outcome = result.data?.payInvoice;
      if (
        outcome?.status === 'REQUIRES_ACTION' &&
        outcome.clientSecret &&
        settings.publishableKey
      ) {
        const stripe = await stripeFor(settings.stripeJsUrl, settings.publishableKey);
        const authenticated = await stripe?.confirmCardPayment(outcome.clientSecret);
        if (authenticated?.error) {
          setError(authenticated.error.message ?? 'The bank did not confirm the payment.');
        }
        const confirmed = await confirmPayment({
          variables: { input: { paymentId: outcome.payment.id } },
        });
        outcome = { ...outcome, ...confirmed.data?.confirmInvoicePayment, clientSecret: null };
      }
      if (outcome?.status === 'SUCCEEDED') {
        setPaid(true);
        onPaid();
      }
    } catch (failure) {
      setError(describeErrorNaming(failure, ['PAYMENT_FAILED', 'CONFLICT']));
      onPaid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card component="section" aria-labelledby="pay-by-card-title">
      <CardHeader title="Pay by card" slotProps={{ title: { id: 'pay-by-card-title' } }} />
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        {paid ? (
          <Alert severity="success">Paid. A receipt is on its way by e-mail.</Alert>
        ) : card ? (
          <>
            <Typography variant="body2">Charged now to {card.label}.</Typography>
            <Button variant="contained" onClick={() => void pay()} disabled={busy}>
              {busy ? 'Paying…' : 'Pay now'}
            </Button>
          </>
        ) : (
          <Typography variant="body2">
            No card on file. <RouterLink to="/billing/payment-methods">Add a card</RouterLink> to
            pay at once.
          </Typography>
        )}
        {error && (
          <Alert severity="error" role="alert">
            {error}{' '}
            <RouterLink to={`/billing/payment-methods?invoice=${invoiceId}`}>
              Update payment method
            </RouterLink>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
