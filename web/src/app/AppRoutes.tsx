import { Route, Routes } from 'react-router-dom';
import { AuditLogPage } from '../pages/audit/Page';
import { BillingDetailsPage } from '../pages/billing/details/Page';
import { InvoicesRoutes } from '../pages/billing/invoices/Routes';
import { InvitationPage } from '../pages/invite/Page';
import { MembersPage } from '../pages/members/Page';
import { PlansPage } from '../pages/billing/plans/Page';
import { NotFoundPage } from '../pages/not-found/Page';
import { MailOutboxPage } from '../pages/operator/mail/Page';
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

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-in/error" element={<SignInErrorPage />} />
      <Route path="/invite/:token" element={<InvitationPage />} />
      <Route path="/sign-in/two-factor" element={<SecondFactorPage />} />
      <Route path="/sign-in/two-factor/setup" element={<TwoFactorSetupPage />} />
      <Route
        path="/welcome"
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
        <Route index element={<OverviewPage />} />
        <Route path="billing/plans" element={<PlansPage />} />
        <Route path="billing/details" element={<BillingDetailsPage />} />
        <Route path="billing/invoices/*" element={<InvoicesRoutes />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="settings/account" element={<AccountSettingsPage />} />
        <Route path="settings/security" element={<SecurityPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="operator/test-clock" element={<TestClockPage />} />
        <Route path="operator/mail" element={<MailOutboxPage />} />
        <Route path="operator/stripe-events" element={<StripeEventsPage />} />
        <Route path="operator/two-factor" element={<TwoFactorResetPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
