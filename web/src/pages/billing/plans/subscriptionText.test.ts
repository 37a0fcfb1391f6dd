import type { ChangeResultFragment } from '../../../graphql/generated';
import { advanced, basic, money, subscriptionOn } from './plans.fixture';
import { formatDay } from '../../../components/dates';
import { collectionText, outcomeMessage, seatShortfallText } from './subscriptionText';

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
  it('says what happens to the amount billed today, from the terms the server will collect it on', () => {
    const billed = { amountDueToday: money(7378), dueAt: '2027-01-05T10:00:00.000Z' };
    expect(
      collectionText({ ...billed, collectionMethod: 'BANK_TRANSFER', chargedTo: null }),
    ).toEqual({
      label: 'Invoiced today',
      note: `Due ${formatDay(billed.dueAt)}, by bank transfer: the invoice shows the bank details.`,
    });
    expect(
      collectionText({ ...billed, collectionMethod: 'CARD', chargedTo: 'Visa •••• 4242' }),
    ).toEqual({
      label: 'Charged now to Visa •••• 4242',
      note: 'Your default card; a receipt follows by e-mail.',
    });
    expect(collectionText({ ...billed, collectionMethod: 'CARD', chargedTo: null }).label).toBe(
      'Charged now',
    );
    expect(
      collectionText({
        amountDueToday: money(0),
        collectionMethod: null,
        dueAt: null,
        chargedTo: null,
      }),
    ).toEqual({ label: 'Due today', note: null });
  });

  it('says a change to fewer seats than are taken keeps everyone but stops invitations', () => {
    const now = { appliesAt: 'NOW' as const, effectiveAt: '2026-12-12T12:00:00.000Z' };
    expect(seatShortfallText({ ...now, seatsTaken: 3, seatLimit: 3 })).toBeNull();
    expect(seatShortfallText({ ...now, seatsTaken: 2, seatLimit: 1 })).toBe(
      'The account will have 1 seat for 2 members and open invitations. Everyone keeps access, but no one new can be invited until 1 leaves or you add seats.',
    );
    expect(
      seatShortfallText({
        appliesAt: 'PERIOD_END',
        effectiveAt: '2027-01-12T12:00:00.000Z',
        seatsTaken: 5,
        seatLimit: 3,
      }),
    ).toBe(
      `From ${formatDay('2027-01-12T12:00:00.000Z')}, the account will have 3 seats for 5 members and open invitations. Everyone keeps access, but no one new can be invited until 2 leave or you add seats.`,
    );
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
