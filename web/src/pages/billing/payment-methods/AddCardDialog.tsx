import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { CardElement, Elements, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { describeErrorNaming } from '../../../app/graphqlErrors';
import {
  type PaymentMethodFieldsFragment,
  useConfirmPaymentMethodSetupMutation,
  useCreateSetupIntentMutation,
} from '../../../graphql/generated';

type AddCardDialogProps = {
  open: boolean;
  stripe: Promise<Stripe | null>;
  /** Why the dialog opened, e.g. a failed payment to fix. */
  reason?: string | null;
  onClose: () => void;
  onAdded: (method: PaymentMethodFieldsFragment) => void;
};

/**
 * Adds a card with Stripe Elements: the number goes from the Card Element to Stripe
 * (confirmCardSetup on a SetupIntent the server created), never to our server; 3-D Secure cards
 * show the bank's check in the page. The server then records the card.
 */
export function AddCardDialog({ open, stripe, reason, onClose, onAdded }: AddCardDialogProps) {
  return (
    // disableEnforceFocus: a 3-D Secure card shows the bank's check in Stripe's own frame over the
    // page, outside this dialog; the dialog must not pull the keyboard focus back from it.
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="add-card-title"
      disableEnforceFocus
    >
      <DialogTitle id="add-card-title">Add a card</DialogTitle>
      {open && (
        <Elements stripe={stripe}>
          <AddCardForm reason={reason ?? null} onClose={onClose} onAdded={onAdded} />
        </Elements>
      )}
    </Dialog>
  );
}

function AddCardForm({
  reason,
  onClose,
  onAdded,
}: {
  reason: string | null;
  onClose: () => void;
  onAdded: (method: PaymentMethodFieldsFragment) => void;
}) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [createSetupIntent] = useCreateSetupIntentMutation();
  const [confirmSetup] = useConfirmPaymentMethodSetupMutation({
    refetchQueries: ['PaymentMethodsPage'],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    const card = elements?.getElement(CardElement);
    if (!stripe || !card) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await createSetupIntent();
      const intent = data?.createSetupIntent;
      if (!intent) throw new Error('no setup intent');
      const result = await stripe.confirmCardSetup(intent.clientSecret, {
        payment_method: { card },
      });
      if (result.error) {
        setError(result.error.message ?? 'The card was not accepted. Check it and try again.');
        return;
      }
      const confirmed = await confirmSetup({
        variables: { input: { setupIntentId: intent.setupIntentId } },
      });
      const method = confirmed.data?.confirmPaymentMethodSetup;
      if (!method) throw new Error('no payment method');
      onAdded(method);
    } catch (failure) {
      setError(describeErrorNaming(failure, ['PAYMENT_FAILED', 'CONFLICT', 'NOT_FOUND']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {reason && <Alert severity="warning">{reason}</Alert>}
        <DialogContentText>
          Your card details go straight to Stripe, our payment processor; we only keep the brand,
          the last four digits and the expiry date.
        </DialogContentText>
        <Box
          id="card"
          sx={{
            p: 1.5,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            '& input': { font: 'inherit', p: 0.5, mr: 0.5, maxWidth: '100%' },
          }}
        >
          {/* No event props: unmounting a CardElement with them throws in the stand-in Stripe.js. */}
          <CardElement options={{ hidePostalCode: false }} />
        </Box>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy || !stripe}>
          {busy ? 'Adding…' : 'Add card'}
        </Button>
      </DialogActions>
    </>
  );
}
