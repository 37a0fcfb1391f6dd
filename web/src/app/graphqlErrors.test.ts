import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describeErrorNaming, fieldErrorsOf } from './graphqlErrors';

const fields = ['postalCode', 'taxIdValue', 'name'] as const;

function badInput(message: string, extensions: Record<string, unknown>): ApolloError {
  return new ApolloError({
    graphQLErrors: [
      new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } }),
    ],
  });
}

describe('field errors from the server', () => {
  it('reads every bad field the server lists, not only the first', () => {
    const error = badInput('Postal code is wrong.', {
      field: 'postalCode',
      fieldErrors: [
        { field: 'postalCode', message: 'Postal code is wrong.' },
        { field: 'taxIdValue', message: 'Tax id is wrong.' },
      ],
    });
    expect(fieldErrorsOf(error, fields)).toEqual({
      postalCode: 'Postal code is wrong.',
      taxIdValue: 'Tax id is wrong.',
    });
  });

  it('falls back to the one field named when the list is missing, and drops "input."', () => {
    expect(fieldErrorsOf(badInput('Name is taken.', { field: 'input.name' }), fields)).toEqual({
      name: 'Name is taken.',
    });
  });

  it('leaves out fields the form does not have and entries of another shape', () => {
    const error = badInput('Nope.', {
      fieldErrors: [{ field: 'somethingElse', message: 'Nope.' }, { field: 'name' }, 'postalCode'],
    });
    expect(fieldErrorsOf(error, fields)).toEqual({});
  });

  it('ignores errors that are not about the input', () => {
    const error = new ApolloError({
      graphQLErrors: [
        new GraphQLError('No.', { extensions: { code: 'FORBIDDEN', field: 'name' } }),
      ],
    });
    expect(fieldErrorsOf(error, fields)).toEqual({});
  });
});

describe('errors worded by the server for one feature', () => {
  const conflict = new ApolloError({
    graphQLErrors: [
      new GraphQLError('An account needs a Billing Admin.', { extensions: { code: 'CONFLICT' } }),
    ],
  });

  it('shows the server’s sentence for the codes the caller names', () => {
    expect(describeErrorNaming(conflict, ['CONFLICT'])).toBe('An account needs a Billing Admin.');
  });

  it('keeps the generic sentence for every other code', () => {
    expect(describeErrorNaming(conflict, ['FORBIDDEN'])).toBe(
      'Someone else changed this at the same time. Reload and try again.',
    );
  });
});
