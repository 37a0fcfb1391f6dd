import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import CreditCardIcon from '@mui/icons-material/CreditCardOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { countryName } from '../../../components/countries';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeErrorNaming } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import {
  type PaymentMethodFieldsFragment,
  useCreateBillingPortalSessionMutation,
  usePaymentMethodsPageQuery,
  useRemovePaymentMethodMutation,
  useSetDefaultPaymentMethodMutation,
} from '../../../graphql/generated';
import { AddCardDialog } from './AddCardDialog';
import { FixPaymentLinkNotice, useFixPaymentLink } from './FixPaymentLink';
import { PaymentAttentionBanner } from '../../../features/payments/PaymentAttentionBanner';
import { leaveForStripe } from '../../../features/payments/leaveForStripe';
import { payInvoicePath } from '../../../features/payments/paymentLinks';
import { stripeFor } from '../../../features/payments/stripeLoader';

function expiry(method: PaymentMethodFieldsFragment): string | null {
  if (method.expMonth == null || method.expYear == null) return null;
  return `Expires ${String(method.expMonth).padStart(2, '0')}/${method.expYear}`;
}

export function PaymentMethodsPage() {
  usePageTitle('Payment methods');
  const viewer = useViewer();
  const hasAccount = viewer.account != null;
  const canManage = viewer.permissions.includes('PAYMENT_METHODS_MANAGE');
  const { data, loading, error, refetch } = usePaymentMethodsPageQuery({ skip: !hasAccount });
  const [params, setParams] = useSearchParams();
  // "Update payment method" for an invoice: from a banner or the invoice page (?invoice=), or the
  // signed link of a payment-failed e-mail (?invoice=&expires=&signature=), which the server checks
  // first. Either opens "add a card" for that invoice.
  const fix = useFixPaymentLink(params, { skip: !hasAccount });
  const fixingInvoice = fix.state === 'invalid' || fix.state === 'paid' ? null : fix.invoiceId;
  const [adding, setAdding] = useState(false);
  const [fixed, setFixed] = useState<{ label: string; invoiceId: string } | null>(null);
  const [removing, setRemoving] = useState<PaymentMethodFieldsFragment | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useSuccessNotice();
  const [setDefault] = useSetDefaultPaymentMethodMutation({
    refetchQueries: ['PaymentMethodsPage', 'PaymentAttention'],
  });
  const [openPortal, { loading: openingPortal }] = useCreateBillingPortalSessionMutation();
  // The link is opened once it is known to be good (or needs no check).
  useEffect(() => {
    if (fix.state === 'ready') setAdding(true);
  }, [fix.state]);
  // Back from Stripe's Customer Portal: say so, and read the cards again (its webhooks follow).
  const returnedFromPortal = params.get('portal') === 'returned';
  const { notify } = notice;
  useEffect(() => {
    if (!returnedFromPortal) return;
    notify('Back from Stripe. Changes you made there show here as soon as Stripe sends them.');
    setParams({}, { replace: true });
  }, [returnedFromPortal, notify, setParams]);
  const [remove, { loading: removingBusy }] = useRemovePaymentMethodMutation({
    refetchQueries: ['PaymentMethodsPage'],
  });
  const settings = data?.cardPayments;
  const stripe = useMemo(
    () =>
      settings?.enabled && settings.publishableKey
        ? stripeFor(settings.stripeJsUrl, settings.publishableKey)
        : null,
    [settings?.enabled, settings?.publishableKey, settings?.stripeJsUrl],
  );

  if (!hasAccount) {
    return (
      <NoAccountState description="Payment methods belong to an account. Join or create one first." />
    );
  }
  if (loading && !data) return <LoadingState label="Loading payment methods…" />;
  if (error || !data) {
    return <ErrorState onRetry={() => void refetch()} />;
  }
  const methods = data.paymentMethods;
  const offer = data.availablePaymentMethods;
  // Card: Stripe configured and offered to the billing country (payment methods per country).
  const cardOffered = Boolean(settings?.enabled) && offer.methods.includes('CARD');
  const where = offer.country ? countryName(offer.country) : null;
  const closeAdding = () => {
    setAdding(false);
    if (fixingInvoice !== null) setParams({}, { replace: true });
  };
  /** A card added to fix a payment becomes the default: renewals and dunning retries charge it. */
  const added = async (method: PaymentMethodFieldsFragment) => {
    const invoiceId = fixingInvoice;
    closeAdding();
    if (invoiceId === null) {
      notice.notify(`${method.label} added.`);
      return;
    }
    if (!method.isDefault) {
      try {
        await setDefault({ variables: { input: { paymentMethodId: method.id } } });
      } catch (failure) {
        setActionError(describeErrorNaming(failure, ['CONFLICT', 'NOT_FOUND']));
        return;
      }
    }
    setFixed({ label: method.label, invoiceId });
  };
  const manageInStripe = async () => {
    setActionError(null);
    try {
      const { data: session } = await openPortal();
      if (session) leaveForStripe(session.createBillingPortalSession.url);
    } catch (failure) {
      setActionError(describeErrorNaming(failure, ['CONFLICT']));
    }
  };

  const act = async (run: () => Promise<unknown>, done: string) => {
    setActionError(null);
    try {
      await run();
      notice.notify(done);
    } catch (failure) {
      setActionError(describeErrorNaming(failure, ['CONFLICT', 'PAYMENT_FAILED']));
    }
  };

  return (
    <Box>
      <PageHeader
        title="Payment methods"
        description={
          cardOffered
            ? 'The card on file pays renewals and upgrades automatically.'
            : 'How invoices of this account are paid.'
        }
        actions={
          cardOffered && canManage ? (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
              {settings?.customerPortal && (
                <Button
                  variant="outlined"
                  endIcon={<OpenInNewIcon />}
                  onClick={() => void manageInStripe()}
                  disabled={openingPortal}
                >
                  {openingPortal ? 'Opening Stripe…' : 'Manage in Stripe'}
                </Button>
              )}
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
                Add card
              </Button>
            </Box>
          ) : undefined
        }
      />
      <FixPaymentLinkNotice
        fix={fix}
        canAddCard={cardOffered && canManage}
        onAddCard={() => setAdding(true)}
        onDismiss={() => setParams({}, { replace: true })}
      />
      {fixingInvoice === null && !fixed && <PaymentAttentionBanner />}
      {fixed && (
        <Alert
          severity="success"
          sx={{ mb: 3 }}
          onClose={() => setFixed(null)}
          action={
            <Button
              component={RouterLink}
              to={payInvoicePath(fixed.invoiceId)}
              color="inherit"
              size="small"
            >
              See the invoice
            </Button>
          }
        >
          {fixed.label} is your default card now. An invoice waiting for a retry is charged to it at
          once; any other you can pay on its page.
        </Alert>
      )}
      {!settings?.enabled && offer.methods.includes('BANK_TRANSFER') && (
        <Alert severity="info" sx={{ mb: 3 }}>
          Card payments are not set up on this portal. Invoices are paid by bank transfer: the bank
          details and the reference to quote are on each open invoice.
        </Alert>
      )}
      {settings?.enabled && !cardOffered && (
        <Alert severity="info" sx={{ mb: 3 }}>
          {where
            ? `Card payments are not offered for billing addresses in ${where}.`
            : 'Card payments are not offered for this account.'}{' '}
          {offer.methods.includes('BANK_TRANSFER')
            ? 'Invoices are paid by bank transfer.'
            : 'Contact us to arrange payment.'}
        </Alert>
      )}
      {offer.methods.length === 0 && !settings?.enabled && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          No payment method is offered for {where ?? 'this account'} on this portal yet. Contact us
          to arrange payment.
        </Alert>
      )}
      {actionError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {cardOffered && methods.length === 0 && (
        <EmptyState
          icon={<CreditCardIcon />}
          title="No card on file"
          description="Without a card, invoices are paid by bank transfer. Add a card to pay invoices at once and renew automatically."
        />
      )}
      {methods.length > 0 && (
        <Card>
          <CardContent component="ul" aria-label="Payment methods" sx={{ listStyle: 'none', m: 0 }}>
            {methods.map((method, index) => (
              <Box component="li" key={method.id}>
                {index > 0 && <Divider sx={{ my: 1.5 }} />}
                <Box
                  sx={{
                    display: 'flex',
                    flexWrap: 'wrap',
                    alignItems: 'center',
                    gap: 1.5,
                    justifyContent: 'space-between',
                  }}
                >
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
                    <CreditCardIcon color="action" />
                    <Box sx={{ minWidth: 0 }}>
                      <Typography sx={{ fontWeight: 600 }}>{method.label}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {expiry(method)}
                      </Typography>
                    </Box>
                    {method.isDefault && <Chip size="small" color="primary" label="Default" />}
                    {method.expiresSoon && (
                      <Chip size="small" color="warning" label="Expires soon" />
                    )}
                  </Box>
                  {canManage && cardOffered && (
                    <Box sx={{ display: 'flex', gap: 1 }}>
                      {!method.isDefault && (
                        <Button
                          size="small"
                          onClick={() =>
                            void act(
                              () =>
                                setDefault({
                                  variables: { input: { paymentMethodId: method.id } },
                                }),
                              `${method.label} is now the default.`,
                            )
                          }
                        >
                          Make default
                        </Button>
                      )}
                      <Button size="small" color="error" onClick={() => setRemoving(method)}>
                        Remove
                      </Button>
                    </Box>
                  )}
                </Box>
              </Box>
            ))}
          </CardContent>
        </Card>
      )}
      {offer.bankTransfer && (
        <Card component="section" aria-labelledby="bank-transfer-title" sx={{ mt: 3 }}>
          <CardHeader
            title="Bank transfer"
            subheader={`For invoices in ${offer.bankTransfer.currency}. Quote the invoice number as the reference.`}
            slotProps={{ title: { id: 'bank-transfer-title', component: 'h2' } }}
          />
          <CardContent sx={{ display: 'grid', gap: 1, pt: 0 }}>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {offer.bankTransfer.details}
            </Typography>
            {offer.bankTransfer.instructions && (
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
              >
                {offer.bankTransfer.instructions}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary">
              Paid an invoice by transfer? Tell us from the invoice’s page, so we can match it
              sooner.
            </Typography>
          </CardContent>
        </Card>
      )}
      {stripe && cardOffered && (
        <AddCardDialog
          open={adding}
          stripe={stripe}
          reason={
            fixingInvoice
              ? 'A payment failed. Add a card that works: it becomes your default card, and an invoice waiting for a retry is charged to it at once.'
              : null
          }
          onClose={closeAdding}
          onAdded={(method) => void added(method)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this card?"
        description={`${removing?.label ?? ''} will no longer be charged. Renewals use your default card.`}
        confirmLabel="Remove card"
        destructive
        busy={removingBusy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const method = removing;
          setRemoving(null);
          if (method) {
            void act(
              () => remove({ variables: { input: { paymentMethodId: method.id } } }),
              `${method.label} removed.`,
            );
          }
        }}
      />
      <SuccessSnackbar notice={notice} />
    </Box>
  );
}
