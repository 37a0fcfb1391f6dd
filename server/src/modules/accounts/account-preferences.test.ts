import 'reflect-metadata';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import {
  accountPreferenceFields,
  saveBillingDetails,
  signUpAdmin,
  type AccountPreferenceFields,
} from './account-preferences.fixture.js';

const accountQuery = `{ account { ${accountPreferenceFields} } }`;
const update = `mutation($input: UpdateAccountPreferencesInput!) {
  updateAccountPreferences(input: $input) { id onboardedAt country billingEmail preferredCurrency alertTopics } }`;
const skip = `mutation { skipOnboarding { onboardedAt } }`;
const complete = `mutation($input: CompleteOnboardingInput!) { completeOnboarding(input: $input) { id } }`;

const preferences = {
  country: 'gb',
  currency: 'gbp',
  billingEmail: ' Invoices@Engines.example ',
  alerts: ['SECURITY', 'INVOICE_ISSUED'],
};

describe('account preferences (Account settings › Preferences)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function newAdmin(email: string) {
    const client = await signUpAdmin(server, email);
    const read = async () =>
      (await client.graphql<{ account: AccountPreferenceFields }>(accountQuery)).data!.account;
    return { client, read, accountId: (await read()).id };
  }

  const auditOf = (accountId: string) =>
    server.db.orm.em
      .fork()
      .find(
        AuditEvent,
        { accountId, action: 'account.preferences_update' },
        { orderBy: { id: 1 } },
      );

  it('saves the preferences, normalised, without marking a skipped account onboarded', async () => {
    const { client, read, accountId } = await newAdmin('skipper@engines.example');
    await client.graphql(skip);

    const saved = await client.graphql(update, { input: preferences });

    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      updateAccountPreferences: {
        id: accountId,
        onboardedAt: null,
        country: 'GB',
        billingEmail: 'invoices@engines.example',
        preferredCurrency: 'GBP',
        alertTopics: ['INVOICE_ISSUED', 'SECURITY'],
      },
    });
    const after = await read();
    expect(after.onboardedAt).toBeNull();
    expect(after.onboardingSkippedAt).not.toBeNull();
    expect((await auditOf(accountId)).map((event) => event.summary)).toEqual([
      {
        fields: ['country', 'billingEmail', 'preferredCurrency', 'alertTopics'],
        currency: 'GBP',
        alerts: ['INVOICE_ISSUED', 'SECURITY'],
      },
    ]);
  });

  it('records nothing when the same answers are saved again', async () => {
    const { client, accountId } = await newAdmin('twice@engines.example');
    await client.graphql(update, { input: preferences });
    const again = await client.graphql(update, { input: preferences });
    expect(again.errors).toBeUndefined();
    expect(await auditOf(accountId)).toHaveLength(1);
  });

  it('reports every wrong field at once, as the wizard does, and saves nothing', async () => {
    const { client, read } = await newAdmin('typo@engines.example');
    const wrong = await client.graphql(update, {
      input: { ...preferences, country: 'XX', currency: 'JPY', billingEmail: 'nope' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'country',
      fieldErrors: [
        { field: 'country', message: 'Choose a country from the list.' },
        { field: 'currency', message: 'Choose one of EUR, GBP, USD.' },
        { field: 'billingEmail', message: 'Enter a valid e-mail address for invoices.' },
      ],
    });
    expect(await read()).toMatchObject({ country: null, preferredCurrency: null });
  });

  it('keeps the first completion time and moves billing details along', async () => {
    const { client, read } = await newAdmin('done@engines.example');
    await client.graphql(complete, { input: { ...preferences, companyName: 'Engines' } });
    const onboardedAt = (await read()).onboardedAt;
    await client.graphql(saveBillingDetails, {
      input: {
        legalName: 'Engines Ltd',
        billingEmail: 'invoices@engines.example',
        line1: '1 Difference Street',
        city: 'London',
        postalCode: 'SW1A 1AA',
        country: 'GB',
      },
    });

    // A British postcode does not fit Germany: said on the country field, nothing saved.
    const misfit = await client.graphql(update, { input: { ...preferences, country: 'DE' } });
    expect(misfit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'country',
    });
    expect((await read()).country).toBe('GB');

    const moved = await client.graphql(update, {
      input: { ...preferences, billingEmail: 'ap@engines.example', currency: 'EUR' },
    });
    expect(moved.errors).toBeUndefined();
    expect(await read()).toMatchObject({
      onboardedAt,
      preferredCurrency: 'EUR',
      billingDetails: { billingEmail: 'ap@engines.example', address: { country: 'GB' } },
    });
  });

  it('refuses members who are not Billing Admins, even with billing details granted', async () => {
    const { accountId } = await newAdmin('boss@engines.example');
    const editor = await memberOf(server, accountId, 'BILLING_USER', {
      grants: ['BILLING_DETAILS_EDIT'],
    });
    const viewer = await memberOf(server, accountId, 'VIEWER');
    for (const member of [editor, viewer]) {
      const refused = await member.graphql(update, { input: preferences });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await auditOf(accountId)).toHaveLength(0);
  });
});
