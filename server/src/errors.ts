/**
 * The one application error. `code` is part of the public API (GraphQL `extensions.code`);
 * `message` must be safe to show to the user. Anything that is not an AppError reaches the client
 * as INTERNAL_SERVER_ERROR with a generic message, and its details go to the log only.
 */
export const errorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'PLAN_LIMIT',
  'SEAT_LIMIT',
  'PAYMENT_FAILED',
  'RATE_LIMITED',
  'CONFLICT',
  // The account is suspended (docs/API.md "Suspended accounts"): read-only until reactivated.
  'ACCOUNT_SUSPENDED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the input field at fault, e.g. "name". */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, field);

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
