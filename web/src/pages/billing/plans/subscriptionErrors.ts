import {
  codeOf,
  describeError,
  fieldErrorsOf,
  graphQLErrorsOf,
  type FieldErrors,
} from '../../../app/graphqlErrors';

export type SubscriptionFailure<Field extends string> = {
  /** One sentence for the dialog; empty when every message has a field to sit under. */
  message: string;
  /** The account has no (usable) billing details: the message links to them. */
  needsBillingDetails: boolean;
  fieldErrors: FieldErrors<Field>;
};

/**
 * How a failed preview or subscription mutation is shown. The subscription rules answer CONFLICT
 * with a sentence naming what to do first ("Pay the first invoice…"), more useful than the generic
 * "someone else changed this"; other codes go through `describeError`. Messages about `fields` (the
 * inputs the dialog shows) go under those inputs instead.
 */
export function subscriptionFailure<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): SubscriptionFailure<Field> {
  const [first] = graphQLErrorsOf(error);
  const code = first ? codeOf(first) : undefined;
  const fieldErrors = fieldErrorsOf(error, fields);
  const serverSentence = code === 'CONFLICT' && first?.message ? first.message : null;
  const field = first?.extensions?.field;
  const onlyFieldErrors =
    code === 'BAD_USER_INPUT' &&
    typeof field === 'string' &&
    (fields as readonly string[]).includes(field.replace(/^input\./, ''));
  return {
    needsBillingDetails: code === 'BAD_USER_INPUT' && field === 'billingDetails',
    message: onlyFieldErrors ? '' : (serverSentence ?? describeError(error)),
    fieldErrors,
  };
}
