import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import { catalogCurrencies } from '../../../components/currencies';
import { ErrorState } from '../../../components/ErrorState';
import { NoAccountState } from '../../../components/NoAccountState';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useViewer } from '../../../app/ViewerContext';
import {
  PlansPageDocument,
  useChangeSubscriptionMutation,
  usePlansPageQuery,
  useReactivateSubscriptionMutation,
  type BillingInterval,
  type TierCardFragment,
} from '../../../graphql/generated';
import { canManagePlan } from './access';
import { BillingDetailsNeeded } from './BillingDetailsNeeded';
import { CancelDialog } from './CancelDialog';
import { ChangeDialog, type ChangeRequest } from './ChangeDialog';
import { useIdempotencyKey } from './idempotencyKey';
import {
  initialCurrency,
  intervalWords,
  isLive,
  seatsAfterPlanChange,
  type TierAction,
} from './planCatalog';
import { SubscriptionBanners } from './SubscriptionBanners';
import { PaymentAttentionBanner } from '../../../features/payments/PaymentAttentionBanner';
import { subscriptionFailure } from './subscriptionErrors';
import { SubscriptionSummary } from './SubscriptionSummary';
import { outcomeMessage } from './subscriptionText';
import { TierComparison } from './TierComparison';

function PlansSkeleton() {
  return (
    <Box role="status" aria-label="Loading plans">
      <Skeleton variant="rounded" height={120} sx={{ mb: 3 }} />
      <Card>
        <CardContent>
          <Skeleton variant="text" width={180} height={36} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              mt: 2,
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' },
            }}
          >
            {[0, 1, 2, 3].map((index) => (
              <Skeleton key={index} variant="rounded" height={420} />
            ))}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

/** Billing › Plans: compare the tiers, start or change the subscription with a preview, cancel. */
export function PlansPage() {
  usePageTitle('Plans');
  const viewer = useViewer();
  const hasAccount = viewer.account != null;
  const canManage = canManagePlan(viewer);
  const { data, loading, error, refetch } = usePlansPageQuery({
    skip: !hasAccount,
    notifyOnNetworkStatusChange: true,
  });
  const [chosenInterval, setChosenInterval] = useState<BillingInterval | null>(null);
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const [changeRequest, setChangeRequest] = useState<ChangeRequest | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useSuccessNotice();
  const undoKey = useIdempotencyKey();
  const [changeSubscription, { loading: undoing }] = useChangeSubscriptionMutation();
  const [reactivateSubscription, { loading: reactivating }] = useReactivateSubscriptionMutation();

  const header = (
    <PageHeader
      eyebrow="Billing"
      title="Plans"
      description="Compare plans and change yours. Every change shows what it costs before you confirm."
    />
  );

  if (!hasAccount) {
    return (
      <>
        {header}
        <NoAccountState description="Plans and subscriptions belong to an account. They appear once you belong to one." />
      </>
    );
  }
  if (loading && !data) {
    return (
      <>
        {header}
        <PlansSkeleton />
      </>
    );
  }
  const account = data?.account;
  if (error || !data || !account) {
    return (
      <>
        {header}
        <ErrorState
          title="We couldn’t load the plans"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </>
    );
  }

  const { plans } = data;
  const subscription = account.subscription;
  const live = subscription && isLive(subscription) ? subscription : null;
  const interval = chosenInterval ?? live?.interval ?? 'MONTH';
  const currencies = catalogCurrencies(plans);
  const currency =
    live?.currency ??
    chosenCurrency ??
    initialCurrency(plans, subscription, account.preferredCurrency);
  const refresh = { refetchQueries: [PlansPageDocument], awaitRefetchQueries: true };

  const openChange = (plan: TierCardFragment, action: TierAction) => {
    setActionError(null);
    switch (action.kind) {
      case 'start':
        setChangeRequest({
          action: 'START',
          title: `Start ${plan.name}`,
          plan,
          interval,
          currency,
          seats: plan.includedSeats,
        });
        return;
      case 'change':
      case 'interval':
        if (!live) return;
        setChangeRequest({
          action: 'CHANGE',
          title:
            action.kind === 'interval'
              ? `Switch to ${intervalWords[action.interval].adjective} billing`
              : `${{ upgrade: 'Upgrade', downgrade: 'Downgrade', switch: 'Switch' }[action.direction]} to ${plan.name}`,
          plan,
          interval,
          currency: live.currency,
          seats: action.kind === 'interval' ? live.seats : seatsAfterPlanChange(live, plan),
        });
        return;
      case 'cancel_to_free':
        setCancelling(true);
        return;
      case 'contact':
      case 'current':
      case 'not_sold':
      case 'blocked':
        return;
    }
  };

  const livePlan = live ? plans.find((plan) => plan.id === live.plan.id) : undefined;
  const changeSeats =
    live && livePlan
      ? () =>
          setChangeRequest({
            action: 'CHANGE',
            title: 'Change seats',
            plan: livePlan,
            interval: live.interval,
            currency: live.currency,
            seats: live.seats,
          })
      : null;

  const undoScheduledChange = async () => {
    if (!live?.scheduledChange) return;
    setActionError(null);
    // Asking for the running plan, interval and seats takes the scheduled change back.
    const fields = { planCode: live.plan.code, interval: live.interval, seats: live.seats };
    const signature = JSON.stringify({ undo: live.scheduledChange.effectiveAt, ...fields });
    try {
      const answer = await changeSubscription({
        variables: { input: { ...fields, idempotencyKey: undoKey.keyFor(signature) } },
        ...refresh,
      });
      undoKey.settle();
      if (answer.data) notice.notify(outcomeMessage(answer.data.changeSubscription));
    } catch (failure) {
      setActionError(subscriptionFailure(failure, []).message);
    }
  };

  const keepSubscription = async () => {
    setActionError(null);
    try {
      const answer = await reactivateSubscription(refresh);
      if (answer.data) notice.notify(outcomeMessage(answer.data.reactivateSubscription));
    } catch (failure) {
      setActionError(subscriptionFailure(failure, []).message);
    }
  };

  const canEditBillingDetails = viewer.permissions.includes('BILLING_DETAILS_EDIT');
  // Each dialog closes only itself: a cancellation resolves after its refetch has already shown
  // the Free plan, and by then a quick click may have opened the Start dialog.
  const changeDone = (message: string) => {
    setChangeRequest(null);
    notice.notify(message);
  };
  const cancelDone = (message: string) => {
    setCancelling(false);
    notice.notify(message);
  };

  return (
    <>
      {header}
      {!canManage && (
        <Alert severity="info" sx={{ mb: 3 }}>
          You can compare plans, but only a Billing Admin can start, change or cancel the
          subscription.
        </Alert>
      )}
      {actionError && (
        <Alert severity="error" sx={{ mb: 3 }} onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      <PaymentAttentionBanner />
      {live && (
        <SubscriptionBanners
          subscription={live}
          onUndoScheduledChange={canManage ? () => void undoScheduledChange() : null}
          onKeepSubscription={canManage ? () => void keepSubscription() : null}
          busy={undoing || reactivating}
        />
      )}
      {!live && canManage && account.billingDetails == null && (
        <Box sx={{ mb: 3 }}>
          <BillingDetailsNeeded canEditDetails={canEditBillingDetails} />
        </Box>
      )}
      <SubscriptionSummary
        subscription={subscription}
        creditBalance={account.creditBalance}
        onChangeSeats={canManage ? changeSeats : null}
        onCancel={canManage ? () => setCancelling(true) : null}
      />
      <TierComparison
        plans={plans}
        currentPlanId={account.plan.id}
        subscription={subscription}
        interval={interval}
        onIntervalChange={setChosenInterval}
        currency={currency}
        currencies={currencies}
        onCurrencyChange={setChosenCurrency}
        onTierAction={canManage ? openChange : null}
      />

      {changeRequest && (
        <ChangeDialog
          request={changeRequest}
          subscription={live}
          currencies={currencies}
          canEditBillingDetails={canEditBillingDetails}
          onClose={() => setChangeRequest(null)}
          onDone={changeDone}
        />
      )}
      {cancelling && live && (
        <CancelDialog
          subscription={live}
          onClose={() => setCancelling(false)}
          onDone={cancelDone}
        />
      )}
      <SuccessSnackbar notice={notice} autoHideDuration={6000} />
    </>
  );
}
