import {
  activeTokenCount,
  toCreateInput,
  tokenLimitOf,
  tokenUsage,
  validateTokenForm,
} from './apiTokens';

describe('API token form', () => {
  it('asks for a name and at least one scope', () => {
    expect(validateTokenForm({ name: '  ', scopes: [], expiry: '90' })).toEqual({
      name: 'Name the token after what uses it, e.g. "ERP sync".',
      scopes: 'Choose at least one thing the token may read.',
    });
    expect(
      validateTokenForm({ name: 'x'.repeat(101), scopes: ['INVOICES_READ'], expiry: '7' }),
    ).toEqual({ name: 'Use at most 100 characters.' });
    expect(validateTokenForm({ name: 'ERP', scopes: ['ACCOUNT_READ'], expiry: 'never' })).toEqual(
      {},
    );
  });

  it('sends the trimmed name, scopes in list order, and days or null for never', () => {
    expect(
      toCreateInput({
        name: ' ERP sync ',
        scopes: ['ACCOUNT_READ', 'INVOICES_READ'],
        expiry: '30',
      }),
    ).toEqual({ name: 'ERP sync', scopes: ['INVOICES_READ', 'ACCOUNT_READ'], expiresInDays: 30 });
    expect(toCreateInput({ name: 'BI', scopes: ['ACCOUNT_READ'], expiry: 'never' })).toEqual({
      name: 'BI',
      scopes: ['ACCOUNT_READ'],
      expiresInDays: null,
    });
  });
});

describe('API token usage against the plan', () => {
  it('reads the api_tokens limit, null meaning unlimited', () => {
    expect(
      tokenLimitOf([
        { key: 'api_requests_per_month', limit: 1000 },
        { key: 'api_tokens', limit: 1 },
      ]),
    ).toBe(1);
    expect(tokenLimitOf([{ key: 'api_tokens', limit: null }])).toBeNull();
    expect(tokenLimitOf([])).toBeUndefined();
  });

  it('counts only active tokens and says how many the plan allows', () => {
    const count = activeTokenCount([
      { status: 'ACTIVE' },
      { status: 'REVOKED' },
      { status: 'EXPIRED' },
    ]);
    expect(count).toBe(1);
    expect(tokenUsage(count, 1, 'Free')).toBe('1 of 1 active token on the Free plan');
    expect(tokenUsage(2, 5, 'Basic')).toBe('2 of 5 active tokens on the Basic plan');
    expect(tokenUsage(3, null, 'Enterprise')).toBe(
      '3 active tokens · no limit on the Enterprise plan',
    );
  });
});
