import { AppError } from '../../../errors.js';
import { BillingRuleError, type BillingRuleErrorCode } from '../rules/index.js';

/**
 * The one place the rules' refusals become API errors. A country without a configured tax rate is
 * the customer's input (their billing country), so it is a BAD_USER_INPUT on `billingDetails`,
 * never a 500.
 */
const mapping: Record<BillingRuleErrorCode, { code: AppError['code']; field?: string }> = {
  SEAT_LIMIT: { code: 'SEAT_LIMIT', field: 'seats' },
  INVALID_SEATS: { code: 'BAD_USER_INPUT', field: 'seats' },
  INVALID_TRANSITION: { code: 'CONFLICT' },
  RENEWAL_DUE: { code: 'CONFLICT' },
  RENEWAL_NOT_DUE: { code: 'CONFLICT' },
  // Asking for what already is (same plan, already set to cancel, nothing scheduled): a state conflict.
  NO_CHANGE: { code: 'CONFLICT' },
  UNSUPPORTED_TAX_COUNTRY: { code: 'BAD_USER_INPUT', field: 'billingDetails' },
  CURRENCY_MISMATCH: { code: 'BAD_USER_INPUT', field: 'currency' },
  UNKNOWN_CURRENCY: { code: 'BAD_USER_INPUT', field: 'currency' },
  PRICE_NOT_FOUND: { code: 'BAD_USER_INPUT', field: 'planCode' },
  INVALID_PRICE: { code: 'BAD_USER_INPUT', field: 'planCode' },
  INVALID_AMOUNT: { code: 'BAD_USER_INPUT' },
  INVALID_INSTANT: { code: 'CONFLICT' },
};

function messageFor(error: BillingRuleError): string {
  switch (error.code) {
    case 'UNSUPPORTED_TAX_COUNTRY':
      return 'We cannot bill this billing country yet: no tax rate is configured for it. Check the country in your billing details, or contact support.';
    case 'RENEWAL_DUE':
      return 'Your subscription is being renewed right now. Try again in a minute.';
    default:
      return error.message;
  }
}

export function toAppError(error: unknown): unknown {
  if (!(error instanceof BillingRuleError)) return error;
  const { code, field } = mapping[error.code];
  return new AppError(code, messageFor(error), field, { reason: error.code });
}

/** Runs pure rules, translating their refusals. */
export function applyRules<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toAppError(error);
  }
}
