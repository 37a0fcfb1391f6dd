import { emptyPlanForm, planInputOf } from './planForm';

const limitKeys = ['api_requests_per_month', 'api_tokens'];

describe('the plan editor form', () => {
  it('turns typed text into the input: amounts in minor units, the fee in basis points, empty limits unlimited', () => {
    const result = planInputOf(
      {
        ...emptyPlanForm,
        code: 'scale',
        name: ' Scale ',
        cancellationFeePercent: '12.5',
        limits: { api_tokens: '40' },
        prices: [
          { interval: 'MONTH', currency: 'usd', amount: '49.90', perSeat: '9' },
          { interval: 'YEAR', currency: 'JPY', amount: '50000', perSeat: '' },
        ],
      },
      limitKeys,
    );
    expect(result.errors).toBeNull();
    expect(result.input).toMatchObject({
      code: 'scale',
      name: 'Scale',
      cancellationFeeBps: 1250,
      limits: [
        { key: 'api_requests_per_month', limit: null },
        { key: 'api_tokens', limit: 40 },
      ],
      prices: [
        { interval: 'MONTH', currency: 'USD', unitAmount: 4990, perSeatAmount: 900 },
        { interval: 'YEAR', currency: 'JPY', unitAmount: 50000, perSeatAmount: null },
      ],
    });
  });

  it('names each field at fault', () => {
    const result = planInputOf(
      {
        ...emptyPlanForm,
        code: 'Bad Code',
        name: '',
        includedSeats: '0',
        cancellationFeePercent: '101',
        limits: { api_tokens: '-1' },
        prices: [
          { interval: 'MONTH', currency: 'USD', amount: '1.234', perSeat: '' },
          { interval: 'MONTH', currency: 'usd', amount: '2', perSeat: 'x' },
        ],
      },
      limitKeys,
    );
    expect(result.input).toBeNull();
    expect(Object.keys(result.errors ?? {}).sort()).toEqual(
      [
        'cancellationFeeBps',
        'code',
        'includedSeats',
        'limits.api_tokens',
        'name',
        'prices.0.unitAmount',
        'prices.1.currency',
        'prices.1.perSeatAmount',
      ].sort(),
    );
  });
});
