/**
 * Why a billing rule refused its input. The codes are stable: the subscription service maps them to
 * the API's `extensions.code` (e.g. SEAT_LIMIT → SEAT_LIMIT, INVALID_TRANSITION → CONFLICT, the
 * rest → BAD_USER_INPUT); the messages are safe to show.
 */
export type BillingRuleErrorCode =
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_INSTANT'
  | 'INVALID_PRICE'
  | 'PRICE_NOT_FOUND'
  | 'INVALID_SEATS'
  | 'SEAT_LIMIT'
  | 'UNSUPPORTED_TAX_COUNTRY'
  | 'INVALID_TRANSITION'
  | 'NO_CHANGE'
  | 'RENEWAL_DUE'
  | 'RENEWAL_NOT_DUE';

export class BillingRuleError extends Error {
  override readonly name = 'BillingRuleError';

  constructor(
    readonly code: BillingRuleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Closes an exhaustive `switch`: the compiler rejects the call if a union member is unhandled. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
