import { useState } from 'react';
import {
  fieldErrorsOf,
  graphQLErrorsOf,
  hasErrorCode,
  type ErrorCode,
  type FieldErrors,
} from '../app/graphqlErrors';

/** Why a submission failed, when no field is to blame. */
export type FormFailure = {
  /** The plan allows no more (seats, tokens): `message` is the server's, naming a better plan. */
  limit: boolean;
  message: string;
};

type DialogFormOptions<Values, Field extends string> = {
  empty: Values;
  /** The input fields whose server errors are shown under a field. */
  fields: readonly Field[];
  validate: (values: Values) => FieldErrors<Field>;
  /** The code the server answers when the plan allows no more. */
  limitCode: ErrorCode;
  /** A sentence for any other failure that names no field. */
  describeFailure: (error: unknown) => string;
};

/**
 * The state of a form in a dialog that creates something: its values, each field's message (the
 * client's checks first, then the server's `BAD_USER_INPUT`), and a failure for the whole form.
 * A field's message goes once the person changes that field; after a success, or on closing, the
 * form starts empty again.
 */
export function useDialogForm<Values, Field extends string>({
  empty,
  fields,
  validate,
  limitCode,
  describeFailure,
}: DialogFormOptions<Values, Field>) {
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);

  const reset = () => {
    setValues(empty);
    setErrors({});
    setFailure(null);
  };

  /** Changes values and drops the messages of the fields the change answers. */
  const change = (next: (current: Values) => Values, ...answered: Field[]) => {
    if (answered.length > 0) {
      setErrors((current) => {
        const rest = { ...current };
        for (const field of answered) delete rest[field];
        return rest;
      });
    }
    setValues(next);
  };

  /**
   * Checks the values, then sends them. `send` answers whether the server took them (an answer
   * with no data leaves the form as it is); then the form is emptied.
   */
  const submit = async (send: (values: Values) => Promise<boolean>) => {
    setFailure(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (await send(values)) reset();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error, fields);
      setErrors(fieldErrors);
      if (hasErrorCode(error, limitCode)) {
        setFailure({ limit: true, message: graphQLErrorsOf(error)[0]?.message ?? '' });
      } else if (Object.keys(fieldErrors).length === 0) {
        setFailure({ limit: false, message: describeFailure(error) });
      }
    }
  };

  return { values, errors, failure, change, reset, submit };
}
