import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { subscriptionFailure } from './subscriptionErrors';

const failed = (message: string, extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('subscription errors', () => {
  it('links to the billing details when a paid plan needs them', () => {
    const failure = subscriptionFailure(
      failed('Add your billing details before subscribing to a paid plan.', {
        code: 'BAD_USER_INPUT',
        field: 'billingDetails',
      }),
      ['seats'],
    );
    expect(failure.needsBillingDetails).toBe(true);
    expect(failure.message).toBe('Add your billing details before subscribing to a paid plan.');
  });

  it('puts a seats message under the seats field only', () => {
    const failure = subscriptionFailure(
      failed('Choose between 1 and 10000 seats.', { code: 'BAD_USER_INPUT', field: 'seats' }),
      ['seats'],
    );
    expect(failure).toEqual({
      needsBillingDetails: false,
      message: '',
      fieldErrors: { seats: 'Choose between 1 and 10000 seats.' },
    });
  });

  it('shows what the rules say to do first on a CONFLICT', () => {
    const failure = subscriptionFailure(
      failed('Pay the first invoice (or cancel) before changing the plan', { code: 'CONFLICT' }),
      [],
    );
    expect(failure.message).toBe('Pay the first invoice (or cancel) before changing the plan');
  });

  it('says plainly when something is not found', () => {
    const failure = subscriptionFailure(failed('Account not found.', { code: 'NOT_FOUND' }), []);
    expect(failure.message).toMatch(/couldn’t find that/);
  });
});
