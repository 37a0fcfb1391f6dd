import { lazy, Suspense } from 'react';
import { matchPath, Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundState } from '../components/NotFoundState';
import { AppLayout, AppLayoutLoading } from './AppLayout';
import { AuthGuard } from './AuthGuard';
import { backOfficeHomePath } from './backOffice/navigation';
import { lazyPage, type LazyPage, type PrefetchedQueries } from './lazyPage';
import { appRoutes } from './routes';

/*
 * The operators' frame: only vendor staff ever see it, so it is not part of the first script
 * every visitor loads (docs/BENCHMARKS.md, first load).
 */
const loadBackOfficeLayout = () => import('./backOffice/BackOfficeLayout');
export const BackOfficeFrame = lazy(() =>
  loadBackOfficeLayout().then((m) => ({ default: m.BackOfficeLayout })),
);

/*
 * Every page is a script of its own, fetched the first time it is shown: a first visit loads
 * the shell and the one page it opens, not the whole app (docs/BENCHMARKS.md, first load).
 */
const pages = {
  signIn: lazyPage(
    () => import('../pages/sign-in/Page'),
    (m) => m.SignInPage,
  ),
  signInError: lazyPage(
    () => import('../pages/sign-in/error/Page'),
    (m) => m.SignInErrorPage,
  ),
  invitation: lazyPage(
    () => import('../pages/invite/Page'),
    (m) => m.InvitationPage,
  ),
  secondFactor: lazyPage(
    () => import('../pages/sign-in/two-factor/Page'),
    (m) => m.SecondFactorPage,
  ),
  twoFactorSetup: lazyPage(
    () => import('../pages/sign-in/two-factor/SetupPage'),
    (m) => m.TwoFactorSetupPage,
  ),
  welcome: lazyPage(
    () => import('../pages/welcome/Page'),
    (m) => m.WelcomePage,
  ),
  overview: lazyPage(
    () => import('../pages/overview/Page'),
    (m) => m.OverviewPage,
  ),
  plans: lazyPage(
    () => import('../pages/billing/plans/Page'),
    (m) => m.PlansPage,
  ),
  billingDetails: lazyPage(
    () => import('../pages/billing/details/Page'),
    (m) => m.BillingDetailsPage,
  ),
  paymentMethods: lazyPage(
    () => import('../pages/billing/payment-methods/Page'),
    (m) => m.PaymentMethodsPage,
  ),
  invoices: lazyPage(
    () => import('../pages/billing/invoices/Routes'),
    (m) => m.InvoicesRoutes,
  ),
  members: lazyPage(
    () => import('../pages/members/Page'),
    (m) => m.MembersPage,
  ),
  accountSettings: lazyPage(
    () => import('../pages/settings/account/Page'),
    (m) => m.AccountSettingsPage,
  ),
  security: lazyPage(
    () => import('../pages/security/Page'),
    (m) => m.SecurityPage,
  ),
  audit: lazyPage(
    () => import('../pages/audit/Page'),
    (m) => m.AuditLogPage,
  ),
  notifications: lazyPage(
    () => import('../pages/notifications/Page'),
    (m) => m.NotificationsPage,
  ),
  operatorAccounts: lazyPage(
    () => import('../pages/operator/accounts/Routes'),
    (m) => m.OperatorAccountsRoutes,
  ),
  testClock: lazyPage(
    () => import('../pages/operator/test-clock/Page'),
    (m) => m.TestClockPage,
  ),
  mailOutbox: lazyPage(
    () => import('../pages/operator/mail/Page'),
    (m) => m.MailOutboxPage,
  ),
  stripeEvents: lazyPage(
    () => import('../pages/operator/stripe-events/Page'),
    (m) => m.StripeEventsPage,
  ),
  failedJobs: lazyPage(
    () => import('../pages/operator/jobs/Page'),
    (m) => m.FailedJobsPage,
  ),
  twoFactorReset: lazyPage(
    () => import('../pages/operator/two-factor/Page'),
    (m) => m.TwoFactorResetPage,
  ),
  paymentMethodConfig: lazyPage(
    () => import('../pages/operator/payment-methods/Page'),
    (m) => m.PaymentMethodConfigPage,
  ),
  bankTransfers: lazyPage(
    () => import('../pages/operator/bank-transfers/Page'),
    (m) => m.BankTransfersPage,
  ),
  operatorInvoices: lazyPage(
    () => import('../pages/operator/invoices/Page'),
    (m) => m.OperatorInvoicesPage,
  ),
  planCatalog: lazyPage(
    () => import('../pages/operator/plans/Page'),
    (m) => m.PlanCatalogPage,
  ),
  revenue: lazyPage(
    () => import('../pages/operator/revenue/Page'),
    (m) => m.RevenuePage,
  ),
} satisfies Record<Exclude<keyof typeof appRoutes, 'operatorHome'>, LazyPage>;

/**
 * Starts fetching the script of the page at `pathname` (main.tsx, at start-up): it then
 * downloads alongside the first request instead of after it. Resolves, once it is there, with
 * the queries the page has prefetched (none if the download failed).
 */
export function preloadPageAt(pathname: string): Promise<PrefetchedQueries> {
  const key = (Object.keys(pages) as (keyof typeof pages)[]).find(
    (name) => matchPath(appRoutes[name], pathname) !== null,
  );
  if (matchPath(`${appRoutes.operatorHome}/*`, pathname) !== null) {
    void loadBackOfficeLayout().catch(() => undefined);
  }
  if (key === undefined) return Promise.resolve({});
  // A failed download shows when the page renders (its error boundary), not here.
  return pages[key].preload().then(
    (page) => page.prefetchedQueries,
    () => ({}),
  );
}

/** Pages by path; every path comes from `appRoutes` (routes.ts), which the server reads too. */
export function AppRoutes() {
  const {
    signIn: SignInPage,
    signInError: SignInErrorPage,
    invitation: InvitationPage,
    secondFactor: SecondFactorPage,
    twoFactorSetup: TwoFactorSetupPage,
    welcome: WelcomePage,
    overview: OverviewPage,
    plans: PlansPage,
    billingDetails: BillingDetailsPage,
    paymentMethods: PaymentMethodsPage,
    invoices: InvoicesRoutes,
    members: MembersPage,
    accountSettings: AccountSettingsPage,
    security: SecurityPage,
    audit: AuditLogPage,
    notifications: NotificationsPage,
    operatorAccounts: OperatorAccountsRoutes,
    testClock: TestClockPage,
    mailOutbox: MailOutboxPage,
    stripeEvents: StripeEventsPage,
    failedJobs: FailedJobsPage,
    twoFactorReset: TwoFactorResetPage,
    paymentMethodConfig: PaymentMethodConfigPage,
    bankTransfers: BankTransfersPage,
    operatorInvoices: OperatorInvoicesPage,
    planCatalog: PlanCatalogPage,
    revenue: RevenuePage,
  } = pages;
  return (
    <Routes>
      <Route path={appRoutes.signIn} element={<SignInPage />} />
      <Route path={appRoutes.signInError} element={<SignInErrorPage />} />
      <Route path={appRoutes.invitation} element={<InvitationPage />} />
      <Route path={appRoutes.secondFactor} element={<SecondFactorPage />} />
      <Route path={appRoutes.twoFactorSetup} element={<TwoFactorSetupPage />} />
      <Route
        path={appRoutes.welcome}
        element={
          <AuthGuard>
            <WelcomePage />
          </AuthGuard>
        }
      />
      <Route
        element={
          <AuthGuard pending={<AppLayoutLoading />}>
            <AppLayout />
          </AuthGuard>
        }
      >
        <Route path={appRoutes.overview} element={<OverviewPage />} />
        <Route path={appRoutes.plans} element={<PlansPage />} />
        <Route path={appRoutes.billingDetails} element={<BillingDetailsPage />} />
        <Route path={appRoutes.paymentMethods} element={<PaymentMethodsPage />} />
        <Route path={appRoutes.invoices} element={<InvoicesRoutes />} />
        <Route path={appRoutes.members} element={<MembersPage />} />
        <Route path={appRoutes.accountSettings} element={<AccountSettingsPage />} />
        <Route path={appRoutes.security} element={<SecurityPage />} />
        <Route path={appRoutes.audit} element={<AuditLogPage />} />
        <Route path={appRoutes.notifications} element={<NotificationsPage />} />
        {/* Only reached client-side: the server answers 404 for paths outside appRoutes. */}
        <Route path="*" element={<NotFoundState />} />
      </Route>
      {/* The back office: a new page is a route here plus a line in backOffice/navigation.ts. */}
      <Route
        element={
          <AuthGuard pending={<AppLayoutLoading />}>
            <Suspense fallback={<AppLayoutLoading />}>
              <BackOfficeFrame />
            </Suspense>
          </AuthGuard>
        }
      >
        <Route
          path={appRoutes.operatorHome}
          element={<Navigate to={backOfficeHomePath} replace />}
        />
        <Route path={appRoutes.operatorAccounts} element={<OperatorAccountsRoutes />} />
        <Route path={appRoutes.testClock} element={<TestClockPage />} />
        <Route path={appRoutes.mailOutbox} element={<MailOutboxPage />} />
        <Route path={appRoutes.stripeEvents} element={<StripeEventsPage />} />
        <Route path={appRoutes.failedJobs} element={<FailedJobsPage />} />
        <Route path={appRoutes.twoFactorReset} element={<TwoFactorResetPage />} />
        <Route path={appRoutes.paymentMethodConfig} element={<PaymentMethodConfigPage />} />
        <Route path={appRoutes.bankTransfers} element={<BankTransfersPage />} />
        <Route path={appRoutes.operatorInvoices} element={<OperatorInvoicesPage />} />
        <Route path={appRoutes.planCatalog} element={<PlanCatalogPage />} />
        <Route path={appRoutes.revenue} element={<RevenuePage />} />
      </Route>
    </Routes>
  );
}
