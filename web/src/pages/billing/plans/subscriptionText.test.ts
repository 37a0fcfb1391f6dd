import type { ChangeResultFragment } from '../../../graphql/generated';
import { advanced, basic, money, subscriptionOn } from './plans.fixture';
import { outcomeMessage, percentFromBps } from './subscriptionText';

function result(fields: Partial<ChangeResultFragment>): ChangeResultFragment {
  return {
    __typename: 'SubscriptionChangeResult',
    outcome: 'UPGRADED',
    subscription: subscriptionOn(advanced),
    invoice: null,
    ...fields,
  };
}

describe('subscription wording', () => {
  it('writes tax rates from basis points without float division', () => {
    expect(percentFromBps(1900)).toBe('19');
    expect(percentFromBps(2550)).toBe('25.5');
    expect(percentFromBps(705)).toBe('7.05');
    expect(percentFromBps(0)).toBe('0');
  });

  it('names the invoice an upgrade opened, with its amount', () => {
    const message = outcomeMessage(
      result({
        invoice: {
          __typename: 'Invoice',
          id: 'inv_1',
          number: 'INV-2026-12-00001',
          status: 'OPEN',
          amountDue: money(7378),
        },
      }),
    );
    expect(message).toBe('Upgraded to Advanced. Invoice INV-2026-12-00001 for €73.78 is open.');
  });

  it('says when a scheduled downgrade takes effect', () => {
    const subscription = subscriptionOn(advanced, {
      scheduledChange: {
        __typename: 'ScheduledPlanChange',
        effectiveAt: '2027-01-12T12:00:00.000Z',
        interval: 'MONTH',
        seats: 3,
        plan: { __typename: 'Plan', id: basic.id, code: basic.code, name: basic.name },
      },
    });
    expect(outcomeMessage(result({ outcome: 'CHANGE_SCHEDULED', subscription }))).toBe(
      'Your plan changes to Basic on Jan 12, 2027.',
    );
  });
});
