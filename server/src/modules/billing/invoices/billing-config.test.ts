import { ConfigError, loadConfig } from '../../../config.js';

function variableOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return `${error.variable}: ${error.message}`;
    throw error;
  }
  return 'valid';
}

describe('invoicing configuration', () => {
  it('issues invoices for a demo seller in Germany with no configuration', () => {
    expect(loadConfig({}).billing).toEqual({
      seller: {
        name: 'Ledgerline Demo Seller GmbH',
        addressLines: ['Musterstraße 1', '10115 Berlin', 'Germany'],
        country: 'DE',
        vatId: null,
        email: 'billing@example.com',
      },
      bankTransferInstructions:
        'Bank transfer to Ledgerline Demo Seller GmbH, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
      invoiceNetDays: 30,
      dunning: { retryDays: [3, 5, 7], finalAction: 'cancel' },
      // No Stripe keys: bank transfer only.
      cardPayments: false,
      reportingCurrency: 'USD',
    });
  });

  it('reads the reporting currency, and refuses one that is not ISO 4217', () => {
    expect(loadConfig({ REPORTING_CURRENCY: ' eur ' }).billing.reportingCurrency).toBe('EUR');
    expect(() => loadConfig({ REPORTING_CURRENCY: 'EURO' })).toThrow(/REPORTING_CURRENCY/);
  });

  it('reads and normalises the seller settings', () => {
    const { billing } = loadConfig({
      SELLER_NAME: 'Vendor SAS',
      SELLER_ADDRESS: '1 rue de Rivoli,  75001 Paris , France',
      SELLER_COUNTRY: 'fr',
      SELLER_VAT_ID: 'fr 40 303 265 045',
      SELLER_EMAIL: 'Invoices@Vendor.example',
      INVOICE_NET_DAYS: '14',
    });
    expect(billing.seller).toEqual({
      name: 'Vendor SAS',
      addressLines: ['1 rue de Rivoli', '75001 Paris', 'France'],
      country: 'FR',
      vatId: 'FR40303265045',
      email: 'invoices@vendor.example',
    });
    expect(billing.invoiceNetDays).toBe(14);
  });

  it('reads the dunning schedule and final action', () => {
    const { billing } = loadConfig({
      DUNNING_RETRY_DAYS: ' 1, 4 ,9',
      DUNNING_FINAL_ACTION: 'suspend',
    });
    expect(billing.dunning).toEqual({ retryDays: [1, 4, 9], finalAction: 'suspend' });
    expect(loadConfig({ DUNNING_RETRY_DAYS: 'none' }).billing.dunning.retryDays).toEqual([]);
  });

  it.each([
    [
      { DUNNING_RETRY_DAYS: '5,3' },
      'DUNNING_RETRY_DAYS: Invalid configuration: DUNNING_RETRY_DAYS must be days in increasing order, e.g. 3,5,7',
    ],
    [
      { DUNNING_RETRY_DAYS: 'three' },
      'DUNNING_RETRY_DAYS: Invalid configuration: DUNNING_RETRY_DAYS must be whole days from 1 to 60, e.g. 3,5,7',
    ],
    [
      { DUNNING_FINAL_ACTION: 'delete' },
      'DUNNING_FINAL_ACTION: Invalid configuration: DUNNING_FINAL_ACTION must be one of cancel, suspend',
    ],
  ])('refuses the dunning setting %j', (env, expected) => {
    expect(variableOf(env)).toBe(expected);
  });

  it.each([
    [{ SELLER_COUNTRY: 'Germany' }, 'SELLER_COUNTRY'],
    [{ SELLER_COUNTRY: 'CH' }, 'SELLER_COUNTRY'],
    [{ SELLER_VAT_ID: 'DE123' }, 'SELLER_VAT_ID'],
    [{ SELLER_EMAIL: 'billing' }, 'SELLER_EMAIL'],
    [{ INVOICE_NET_DAYS: '-1' }, 'INVOICE_NET_DAYS'],
    [{ INVOICE_NET_DAYS: '10.5' }, 'INVOICE_NET_DAYS'],
  ])('stops start-up on %j, naming the variable', (env, variable) => {
    expect(variableOf(env)).toMatch(
      new RegExp(`^${variable}: Invalid configuration: ${variable} must be`),
    );
  });
});
