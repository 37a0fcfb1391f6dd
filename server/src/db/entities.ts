import { Account } from '../modules/accounts/account.entity.js';
import { BillingDetails } from '../modules/accounts/billing-details.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { CreditBalanceEntry } from '../modules/billing/invoices/credit-balance.entity.js';
import {
  CreditNote,
  DocumentNumberCounter,
  Invoice,
  InvoiceLine,
} from '../modules/billing/invoices/invoice.entity.js';
import { Subscription } from '../modules/billing/subscriptions/subscription.entity.js';
import { Plan, PlanPrice } from '../modules/catalog/plan.entity.js';
import { TestClockState } from '../modules/clock/test-clock.entity.js';
import { Session, SignInAttempt } from '../modules/identity/session.entity.js';
import {
  AccountTwoFactorPolicy,
  TwoFactor,
  TwoFactorBackupCode,
  TwoFactorFailure,
} from '../modules/identity/two-factor/two-factor.entity.js';
import { Identity, User } from '../modules/users/user.entity.js';
import { Invitation } from '../modules/members/invitation.entity.js';
import { Membership } from '../modules/members/membership.entity.js';
import { MailMessage } from '../modules/notifications/mail/mail-message.entity.js';
import { OutboxMessage } from '../modules/notifications/outbox.entity.js';
import { Notification, NotificationRead } from '../modules/notifications/notification.entity.js';
import { BankTransferNotice } from '../modules/payments/bank-transfer-notice.entity.js';
import { PaymentMethodConfig } from '../modules/payments/method-config/payment-method-config.entity.js';
import { OperatorGrant } from '../modules/operators/operator-grant.entity.js';
import { PaymentMethod } from '../modules/payments/stripe/payment-method.entity.js';
import { StripeCustomer } from '../modules/payments/stripe/stripe-customer.entity.js';
import { Payment } from '../modules/payments/payment.entity.js';
import { PaymentDispute, PaymentRefund } from '../modules/payments/refund.entity.js';
import { StripeEvent } from '../modules/payments/webhooks/stripe-event.entity.js';
import { RateLimitCounter } from '../modules/rate-limits/rate-limit.entity.js';
import { ApiRequestCounter, ApiToken } from '../modules/tokens/api-token.entity.js';
import { registerEntities } from './entity-ref.js';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { ExchangeRate } from '../modules/revenue/exchange-rate.entity.js';
import { AuthEpoch } from '../modules/signin/auth-epoch.entity.js';

/** Every entity, registered explicitly (no folder scanning: the same list in tests and builds). */
export const entities = [
  Account,
  AuthEpoch,
  AuditEvent,
  BillingDetails,
  Plan,
  PlanPrice,
  Session,
  SignInAttempt,
  User,
  Identity,
  Membership,
  Invitation,
  Subscription,
  Invoice,
  InvoiceLine,
  CreditNote,
  DocumentNumberCounter,
  CreditBalanceEntry,
  Payment,
  PaymentRefund,
  PaymentDispute,
  StripeEvent,
  IdempotencyKey,
  OperatorGrant,
  StripeCustomer,
  PaymentMethod,
  PaymentMethodConfig,
  BankTransferNotice,
  OutboxMessage,
  MailMessage,
  Notification,
  NotificationRead,
  TestClockState,
  ApiToken,
  ApiRequestCounter,
  TwoFactor,
  TwoFactorBackupCode,
  TwoFactorFailure,
  AccountTwoFactorPolicy,
  RateLimitCounter,
  ExchangeRate,
];

registerEntities(entities);
