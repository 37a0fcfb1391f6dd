import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { Invoice } from '../../billing/invoices/invoice.entity.js';
import {
  billing,
  type BillingTestDatabase,
  createCustomer,
  openBillingTestDatabase,
  operatorActor,
  utc,
  customerWithOpenInvoice,
} from '../../billing/subscriptions/billing.fixture.js';
import {
  availablePaymentMethods,
  listMethodConfigs,
  removeMethodConfig,
  setMethodConfig,
} from './payment-method-config.service.js';

const withStripe = { ...billing, cardPayments: true };
const withoutStripe = { ...billing, cardPayments: false };

const ibanEur = 'Vendor GmbH\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX';
const ibanChf = 'Vendor AG\nIBAN CH93 0076 2011 6238 5295 7\nBIC POFICHBEXXX';

describe('payment methods per country', () => {
  let database: BillingTestDatabase;
  const clock = new FixedClock(utc('2026-04-01'));

  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('offers card then bank transfer with BANK_TRANSFER_INSTRUCTIONS before anything is saved, and card only with Stripe', async () => {
    const accountId = await createCustomer(
      database.em(),
      'Built In GmbH',
      'de_individual',
      clock.now(),
    );
    expect(await availablePaymentMethods(database.em(), accountId, withStripe, 'EUR')).toEqual({
      country: 'DE',
      source: 'built_in',
      currency: 'EUR',
      methods: ['card', 'bank_transfer'],
      bankTransfer: {
        currency: 'EUR',
        details: billing.bankTransferInstructions,
        instructions: '',
      },
    });
    const offer = await availablePaymentMethods(database.em(), accountId, withoutStripe, 'EUR');
    expect(offer.methods).toEqual(['bank_transfer']);
    const list = await listMethodConfigs(database.em());
    expect(list.map((row) => [row.scope, row.methods])).toEqual([
      ['default', ['card', 'bank_transfer']],
    ]);
  });

  it('shows each billing country only what is enabled for it, in its order, with the bank account for its currency', async () => {
    await setMethodConfig(
      database.em(),
      {
        country: null,
        methods: ['bank_transfer', 'card'],
        bankAccounts: [
          { currency: 'EUR', details: ibanEur, instructions: 'Quote the invoice number.' },
        ],
      },
      operatorActor,
      clock,
    );
    await setMethodConfig(
      database.em(),
      { country: 'us', methods: ['card'], bankAccounts: [] },
      operatorActor,
      clock,
    );
    await setMethodConfig(
      database.em(),
      {
        country: 'CH',
        methods: ['bank_transfer'],
        bankAccounts: [{ currency: 'CHF', details: ibanChf }],
      },
      operatorActor,
      clock,
    );
    const german = await createCustomer(
      database.em(),
      'Default Land GmbH',
      'de_individual',
      clock.now(),
    );
    const american = await createCustomer(
      database.em(),
      'Cards Only Inc',
      'us_individual',
      clock.now(),
    );
    const swiss = await createCustomer(database.em(), 'Transfer AG', 'ch_individual', clock.now());
    const nowhere = await createCustomer(database.em(), 'No Details Ltd', null, clock.now());

    const de = await availablePaymentMethods(database.em(), german, withStripe, 'EUR');
    expect(de).toMatchObject({ source: 'default', methods: ['bank_transfer', 'card'] });
    expect(de.bankTransfer).toEqual({
      currency: 'EUR',
      details: ibanEur,
      instructions: 'Quote the invoice number.',
    });
    const us = await availablePaymentMethods(database.em(), american, withStripe, 'USD');
    expect(us).toMatchObject({
      country: 'US',
      source: 'country',
      methods: ['card'],
      bankTransfer: null,
    });
    // Card only: without Stripe nothing is left to offer there.
    expect(
      (await availablePaymentMethods(database.em(), american, withoutStripe, 'USD')).methods,
    ).toEqual([]);
    const ch = await availablePaymentMethods(database.em(), swiss, withStripe, 'CHF');
    expect(ch).toMatchObject({ source: 'country', methods: ['bank_transfer'] });
    expect(ch.bankTransfer?.details).toBe(ibanChf);
    // CH in EUR: no CHF-row account for EUR, so the default row's EUR account.
    expect(
      (await availablePaymentMethods(database.em(), swiss, withStripe, 'EUR')).bankTransfer
        ?.details,
    ).toBe(ibanEur);
    // No billing country yet: the default row.
    expect(await availablePaymentMethods(database.em(), nowhere, withStripe, 'EUR')).toMatchObject({
      country: null,
      source: 'default',
      methods: ['bank_transfer', 'card'],
    });
  });

  it('prints the bank account of the buyer’s country and currency on a bank-transfer invoice', async () => {
    const ibanFr = 'Vendor SAS\nIBAN FR76 3000 6000 0112 3456 7890 189';
    await setMethodConfig(
      database.em(),
      {
        country: 'FR',
        methods: ['bank_transfer'],
        bankAccounts: [
          { currency: 'EUR', details: ibanFr, instructions: 'Quote the invoice number.' },
        ],
      },
      operatorActor,
      clock,
    );
    const { invoiceId } = await customerWithOpenInvoice(() => database.em(), 'Printed AG', clock);
    const invoice = await database.em().findOneOrFail(Invoice, { id: invoiceId });
    expect(invoice.paymentInstructions).toBe(`${ibanFr}\n\nQuote the invoice number.`);
  });

  it('refuses bad rows with the field named, and saves nothing', async () => {
    const attempt = (input: Parameters<typeof setMethodConfig>[1]) =>
      setMethodConfig(database.em(), input, operatorActor, clock);
    await expect(
      attempt({ country: 'XX', methods: ['card'], bankAccounts: [] }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'country',
    });
    await expect(attempt({ country: 'BE', methods: [], bankAccounts: [] })).rejects.toMatchObject({
      field: 'methods',
    });
    await expect(
      attempt({ country: 'BE', methods: ['card', 'card'], bankAccounts: [] }),
    ).rejects.toMatchObject({
      field: 'methods',
    });
    await expect(
      attempt({
        country: 'BE',
        methods: ['bank_transfer'],
        bankAccounts: [{ currency: 'EURO', details: 'x' }],
      }),
    ).rejects.toMatchObject({ field: 'bankAccounts.0.currency' });
    await expect(
      attempt({
        country: 'BE',
        methods: ['bank_transfer'],
        bankAccounts: [{ currency: 'EUR', details: '  ' }],
      }),
    ).rejects.toMatchObject({ field: 'bankAccounts.0.details' });
    await expect(
      attempt({
        country: 'BE',
        methods: ['bank_transfer'],
        bankAccounts: [
          { currency: 'EUR', details: 'a' },
          { currency: 'eur', details: 'b' },
        ],
      }),
    ).rejects.toMatchObject({ field: 'bankAccounts' });
    await expect(
      attempt({
        country: 'BE',
        methods: ['card'],
        bankAccounts: [{ currency: 'EUR', details: 'a' }],
      }),
    ).rejects.toMatchObject({ field: 'bankAccounts' });
    expect((await listMethodConfigs(database.em())).map((row) => row.scope)).not.toContain('BE');
  });

  it('removes a country row so the country falls back to the default, and audits both changes', async () => {
    await removeMethodConfig(database.em(), 'us', operatorActor, clock);
    const american = await createCustomer(
      database.em(),
      'Back To Default Inc',
      'us_individual',
      clock.now(),
    );
    expect((await availablePaymentMethods(database.em(), american, withStripe, 'USD')).source).toBe(
      'default',
    );
    await expect(
      removeMethodConfig(database.em(), 'US', operatorActor, clock),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const audit = await database
      .em()
      .getConnection()
      .execute<{ action: string; summary: { country: string } }[]>(
        `select action, summary from audit_event where action like 'payment_method_config.%' order by occurred_at, id`,
      );
    expect(audit.map((event) => [event.action, event.summary.country])).toEqual([
      ['payment_method_config.set', 'default'],
      ['payment_method_config.set', 'US'],
      ['payment_method_config.set', 'CH'],
      ['payment_method_config.set', 'FR'],
      ['payment_method_config.remove', 'US'],
    ]);
  });

  it('keeps one whole row when two operators save the same country at once', async () => {
    const save = (currency: string, details: string) =>
      setMethodConfig(
        database.em(),
        { country: 'AT', methods: ['bank_transfer'], bankAccounts: [{ currency, details }] },
        operatorActor,
        clock,
      );
    await Promise.all([save('EUR', 'first'), save('USD', 'second')]);
    const rows = (await listMethodConfigs(database.em())).filter((row) => row.scope === 'AT');
    expect(rows).toHaveLength(1);
    expect([
      [{ currency: 'EUR', details: 'first', instructions: '' }],
      [{ currency: 'USD', details: 'second', instructions: '' }],
    ]).toContainEqual(rows[0]!.bankAccounts);
  });
});
