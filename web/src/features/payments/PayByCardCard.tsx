import { useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Typography from '@mui/material/Typography';
import { describeErrorNaming } from '../../app/graphqlErrors';
import { formatDay } from '../../components/dates';
import { useOptionalViewer } from '../../app/ViewerContext';
import {
  useConfirmInvoicePaymentMutation,
  usePayInvoiceMutation,
  usePaymentMethodsPageQuery,
} from '../../graphql/generated';
import { fixPaymentPath } from './paymentLinks';
import { stripeFor } from './stripeLoader';

/**
 * "Pay now" on an open invoice with the default card: the server charges it; when the bank asks
 * for 3-D Secure, Stripe.js shows its check (confirmCardPayment) and the server then records the
 * payment. One idempotency key per attempt, so a double click never charges twice.
 */
export function PayByCardCard({
  invoiceId,
  dueAt,
  onPaid,
}: {
  invoiceId: string;
  /** When a bank transfer is due, said when there is no card to charge. */
  dueAt: string | null;
  /** After an attempt, with what it did: `paid` when the invoice is now paid by `label`. */
  onPaid: (outcome: { paid: boolean; label: string | null }) => void;
}) {
  // Optional: the invoice page also renders outside the signed-in shell in its own tests.
  const viewer = useOptionalViewer();
  const canPay = viewer?.permissions.includes('INVOICES_PAY') ?? false;
  const { data } = usePaymentMethodsPageQuery({ skip: !canPay });
  const [payInvoice] = usePayInvoiceMutation();
  const [confirmPayment] = useConfirmInvoicePaymentMutation();
  // The banner of a failed payment comes and goes with the answer, a decline included (an error
  // answer runs no refetchQueries).
  const client = useApolloClient();
  const refreshBanner = () => void client.refetchQueries({ include: ['PaymentAttention'] });
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
        onPaid({ paid: true, label: card.label });
      }
    } catch (failure) {
      setError(describeErrorNaming(failure, ['PAYMENT_FAILED', 'CONFLICT']));
      onPaid({ paid: false, label: null });
    } finally {
      refreshBanner();
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
            {dueAt ? `Due ${formatDay(dueAt)} by bank transfer. ` : 'Paid by bank transfer. '}
            No card on file: <RouterLink to={fixPaymentPath(invoiceId)}>add a card</RouterLink> to
            pay at once.
          </Typography>
        )}
        {error && (
          <Alert severity="error" role="alert">
            {error} <RouterLink to={fixPaymentPath(invoiceId)}>Update payment method</RouterLink>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
