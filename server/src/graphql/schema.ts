import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { BillingDetailsResolver } from '../modules/accounts/billing-details.resolver.js';
import { OnboardingResolver } from '../modules/accounts/onboarding.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { OperatorAccountsResolver } from '../modules/backoffice/operator-accounts.resolver.js';
import {
  AccountInvoicesResolver,
  InvoiceResolver,
} from '../modules/billing/invoices/invoice.resolver.js';
import {
  AccountBillingResolver,
  SubscriptionResolver,
} from '../modules/billing/subscriptions/subscription.resolver.js';
import { BillingDetailsRemovalResolver } from '../modules/billing/subscriptions/billing-details-removal.resolver.js';
import { AccountEntitlementsResolver } from '../modules/entitlements/entitlements.resolver.js';
import { PlanResolver } from '../modules/catalog/plan.resolver.js';
import { CatalogAdminResolver } from '../modules/catalog-admin/catalog-admin.resolver.js';
import { ExchangeRatesResolver } from '../modules/revenue/exchange-rates.resolver.js';
import { RevenueResolver } from '../modules/revenue/revenue.resolver.js';
import { TestClockResolver } from '../modules/clock/test-clock.resolver.js';
import {
  AccountTwoFactorResolver,
  TwoFactorResolver,
  ViewerTwoFactorResolver,
} from '../modules/identity/two-factor/two-factor.resolver.js';
import { TwoFactorSupportResolver } from '../modules/signin/two-factor-reset.resolver.js';
import { SessionsResolver } from '../modules/identity/sessions.resolver.js';
import {
  IdentitiesResolver,
  ViewerIdentitiesResolver,
} from '../modules/identity/identities.resolver.js';
import { GuidedTourResolver } from '../modules/identity/guided-tour.resolver.js';
import { ViewerResolver } from '../modules/identity/viewer.resolver.js';
import { MembersResolver, ViewerAccountsResolver } from '../modules/members/members.resolver.js';
import { PreviewSeatsResolver } from '../modules/members/seats.resolver.js';
import { MailOutboxResolver } from '../modules/notifications/mail/mail.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { BankTransferNoticeResolver } from '../modules/payments/bank-transfer-notice.resolver.js';
import { ManualInvoiceResolver } from '../modules/payments/manual-invoice.resolver.js';
import { PaymentMethodConfigResolver } from '../modules/payments/method-config/payment-method-config.resolver.js';
import { PaymentResolver } from '../modules/payments/payment.resolver.js';
import { BillingPortalResolver } from '../modules/payments/portal/billing-portal.resolver.js';
import { BillingDetailsUpdateResolver } from '../modules/payments/stripe/billing-details-update.resolver.js';
import { PaymentRefundResolver } from '../modules/payments/refund.resolver.js';
import { FailedJobsResolver } from '../modules/backoffice/failed-jobs.resolver.js';
import { StripeEventsResolver } from '../modules/payments/webhooks/stripe-events.resolver.js';
import { StripeResolver } from '../modules/payments/stripe/stripe.resolver.js';
import { ApiTokenResolver } from '../modules/tokens/api-token.resolver.js';
import { inputGuard } from './input-guard.js';
import { permissions } from './permissions.js';

/** Every resolver class; a module adds its resolver here. */
export const resolvers = [
  ViewerResolver,
  ViewerAccountsResolver,
  MembersResolver,
  PreviewSeatsResolver,
  AccountResolver,
  AccountEntitlementsResolver,
  BillingDetailsResolver,
  BillingDetailsRemovalResolver,
  BillingDetailsUpdateResolver,
  PlanResolver,
  CatalogAdminResolver,
  ExchangeRatesResolver,
  RevenueResolver,
  SubscriptionResolver,
  AccountBillingResolver,
  InvoiceResolver,
  AccountInvoicesResolver,
  PaymentResolver,
  PaymentRefundResolver,
  PaymentMethodConfigResolver,
  BankTransferNoticeResolver,
  ManualInvoiceResolver,
  BillingPortalResolver,
  StripeEventsResolver,
  OperatorAccountsResolver,
  FailedJobsResolver,
  StripeResolver,
  TestClockResolver,
  AuditResolver,
  ApiTokenResolver,
  MailOutboxResolver,
  NotificationResolver,
  TwoFactorResolver,
  TwoFactorSupportResolver,
  ViewerTwoFactorResolver,
  AccountTwoFactorResolver,
  SessionsResolver,
  ViewerIdentitiesResolver,
  IdentitiesResolver,
  OnboardingResolver,
  GuidedTourResolver,
] as const;

/** The schema as clients see it, without permission middleware (used to emit schema.graphql). */
export async function buildPublicSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/**
 * The executable schema: the public schema with graphql-shield on every field, then the input
 * guard (graphql/input-guard.ts) on every field with arguments, so a permitted call's arguments
 * are checked before its resolver runs.
 */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  const schema = await buildPublicSchema();
  return applyMiddleware(schema, permissions, inputGuard(schema));
}

/** `schema.graphql` text: sorted, so the drift check compares meaning, not declaration order. */
export function printPublicSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
