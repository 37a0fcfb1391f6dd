import 'reflect-metadata';
import { AppError } from '../../errors.js';
import { CookieClient } from '../../test/browser.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { validateBillingDetails, type BillingDetailsInput } from './billing-details.service.js';

const valid: BillingDetailsInput = {
  legalName: 'Acme GmbH',
  billingEmail: 'Billing@Acme.example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'de',
  taxIdType: 'EU_VAT',
  taxIdValue: 'de 123.456.789',
};

function fieldErrors(input: BillingDetailsInput): Record<string, string> {
  try {
    validateBillingDetails(input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
      const list = error.details?.fieldErrors as { field: string; message: string }[];
      return Object.fromEntries(list.map((e) => [e.field, e.message]));
    }
    throw error;
  }
  return {};
}

describe('billing details validation', () => {
  it('normalises a valid German business address with an EU VAT id', () => {
    expect(validateBillingDetails(valid)).toEqual({
      legalName: 'Acme GmbH',
      billingEmail: 'billing@acme.example',
      line1: 'Hauptstraße 1',
      line2: null,
      city: 'Berlin',
      region: null,
      postalCode: '10115',
      country: 'DE',
      taxIdType: 'EU_VAT',
      taxIdValue: 'DE123456789',
    });
  });

  it('reports every wrong field at once', () => {
    expect(
      fieldErrors({
        ...valid,
        legalName: ' ',
        billingEmail: 'nope',
        postalCode: '1234',
        country: 'XX',
      }),
    ).toEqual({
      legalName: 'Enter the legal name.',
      billingEmail: 'Enter a valid e-mail address for invoices.',
      country: 'Choose a country from the list.',
      taxIdValue: 'An EU VAT id needs a billing address in an EU member state.',
    });
    expect(fieldErrors({ ...valid, postalCode: '1234' })).toEqual({
      postalCode: 'This is not a valid postal code for DE.',
    });
  });

  it.each([
    [
      { taxIdValue: 'FR12345678901' },
      'This is not a valid DE VAT id (check the country prefix and digits).',
    ],
    [
      { taxIdValue: 'DE12345678' },
      'This is not a valid DE VAT id (check the country prefix and digits).',
    ],
    [
      { country: 'US', region: 'CA', postalCode: '94105' },
      'An EU VAT id needs a billing address in an EU member state.',
    ],
    [
      {
        taxIdType: 'GB_VAT' as const,
        taxIdValue: 'GB12345',
        country: 'GB',
        postalCode: 'SW1A 1AA',
      },
      'A UK VAT id is GB followed by 9 or 12 digits.',
    ],
  ])('rejects the tax id in %j', (change, message) => {
    expect(fieldErrors({ ...valid, ...change }).taxIdValue).toBe(message);
  });

  it('accepts a Greek VAT id with the EL prefix and a US address with a state and ZIP+4', () => {
    expect(
      validateBillingDetails({
        ...valid,
        country: 'GR',
        postalCode: '10431',
        taxIdValue: 'EL094014201',
      }).taxIdValue,
    ).toBe('EL094014201');
    const us = validateBillingDetails({
      ...valid,
      country: 'US',
      region: 'ny',
      postalCode: '10001-1234',
      taxIdType: 'US_EIN',
      taxIdValue: '12-3456789',
    });
    expect(us.region).toBe('NY');
    expect(us.taxIdValue).toBe('123456789');
    expect(
      fieldErrors({
        ...valid,
        country: 'US',
        postalCode: '10001',
        taxIdType: null,
        taxIdValue: null,
      }),
    ).toEqual({ region: 'Enter the state, province or region.' });
  });

  it('requires a tax id type and value together', () => {
    expect(fieldErrors({ ...valid, taxIdType: null })).toEqual({
      taxIdType: 'Choose the kind of tax id.',
    });
    expect(fieldErrors({ ...valid, taxIdValue: '  ' })).toEqual({
      taxIdValue: 'Enter the tax id, or choose "No tax id".',
    });
  });
});

const detailsQuery = `{ account { billingDetails { legalName billingEmail taxId { type value }
  address { line1 line2 city region postalCode country countryName } } } }`;
const update = `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName taxId { value } } }`;

describe('billing details over GraphQL', () => {
  let server: TestServer;
  let admin: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('owner@acme.example', 'Owner');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    accountId = viewer.data!.viewer.account.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('adds, updates and removes billing details as a Billing Admin', async () => {
    expect((await admin.graphql(detailsQuery)).data).toEqual({ account: { billingDetails: null } });

    const added = await admin.graphql(update, { input: valid });
    expect(added.errors).toBeUndefined();
    expect(added.data).toEqual({
      updateBillingDetails: { legalName: 'Acme GmbH', taxId: { value: 'DE123456789' } },
    });
    const read = await admin.graphql<{
      account: { billingDetails: { address: { countryName: string } } };
    }>(detailsQuery);
    expect(read.data?.account.billingDetails.address.countryName).toBe('Germany');

    const changed = await admin.graphql(update, {
      input: { ...valid, legalName: 'Acme Holding GmbH', taxIdType: null, taxIdValue: null },
    });
    expect(changed.data).toEqual({
      updateBillingDetails: { legalName: 'Acme Holding GmbH', taxId: null },
    });

    const removed = await admin.graphql(`mutation { removeBillingDetails }`);
    expect(removed.data).toEqual({ removeBillingDetails: true });
    expect((await admin.graphql(detailsQuery)).data).toEqual({ account: { billingDetails: null } });
  });

  it('answers field errors and keeps the saved details on bad input', async () => {
    await admin.graphql(update, { input: valid });
    const bad = await admin.graphql(update, {
      input: { ...valid, billingEmail: 'x', postalCode: '1' },
    });
    expect(bad.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'postalCode',
      fieldErrors: [
        { field: 'postalCode', message: 'This is not a valid postal code for DE.' },
        { field: 'billingEmail', message: 'Enter a valid e-mail address for invoices.' },
      ],
    });
    const read = await admin.graphql<{ account: { billingDetails: { billingEmail: string } } }>(
      detailsQuery,
    );
    expect(read.data?.account.billingDetails.billingEmail).toBe('billing@acme.example');
  });

  it('lets a Viewer read but not edit, and a Billing User edit only when granted', async () => {
    const viewer = await memberOf(server, accountId, 'VIEWER');
    expect((await viewer.graphql(detailsQuery)).errors).toBeUndefined();
    const denied = await viewer.graphql(update, { input: valid });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const billingUser = await memberOf(server, accountId, 'BILLING_USER');
    expect(
      (await billingUser.graphql(update, { input: valid })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const granted = await memberOf(server, accountId, 'BILLING_USER', {
      grants: ['BILLING_DETAILS_EDIT'],
    });
    expect((await granted.graphql(update, { input: valid })).errors).toBeUndefined();
  });

  it('refuses to remove billing details while a subscription is live, and keeps them', async () => {
    const owner = new CookieClient(server.url);
    await owner.signInWithDevProvider('subscriber@acme.example', 'Subscriber');
    expect((await owner.graphql(update, { input: valid })).errors).toBeUndefined();
    const started = await owner.graphql(
      `mutation($input: StartSubscriptionInput!) { startSubscription(input: $input) { __typename } }`,
      {
        input: {
          planCode: 'basic',
          interval: 'MONTH',
          currency: 'EUR',
          seats: 3,
          idempotencyKey: 'start-before-remove',
        },
      },
    );
    expect(started.errors).toBeUndefined();
    const removed = await owner.graphql(`mutation { removeBillingDetails }`);
    expect(removed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await owner.graphql<{ account: { billingDetails: { legalName: string } | null } }>(
      detailsQuery,
    );
    expect(read.data?.account.billingDetails?.legalName).toBe('Acme GmbH');
  });

  it("never shows one account's details to another account", async () => {
    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('someone@else.example', 'Someone Else');
    expect((await other.graphql(detailsQuery)).data).toEqual({ account: { billingDetails: null } });
  });
});
