import Grid from '@mui/material/Grid';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { NoAccountState } from '../../components/NoAccountState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../app/graphqlErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import { OverviewDocument, useOverviewQuery } from '../../graphql/generated';
import { BillingDetailsPrompt } from './BillingDetailsPrompt';
import { OnboardingPrompt } from './OnboardingPrompt';
import { AmountDueCard, CreditBalanceCard, NextInvoiceCard } from './BillingSummaryCards';
import { CardSkeleton } from '../../components/CardSkeleton';
import { CurrentPlanCard } from './CurrentPlanCard';
import { PlansTeaserCard } from './PlansTeaserCard';
import { overviewCurrency } from './planPrice';
import { RoleCard } from './RoleCard';
import { UsageCard } from './UsageCard';
import { useFirstScreenDrawn } from './useFirstScreenDrawn';
import { AccountAlerts } from './AccountAlerts';
import { PaymentAttentionBanner } from '../../features/payments/PaymentAttentionBanner';

/**
 * The small figure cards at the top: two a row on a tablet; on a wide screen one row that they
 * share equally, so a fourth (usage against limits) fits beside them.
 */
const summaryCardSize = { xs: 12, sm: 6, lg: 'grow' } as const;

/** index.html starts this query on `/`; its answer is in the cache for the first render. */
export const prefetchedQueries = { Overview: OverviewDocument };

export function OverviewPage() {
  usePageTitle('Overview');
  const viewer = useViewer();
  // The billing figures change behind the page (invoices paid, renewals): always ask again.
  const { data, loading, error, refetch } = useOverviewQuery({
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // The shell already knows the account name, so the heading shows before the cards load.
  const accountName = data?.viewer?.account?.name ?? viewer.account?.name;
  const firstScreenDrawn = useFirstScreenDrawn();

  if (!viewer.account) {
    return (
      <>
        <PageHeader eyebrow="Overview" title={`Welcome, ${viewer.user.name}`} />
        <NoAccountState description="Your operator access doesn’t come with a customer account. Ask a Billing Admin to invite you if you need one." />
      </>
    );
  }

  const header = <PageHeader eyebrow="Overview" title={accountName} />;

  if (loading && !data) {
    return (
      <>
        {header}
        <Grid container spacing={3} role="status" aria-label="Loading overview">
          <Grid size={12}>
            <Grid container spacing={3}>
              {[0, 1, 2].map((index) => (
                <Grid key={index} size={summaryCardSize}>
                  <CardSkeleton lines={1} />
                </Grid>
              ))}
            </Grid>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <CardSkeleton lines={5} />
          </Grid>
          <Grid size={{ xs: 12, md: 7 }}>
            <CardSkeleton lines={5} />
          </Grid>
          <Grid size={12}>
            <CardSkeleton lines={3} />
          </Grid>
        </Grid>
      </>
    );
  }

  const account = data?.viewer?.account;
  if (error || !account) {
    return (
      <>
        {header}
        <ErrorState
          title="We couldn’t load your overview"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </>
    );
  }

  const role = data.viewer?.role;
  // Invoices are addressed from the billing details; ask those who can add them.
  const askForBillingDetails =
    account.billingDetails == null && viewer.permissions.includes('BILLING_DETAILS_EDIT');
  return (
    <>
      {header}
      {role === 'BILLING_ADMIN' && account.onboardedAt == null && <OnboardingPrompt />}
      <AccountAlerts account={account} />
      <PaymentAttentionBanner />
      <Grid container spacing={3}>
        {/* A row of its own: its cards share it, whatever the cards below take. */}
        <Grid size={12}>
          <Grid container spacing={3}>
            <Grid size={summaryCardSize}>
              <NextInvoiceCard account={account} />
            </Grid>
            <Grid size={summaryCardSize}>
              <AmountDueCard account={account} />
            </Grid>
            <Grid size={summaryCardSize}>
              <CreditBalanceCard account={account} />
            </Grid>
          </Grid>
        </Grid>
        {firstScreenDrawn && (
          <>
            <Grid size={{ xs: 12, md: 5 }}>
              <UsageCard account={account} />
            </Grid>
            <Grid size={{ xs: 12, md: 7 }}>
              <CurrentPlanCard
                plan={account.plan}
                footer={askForBillingDetails && <BillingDetailsPrompt />}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              {role ? (
                <RoleCard role={role} permissions={data.viewer?.permissions ?? []} />
              ) : (
                <EmptyState title="No role in this account" />
              )}
            </Grid>
            <Grid size={{ xs: 12, md: 7 }}>
              <PlansTeaserCard
                plans={data.plans}
                currentPlanId={account.plan.id}
                currency={overviewCurrency(
                  account.subscription?.currency,
                  account.preferredCurrency,
                  account.amountDue.currency,
                )}
              />
            </Grid>
          </>
        )}
      </Grid>
    </>
  );
}
