import type { PlansTeaserCardFragment } from '../../graphql/generated';
import { displayPrice } from './planPrice';

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
