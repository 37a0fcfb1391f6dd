import type { PlansTeaserCardFragment } from '../../graphql/generated';
import { displayPrice, overviewCurrency } from './planPrice';

type Price = PlansTeaserCardFragment['prices'][number];

function price(id: string, interval: Price['interval'], currency: string, amount: number): Price {
  return { id, interval, currency, amount: { amount, currency, formatted: `${amount}` } };
}

function plan(prices: Price[], customPricing = false): PlansTeaserCardFragment {
  return {
    id: 'plan_1',
    code: 'basic',
    name: 'Basic',
    description: '',
    rank: 1,
    customPricing,
    prices,
  };
}

describe('the price shown in the plan comparison', () => {
  it('is the monthly USD price when the plan is sold in several currencies', () => {
    const shown = displayPrice(
      plan([
        price('p_eur_m', 'MONTH', 'EUR', 2700),
        price('p_usd_y', 'YEAR', 'USD', 29000),
        price('p_usd_m', 'MONTH', 'USD', 2900),
      ]),
    );
    expect(shown).toMatchObject({ kind: 'price', interval: 'MONTH', price: { id: 'p_usd_m' } });
  });

  it('is in the account’s currency when the plan is sold in it, else USD', () => {
    const multi = plan([
      price('p_usd_m', 'MONTH', 'USD', 2900),
      price('p_eur_m', 'MONTH', 'EUR', 2700),
      price('p_gbp_y', 'YEAR', 'GBP', 23000),
    ]);
    expect(displayPrice(multi, 'EUR')).toMatchObject({ price: { id: 'p_eur_m' } });
    // GBP is sold only annually: the monthly price in USD is shown, not the annual GBP one.
    expect(displayPrice(multi, 'GBP')).toMatchObject({ price: { id: 'p_usd_m' } });
    expect(displayPrice(multi, 'JPY')).toMatchObject({ price: { id: 'p_usd_m' } });
  });

  it('takes the subscription’s currency, else the one chosen at onboarding, else that of the amounts shown', () => {
    expect(overviewCurrency('GBP', 'EUR', 'EUR')).toBe('GBP');
    expect(overviewCurrency(null, 'EUR', 'USD')).toBe('EUR');
    // Onboarding skipped: prices in the currency the amount due and credit balance are shown in.
    expect(overviewCurrency(undefined, null, 'EUR')).toBe('EUR');
  });

  it('falls back to another currency, then to the annual price', () => {
    expect(displayPrice(plan([price('p_eur_m', 'MONTH', 'EUR', 2700)]))).toMatchObject({
      price: { id: 'p_eur_m' },
    });
    expect(displayPrice(plan([price('p_usd_y', 'YEAR', 'USD', 29000)]))).toMatchObject({
      interval: 'YEAR',
      price: { id: 'p_usd_y' },
    });
  });

  it('says "Custom" for a plan priced per account', () => {
    expect(displayPrice(plan([price('p', 'MONTH', 'USD', 100)], true))).toEqual({ kind: 'custom' });
  });

  it('calls a plan without a charge free', () => {
    expect(displayPrice(plan([]))).toEqual({ kind: 'free' });
    expect(displayPrice(plan([price('p_free', 'MONTH', 'USD', 0)]))).toEqual({ kind: 'free' });
  });
});
