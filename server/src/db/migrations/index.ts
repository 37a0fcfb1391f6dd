import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Initial } from './Migration20261123000000_initial.js';
import { Migration20261123010000BillingDetails } from './Migration20261123010000_billing_details.js';
import { Migration20261123020000Billing } from './Migration20261123020000_billing.js';
import { Migration20261123030000JobsClock } from './Migration20261123030000_jobs_clock.js';
import { Migration20261123040000ApiTokens } from './Migration20261123040000_api_tokens.js';
import { Migration20261129000000Dunning } from './Migration20261129000000_dunning.js';
import { Migration20261129010000ContractPrices } from './Migration20261129010000_contract_prices.js';
import { Migration20261129020000Mail } from './Migration20261129020000_mail.js';
import { Migration20261129030000Invitations } from './Migration20261129030000_invitations.js';
import { Migration20261129040000BillingUserPayGrant } from './Migration20261129040000_billing_user_pay_grant.js';
import { Migration20261129140000RenewalDueIndex } from './Migration20261129140000_renewal_due_index.js';
import { Migration20261129050000TwoFactor } from './Migration20261129050000_two_factor.js';
import { Migration20261129150000SessionPublicId } from './Migration20261129150000_session_public_id.js';
import { Migration20261129160000RateLimits } from './Migration20261129160000_rate_limits.js';
import { Migration20261129150000SignInMethods } from './Migration20261129150000_sign_in_methods.js';
import { Migration20261130000000Onboarding } from './Migration20261130000000_onboarding.js';
import { Migration20261206000000SeatsAtLeastIncluded } from './Migration20261206000000_seats_at_least_included.js';
import { Migration20261206010000PlanDescriptions } from './Migration20261206010000_plan_descriptions.js';
import { Migration20261206020000StripePayments } from './Migration20261206020000_stripe_payments.js';
import { Migration20261206120000ManualInvoices } from './Migration20261206120000_manual_invoices.js';
import { Migration20261206110000BankTransferNotices } from './Migration20261206110000_bank_transfer_notices.js';
import { Migration20261206100000PaymentMethodConfig } from './Migration20261206100000_payment_method_config.js';
import { Migration20261206030000StripeWebhooks } from './Migration20261206030000_stripe_webhooks.js';
import { Migration20261206150000ExchangeRates } from './Migration20261206150000_exchange_rates.js';
import { Migration20261206153000Notifications } from './Migration20261206153000_notifications.js';
import { Migration20261206160000AuthEpoch } from './Migration20261206160000_auth_epoch.js';
import { Migration20261206100000OperatorGrants } from './Migration20261206100000_operator_grants.js';
import { Migration20261206100100CreditAdjustments } from './Migration20261206100100_credit_adjustments.js';

/** Every committed migration, in order. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000Initial },
  {
    name: 'Migration20261123010000_billing_details',
    class: Migration20261123010000BillingDetails,
  },
  { name: 'Migration20261123020000_billing', class: Migration20261123020000Billing },
  { name: 'Migration20261123030000_jobs_clock', class: Migration20261123030000JobsClock },
  { name: 'Migration20261123040000_api_tokens', class: Migration20261123040000ApiTokens },
  { name: 'Migration20261129000000_dunning', class: Migration20261129000000Dunning },
  {
    name: 'Migration20261129010000_contract_prices',
    class: Migration20261129010000ContractPrices,
  },
  { name: 'Migration20261129020000_mail', class: Migration20261129020000Mail },
  { name: 'Migration20261129030000_invitations', class: Migration20261129030000Invitations },
  {
    name: 'Migration20261129040000_billing_user_pay_grant',
    class: Migration20261129040000BillingUserPayGrant,
  },
  {
    name: 'Migration20261129140000_renewal_due_index',
    class: Migration20261129140000RenewalDueIndex,
  },
  { name: 'Migration20261129050000_two_factor', class: Migration20261129050000TwoFactor },
  {
    name: 'Migration20261129150000_session_public_id',
    class: Migration20261129150000SessionPublicId,
  },
  {
    name: 'Migration20261129150000_sign_in_methods',
    class: Migration20261129150000SignInMethods,
  },
  { name: 'Migration20261129160000_rate_limits', class: Migration20261129160000RateLimits },
  { name: 'Migration20261130000000_onboarding', class: Migration20261130000000Onboarding },
  {
    name: 'Migration20261206000000_seats_at_least_included',
    class: Migration20261206000000SeatsAtLeastIncluded,
  },
  {
    name: 'Migration20261206010000_plan_descriptions',
    class: Migration20261206010000PlanDescriptions,
  },
  {
    name: 'Migration20261206020000_stripe_payments',
    class: Migration20261206020000StripePayments,
  },
  {
    name: 'Migration20261206030000_stripe_webhooks',
    class: Migration20261206030000StripeWebhooks,
  },
  {
    name: 'Migration20261206100000_payment_method_config',
    class: Migration20261206100000PaymentMethodConfig,
  },
  {
    name: 'Migration20261206100000_operator_grants',
    class: Migration20261206100000OperatorGrants,
  },
  {
    name: 'Migration20261206100100_credit_adjustments',
    class: Migration20261206100100CreditAdjustments,
  },
  {
    name: 'Migration20261206110000_bank_transfer_notices',
    class: Migration20261206110000BankTransferNotices,
  },
  {
    name: 'Migration20261206120000_manual_invoices',
    class: Migration20261206120000ManualInvoices,
  },
  {
    name: 'Migration20261206150000_exchange_rates',
    class: Migration20261206150000ExchangeRates,
  },
  {
    name: 'Migration20261206153000_notifications',
    class: Migration20261206153000Notifications,
  },
  {
    name: 'Migration20261206160000_auth_epoch',
    class: Migration20261206160000AuthEpoch,
  },
];
