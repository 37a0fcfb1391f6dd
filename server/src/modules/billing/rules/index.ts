/**
 * Billing rules: pure functions over money, periods, proration, tax and credit. No I/O, no clock —
 * every instant is an argument. The subscription service calls `planSubscriptionChange` for both the
 * preview and the real change, and `renewalInvoice` from the renewal job.
 */
export { BillingRuleError, type BillingRuleErrorCode } from './errors.js';
export {
  CURRENCY_MINOR_DIGITS,
  type Currency,
  type Money,
  addMoney,
  isCurrency,
  minorDigits,
  money,
  multiplyByFractionRoundHalfEven,
  negateMoney,
  parseCurrency,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from './money.js';
export {
  type BillingInterval,
  type Instant,
  type Period,
  billingPeriodContaining,
  dateFromInstant,
  firstPeriod,
  instantFromDate,
  periodBoundary,
} from './periods.js';
export {
  cancellationFee,
  prorateRemainingTime,
  remainingTimeCharge,
  unusedTimeCredit,
} from './proration.js';
export {
  type CountryCode,
  type InvoiceTax,
  REVERSE_CHARGE_NOTE,
  type TaxContext,
  type TaxTreatment,
  computeInvoiceTax,
  isEuMemberState,
  isValidEuVatIdFormat,
  normalizeVatId,
  standardTaxRateBps,
  taxLabel,
  taxTreatment,
} from './tax.js';
export { type CreditApplication, applyCreditBalance } from './credit.js';
export { type PlanPrice, recurringAmount, seatsOnPrice } from './plan-price.js';
export {
  type InvoiceLine,
  type InvoiceLineKind,
  type ManualLineItem,
  manualInvoiceLines,
} from './invoice-lines.js';
export {
  type CreditBalanceMovement,
  type DraftedInvoice,
  type InvoiceDraft,
  draftInvoice,
} from './invoice-draft.js';
export {
  type PaymentOutcome,
  type ScheduledChange,
  type SubscriptionState,
  type SubscriptionStatus,
  isLive,
  statusAfterPayment,
} from './subscription-state.js';
export {
  type BillingPolicy,
  type ChangeOutcome,
  type ChangeTiming,
  DEFAULT_BILLING_POLICY,
  type SubscriptionChange,
  type SubscriptionChangeInput,
  type SubscriptionChangePlan,
  planSubscriptionChange,
} from './subscription-change.js';
export {
  type NextInvoicePreview,
  type RenewalInput,
  type RenewalOutcome,
  type RenewalPlan,
  previewNextInvoice,
  renewalInvoice,
} from './renewal.js';
export {
  DEFAULT_DUNNING_POLICY,
  type DunningFinalAction,
  type DunningPolicy,
  type DunningStep,
  dunningRetryDaysProblem,
  nextDunningStep,
} from './dunning.js';
export { formatMinorUnits } from './money-format.js';
