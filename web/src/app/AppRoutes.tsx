import { Navigate, Route, Routes } from 'react-router-dom';
import { AuditLogPage } from '../pages/audit/Page';
import { PaymentMethodsPage } from '../pages/billing/payment-methods/Page';
import { BillingDetailsPage } from '../pages/billing/details/Page';
import { InvoicesRoutes } from '../pages/billing/invoices/Routes';
import { InvitationPage } from '../pages/invite/Page';
import { MembersPage } from '../pages/members/Page';
import { NotificationsPage } from '../pages/notifications/Page';
import { PlansPage } from '../pages/billing/plans/Page';
import { NotFoundState } from '../components/NotFoundState';
import { BankTransfersPage } from '../pages/operator/bank-transfers/Page';
import { OperatorInvoicesPage } from '../pages/operator/invoices/Page';
import { OperatorAccountsRoutes } from '../pages/operator/accounts/Routes';
import { MailOutboxPage } from '../pages/operator/mail/Page';
import { PaymentMethodConfigPage } from '../pages/operator/payment-methods/Page';
import { PlanCatalogPage } from '../pages/operator/plans/Page';
import { RevenuePage } from '../pages/operator/revenue/Page';
import { StripeEventsPage } from '../pages/operator/stripe-events/Page';
import { TestClockPage } from '../pages/operator/test-clock/Page';
import { TwoFactorResetPage } from '../pages/operator/two-factor/Page';
import { OverviewPage } from '../pages/overview/Page';
import { SecurityPage } from '../pages/security/Page';
import { AccountSettingsPage } from '../pages/settings/account/Page';
import { SignInErrorPage } from '../pages/sign-in/error/Page';
import { SignInPage } from '../pages/sign-in/Page';
import { SecondFactorPage } from '../pages/sign-in/two-factor/Page';
import { TwoFactorSetupPage } from '../pages/sign-in/two-factor/SetupPage';
import { WelcomePage } from '../pages/welcome/Page';
import { AppLayout } from './AppLayout';
import { AuthGuard } from './AuthGuard';
import { BackOfficeLayout } from './backOffice/BackOfficeLayout';
import { backOfficeHomePath } from './backOffice/navigation';
import { appRoutes } from './routes';

/** Pages by path; every path comes from `appRoutes` (routes.ts), which the server reads too. */
export function AppRoutes() {
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
          <AuthGuard>
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
          <AuthGuard>
            <BackOfficeLayout />
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
