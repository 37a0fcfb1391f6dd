import { ApolloError, type ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/**
 * The stable codes the server puts in `extensions.code` (docs/API.md "Errors"). Everything the web app decides
 * from an error goes through this file, so a new code is handled in one place.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'PLAN_LIMIT'
  | 'SEAT_LIMIT'
  | 'PAYMENT_FAILED'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'ACCOUNT_SUSPENDED'
  | 'INTERNAL_SERVER_ERROR';

/** Safe, plain sentences for codes whose server message is not meant for end users. */
const messagesByCode: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You don’t have permission to do that. A Billing Admin of this account can help.',
  NOT_FOUND: 'We couldn’t find that. It may have been removed, or you may not have access to it.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
  CONFLICT: 'Someone else changed this at the same time. Reload and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
};

/** Codes whose server message is written for the person using the form (it names the fix). */
const codesWithUserMessages: ReadonlySet<ErrorCode> = new Set([
  'BAD_USER_INPUT',
  'PLAN_LIMIT',
  'SEAT_LIMIT',
  'PAYMENT_FAILED',
  'ACCOUNT_SUSPENDED',
]);

const unreachableMessage = 'We couldn’t reach Ledgerline. Check your connection and try again.';
const genericMessage = 'Something went wrong. Please try again.';

function isServerError(error: unknown): error is ServerError {
  return error instanceof Error && error.name === 'ServerError' && 'statusCode' in error;
}

/** A non-2xx answer (e.g. 400 for a bad variable) still carries GraphQL errors in its body. */
function errorsInServerAnswer(error: unknown): readonly GraphQLFormattedError[] {
  if (!isServerError(error) || typeof error.result !== 'object' || error.result == null) return [];
  const errors: unknown = error.result.errors;
  return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
}

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (!(error instanceof ApolloError)) return [];
  return [...error.graphQLErrors, ...errorsInServerAnswer(error.networkError)];
}

export function codeOf(error: GraphQLFormattedError): ErrorCode | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : undefined;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrorsOf(error).some((graphQLError) => codeOf(graphQLError) === code);
}

/** Field-level messages of a form, keyed by its input's field names. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** A path such as "input.name" names the same field as "name". */
function inputFieldName(path: string): string {
  return path.replace(/^input\./, '');
}

/** `extensions.fieldErrors: [{ field, message }]`, ignoring entries of any other shape. */
function listedFieldErrors(error: GraphQLFormattedError): { field: string; message: string }[] {
  const listed: unknown = error.extensions?.fieldErrors;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry == null) return [];
    const { field, message } = entry as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/**
 * `BAD_USER_INPUT` messages by input field, for showing under each field. The server lists every
 * bad field in `extensions.fieldErrors` and names the first in `extensions.field` (older answers
 * carry only that one). Fields the form does not have are left out: `describeError` still gives
 * a sentence for those.
 */
export function fieldErrorsOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): FieldErrors<Field> {
  const known = (name: string): name is Field => (fields as readonly string[]).includes(name);
  const fieldErrors: FieldErrors<Field> = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    if (codeOf(graphQLError) !== 'BAD_USER_INPUT') continue;
    const field = graphQLError.extensions?.field;
    const entries = [
      ...listedFieldErrors(graphQLError),
      ...(typeof field === 'string' ? [{ field, message: graphQLError.message }] : []),
    ];
    for (const entry of entries) {
      const name = inputFieldName(entry.field);
      if (known(name)) fieldErrors[name] ??= entry.message;
    }
  }
  return fieldErrors;
}

/** One sentence to show for a failed request; never a stack trace or internal detail. */
export function describeError(error: unknown): string {
  const [first] = graphQLErrorsOf(error);
  if (first) {
    const code = codeOf(first);
    if (code && codesWithUserMessages.has(code) && first.message) return first.message;
    return (code && messagesByCode[code]) ?? genericMessage;
  }
  if (error instanceof ApolloError && error.networkError) {
    const status = isServerError(error.networkError) ? error.networkError.statusCode : undefined;
    if (status === 401) return messagesByCode.UNAUTHENTICATED ?? genericMessage;
    if (status === 403) return messagesByCode.FORBIDDEN ?? genericMessage;
    if (status === 429) return messagesByCode.RATE_LIMITED ?? genericMessage;
    if (status != null && status >= 500)
      return messagesByCode.INTERNAL_SERVER_ERROR ?? genericMessage;
    return unreachableMessage;
  }
  return genericMessage;
}

/**
 * `describeError`, except that for the listed codes the server's own sentence is shown: where a
 * feature's rules answer in words meant for the person (the members rules' CONFLICT "An account
 * needs a Billing Admin…", an invitation's FORBIDDEN "This invitation is for j***@…"), they say
 * more than the generic line for the code.
 */
export function describeErrorNaming(error: unknown, serverWorded: readonly ErrorCode[]): string {
  const [first] = graphQLErrorsOf(error);
  const code = first && codeOf(first);
  if (first?.message && code && serverWorded.includes(code)) return first.message;
  return describeError(error);
}
