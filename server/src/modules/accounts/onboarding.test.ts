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

const onboardingQuery = `{ viewer { tourDismissedAt account { name ${accountPreferenceFields} } } }`;
const complete = `mutation($input: CompleteOnboardingInput!) {
  completeOnboarding(input: $input) { name onboardedAt country billingEmail preferredCurrency alertTopics } }`;
const skip = `mutation { skipOnboarding { onboardedAt onboardingSkippedAt } }`;
const dismiss = `mutation { dismissTour }`;

interface Onboarding {
  viewer: {
    tourDismissedAt: string | null;
    account: AccountPreferenceFields & { name: string };
  };
}

const answers = {
  companyName: '  Acme   Analytics ',
  country: 'de',
  currency: 'eur',
  billingEmail: 'Billing@Acme.example',
  alerts: ['PAYMENT_FAILED', 'INVOICE_ISSUED'],
};

describe('first-run onboarding', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function newAdmin(email: string) {
    const client = await signUpAdmin(server, email);
    const state = (await client.graphql<Onboarding>(onboardingQuery)).data!.viewer;
    return { client, state };
  }

  it('starts a new sign-up un-onboarded, with every alert and no tour dismissal', async () => {
    const { state } = await newAdmin('fresh@acme.example');
    expect(state.tourDismissedAt).toBeNull();
    expect(state.account).toMatchObject({
      onboardedAt: null,
      onboardingSkippedAt: null,
      preferredCurrency: null,
      alertTopics: [
        'INVOICE_ISSUED',
        'PAYMENT_FAILED',
        'TRIAL_ENDING',
        'PLAN_CHANGED',
        'USAGE_LIMITS',
        'SECURITY',
      ],
    });
  });

  it('saves the answers, normalised, and records one audit event', async () => {
    const { client, state } = await newAdmin('owner@acme.example');
    const done = await client.graphql(complete, { input: answers });
    expect(done.errors).toBeUndefined();
    expect(done.data).toMatchObject({
      completeOnboarding: {
        name: 'Acme Analytics',
        country: 'DE',
        billingEmail: 'billing@acme.example',
        preferredCurrency: 'EUR',
        alertTopics: ['INVOICE_ISSUED', 'PAYMENT_FAILED'],
      },
    });
    const events = await server.db.orm.em
      .fork()
      .find(AuditEvent, { accountId: state.account.id, action: { $like: 'account.onboarding%' } });
    expect(events.map((e) => [e.action, e.summary])).toEqual([
      [
        'account.onboarding_complete',
        {
          fields: ['name', 'country', 'billingEmail', 'preferredCurrency', 'alertTopics'],
          currency: 'EUR',
          alerts: ['INVOICE_ISSUED', 'PAYMENT_FAILED'],
        },
      ],
    ]);
  });

  it('reports every wrong field at once, naming each, and saves nothing', async () => {
    const { client } = await newAdmin('typo@acme.example');
    const wrong = await client.graphql(complete, {
      input: { ...answers, companyName: ' ', country: 'XX', currency: 'JPY', billingEmail: 'nope' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'companyName',
      fieldErrors: [
        { field: 'companyName', message: 'Enter a name for the account.' },
        { field: 'country', message: 'Choose a country from the list.' },
        { field: 'currency', message: 'Choose one of EUR, GBP, USD.' },
        { field: 'billingEmail', message: 'Enter a valid e-mail address for invoices.' },
      ],
    });
    const after = (await client.graphql<Onboarding>(onboardingQuery)).data!.viewer.account;
    expect(after.onboardedAt).toBeNull();
    expect(after.name).toBe('Owner');
  });

  it('updates on a second run, keeping the first completion time, and moves billing details along', async () => {
    const { client } = await newAdmin('again@acme.example');
    const first = await client.graphql<{ completeOnboarding: { onboardedAt: string } }>(complete, {
      input: answers,
    });
    await client.graphql(saveBillingDetails, {
      input: {
        legalName: 'Acme GmbH',
        billingEmail: 'billing@acme.example',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    });
    const second = await client.graphql(complete, {
      input: { ...answers, country: 'AT', billingEmail: 'invoices@acme.example', currency: 'USD' },
    });
    // A German postal code (5 digits) does not fit Austria (4): said on the country field.
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'country',
    });
    expect(second.errors?.[0]?.message).toMatch(/not a valid postal code for AT/);

    const third = await client.graphql(complete, {
      input: { ...answers, billingEmail: 'invoices@acme.example', currency: 'USD' },
    });
    expect(third.errors).toBeUndefined();
    const state = (await client.graphql<Onboarding>(onboardingQuery)).data!.viewer.account;
    expect(state.onboardedAt).toBe(first.data!.completeOnboarding.onboardedAt);
    expect(state.preferredCurrency).toBe('USD');
    expect(state.billingDetails).toEqual({
      billingEmail: 'invoices@acme.example',
      address: { country: 'DE' },
    });
  });

  it('skips for now once, and never after completion', async () => {
    const { client } = await newAdmin('later@acme.example');
    const skipped = await client.graphql<{
      skipOnboarding: { onboardedAt: string | null; onboardingSkippedAt: string | null };
    }>(skip);
    expect(skipped.data!.skipOnboarding.onboardedAt).toBeNull();
    expect(skipped.data!.skipOnboarding.onboardingSkippedAt).not.toBeNull();
    const done = await client.graphql<{ completeOnboarding: { onboardedAt: string } }>(complete, {
      input: answers,
    });
    expect(done.data!.completeOnboarding.onboardedAt).not.toBeNull();
  });

  it('refuses members who are not Billing Admins, even with billing details granted', async () => {
    const { state } = await newAdmin('boss@acme.example');
    const editor = await memberOf(server, state.account.id, 'BILLING_USER', {
      grants: ['BILLING_DETAILS_EDIT'],
    });
    const refused = await editor.graphql(complete, { input: answers });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await editor.graphql(skip)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('remembers the dismissed tour per person, across accounts, the first time only', async () => {
    const { client, state } = await newAdmin('tourist@acme.example');
    const first = await client.graphql<{ dismissTour: string }>(dismiss);
    const again = await client.graphql<{ dismissTour: string }>(dismiss);
    expect(again.data!.dismissTour).toBe(first.data!.dismissTour);
    const read = (await client.graphql<Onboarding>(onboardingQuery)).data!.viewer;
    expect(read.tourDismissedAt).toBe(first.data!.dismissTour);
    // Someone else in the same account still gets the tour.
    const colleague = await memberOf(server, state.account.id, 'VIEWER');
    const theirs = (await colleague.graphql<Onboarding>(onboardingQuery)).data!.viewer;
    expect(theirs.tourDismissedAt).toBeNull();
  });
});
