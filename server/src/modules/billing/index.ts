/**
 * Public entry of modules/billing: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Subscriptions, invoices, credit balance, renewals and dunning. Owns the collection port
 * (`Collector`, collection.ts) that modules/payments implements. Pure arithmetic lives in
 * billing/rules (its own entry, billing/rules/index.ts).
 */
export type { CollectionOutcome, Collector } from './collection.js';
export {
  accountCreditBalance,
  recordCreditBalanceEntry,
} from './invoices/credit-balance.service.js';
export {
  adjustCreditBalance,
  type CreditAdjustment,
  type CreditAdjustmentResult,
} from './invoices/credit-adjustment.service.js';
export { CreditLedgerEntry, creditLedgerOf } from './invoices/credit-ledger.js';
export { byInvoiceLoader } from './invoices/invoice-loaders.js';
export {
  type CollectionMethod,
  collectionMethods,
  CreditNote,
  Invoice,
} from './invoices/invoice.entity.js';
export { issuedInvoicePdf } from './invoices/invoice-pdf-file.js';
export {
  applyPaymentToInvoice,
  billingDetailsRequired,
  createFinalizedInvoice,
} from './invoices/invoice-issue.service.js';
export {
  accountAmountDue,
  getAccountInvoice,
  getInvoiceForOperator,
  listOpenInvoices,
  lockIssuedInvoice,
} from './invoices/invoice-query.service.js';
export { issueCreditNote } from './invoices/invoice-void.service.js';
export {
  CreditNoteType,
  InvoiceLineType,
  InvoiceStatusEnum,
  InvoiceType,
  PaymentMethodKindEnum,
  toCreditNoteType,
  toInvoiceLineType,
  toInvoiceType,
} from './invoices/invoice.types.js';
export {
  monthlyMovements,
  type MonthlyMovementRow,
  type PlanSubscriptionsRow,
  type ReceivablesRow,
  receivablesAt,
  recurringRevenueAt,
  type RecurringRevenueRow,
  subscriptionsByPlanAt,
} from './reporting/revenue-figures.js';
export { liveSubscriptionsByPrice } from './reporting/subscriptions-by-price.js';
export { listInvoices } from './invoices/invoice-query.service.js';
export { retryDuePayments, retryDunningNow } from './renewals/dunning.service.js';
export { recordTrialEndingNotices } from './renewals/trial-notices.service.js';
export { renewDueSubscriptions } from './renewals/renewal.service.js';
export { seatsAllowed, seatsAllowedSql } from './subscriptions/seats.js';
export {
  accountIdsWithAnySubscription,
  accountIdsWithInvoiceNumber,
  accountIdsWithSubscriptionStatus,
  pastDueAccountIds,
} from './subscriptions/account-billing-search.js';
export {
  recordFailedCollection,
  settleSubscriptionAfterPayment,
} from './subscriptions/subscription-payments.js';
export { applyRules } from './subscriptions/rule-errors.js';
export { taxContext } from './subscriptions/rules-adapter.js';
export { Subscription } from './subscriptions/subscription.entity.js';
export { SubscriptionStatusEnum } from './subscriptions/subscription.types.js';
export { SubscriptionChangePreview } from './subscriptions/subscription.types.js';
