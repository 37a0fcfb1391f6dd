import { catalogCurrencies } from '../../../components/currencies';
import { advanced, basic, catalog, enterprise, free, subscriptionOn } from './plans.fixture';
import {
  annualSaving,
  extraSeats,
  initialCurrency,
  parseSeats,
  seatsAfterPlanChange,
  seatsHelperText,
  tierAction,
} from './planCatalog';

describe('the tier comparison', () => {
  it('offers every currency a plan is sold in, usual ones first', () => {
    const usd = { ...basic.prices[0]!, id: 'prc_usd', currency: 'USD' };
    const chf = { ...basic.prices[0]!, id: 'prc_chf', currency: 'CHF' };
    expect(catalogCurrencies([{ ...basic, prices: [chf, ...basic.prices, usd] }])).toEqual([
      'USD',
      'EUR',
      'CHF',
    ]);
  });

  it('shows prices in the running subscription’s currency, else the preferred one, else the first on sale', () => {
    const usd = { ...basic, prices: [...basic.prices, { ...basic.prices[0]!, currency: 'USD' }] };
    expect(initialCurrency([usd], { currency: 'GBP' }, 'USD')).toBe('GBP');
    expect(initialCurrency([usd], null, 'USD')).toBe('USD');
    // Not on sale any more: the catalog's first currency instead.
    expect(initialCurrency(catalog, null, 'CHF')).toBe('EUR');
    expect(initialCurrency(catalog, null)).toBe('EUR');
  });

  it('works out the annual saving exactly in minor units', () => {
    // €27.00 × 12 = €324.00 monthly against €270.00 a year.
    expect(annualSaving(basic, 'EUR')).toMatchObject({ amount: 5400, currency: 'EUR' });
    expect(annualSaving(basic, 'USD')).toBeNull();
    expect(annualSaving(free, 'EUR')).toBeNull();
  });

  it('counts only the seats beyond the included ones as extra', () => {
    expect(extraSeats(12, 10)).toBe(2);
    expect(extraSeats(3, 10)).toBe(0);
  });

  it('starts a plan change from the seats the server keeps: extra seats bought, else the new plan’s included', () => {
    // Basic's 3 included seats become Advanced's 10; Advanced's 10 become Basic's 3.
    expect(seatsAfterPlanChange({ seats: 3, plan: { includedSeats: 3 } }, advanced)).toBe(10);
    expect(seatsAfterPlanChange({ seats: 10, plan: { includedSeats: 10 } }, basic)).toBe(3);
    // 12 on Advanced (2 bought) stay 12 on Basic; 5 on Basic (2 bought) become Advanced's 10.
    expect(seatsAfterPlanChange({ seats: 12, plan: { includedSeats: 10 } }, basic)).toBe(12);
    expect(seatsAfterPlanChange({ seats: 5, plan: { includedSeats: 3 } }, advanced)).toBe(10);
  });

  it('says under the seats field what fewer than the included seats gives', () => {
    expect(seatsHelperText(12, advanced)).toBe('10 seats included');
    expect(seatsHelperText(3, advanced)).toBe('Advanced includes 10 seats: you get 10');
    expect(seatsHelperText(null, advanced)).toBe('10 seats included');
  });

  it('accepts whole seat numbers from 1 to 10,000 only', () => {
    expect(parseSeats(' 12 ')).toBe(12);
    expect(parseSeats('0')).toBeNull();
    expect(parseSeats('2.5')).toBeNull();
    expect(parseSeats('10001')).toBeNull();
    expect(parseSeats('')).toBeNull();
  });
});

describe('what a tier offers', () => {
  const basicMonthly = subscriptionOn(basic);

  it('starts a paid plan when nothing runs, and keeps Free as the current plan', () => {
    expect(tierAction(basic, null, 'MONTH', 'EUR')).toEqual({ kind: 'start' });
    expect(tierAction(free, null, 'MONTH', 'EUR')).toEqual({ kind: 'current' });
  });

  it('treats an ended subscription like none', () => {
    const ended = subscriptionOn(basic, { status: 'CANCELED' });
    expect(tierAction(advanced, ended, 'MONTH', 'EUR')).toEqual({ kind: 'start' });
  });

  it('upgrades to a higher tier, downgrades to a lower one and cancels to reach Free', () => {
    expect(tierAction(advanced, basicMonthly, 'MONTH', 'EUR')).toEqual({
      kind: 'change',
      direction: 'upgrade',
    });
    expect(tierAction(basic, subscriptionOn(advanced), 'MONTH', 'EUR')).toEqual({
      kind: 'change',
      direction: 'downgrade',
    });
    expect(tierAction(free, basicMonthly, 'MONTH', 'EUR')).toEqual({ kind: 'cancel_to_free' });
  });

  it('switches the interval on the current plan when the other interval is shown', () => {
    expect(tierAction(basic, basicMonthly, 'MONTH', 'EUR')).toEqual({ kind: 'current' });
    expect(tierAction(basic, basicMonthly, 'YEAR', 'EUR')).toEqual({
      kind: 'interval',
      interval: 'YEAR',
    });
  });

  it('never self-serves Enterprise', () => {
    expect(tierAction(enterprise, null, 'MONTH', 'EUR')).toEqual({ kind: 'contact' });
    expect(tierAction(enterprise, basicMonthly, 'YEAR', 'EUR')).toEqual({ kind: 'contact' });
  });

  it('says why nothing can change while a cancellation is set or the first invoice is unpaid', () => {
    expect(
      tierAction(advanced, subscriptionOn(basic, { cancelAtPeriodEnd: true }), 'MONTH', 'EUR'),
    ).toEqual({ kind: 'blocked', reason: expect.stringMatching(/keep it first/i) });
    expect(
      tierAction(advanced, subscriptionOn(basic, { status: 'INCOMPLETE' }), 'MONTH', 'EUR'),
    ).toEqual({ kind: 'blocked', reason: expect.stringMatching(/pay the first invoice/i) });
  });

  it('does not offer a plan where it is not sold in the currency', () => {
    expect(tierAction(basic, null, 'MONTH', 'USD')).toEqual({ kind: 'not_sold' });
  });
});
