/**
 * Every URL the web app has a page for, as React Router patterns (`:name` is one path segment,
 * a trailing `/*` hands the rest to a nested router). AppRoutes mounts its pages at exactly
 * these; the build writes them to `dist/routes.json` (vite.config.ts), from which the server
 * serves the app for these paths only and answers 404 for any other (server/src/http/static-web.ts).
 */
export const appRoutes = {
  signIn: '/sign-in',
  signInError: '/sign-in/error',
  secondFactor: '/sign-in/two-factor',
  twoFactorSetup: '/sign-in/two-factor/setup',
  invitation: '/invite/:token',
  welcome: '/welcome',
  overview: '/',
  plans: '/billing/plans',
  billingDetails: '/billing/details',
  paymentMethods: '/billing/payment-methods',
  invoices: '/billing/invoices/*',
  members: '/members',
  accountSettings: '/settings/account',
  security: '/settings/security',
  audit: '/audit',
  notifications: '/notifications',
  // The operators' back office (BackOfficeLayout; navigation in backOffice/navigation.ts).
  operatorHome: '/operator',
  operatorAccounts: '/operator/accounts/*',
  testClock: '/operator/test-clock',
  mailOutbox: '/operator/mail',
  stripeEvents: '/operator/stripe-events',
  failedJobs: '/operator/jobs',
  twoFactorReset: '/operator/two-factor',
  paymentMethodConfig: '/operator/payment-methods',
  bankTransfers: '/operator/bank-transfers',
  operatorInvoices: '/operator/invoices',
  planCatalog: '/operator/plans',
  revenue: '/operator/revenue',
} as const;

/** What the build writes to `dist/routes.json`. */
export const routeManifest = { patterns: Object.values(appRoutes) };
