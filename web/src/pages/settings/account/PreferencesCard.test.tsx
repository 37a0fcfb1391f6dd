import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import type { InMemoryCache } from '@apollo/client';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  AccountSettingsDocument,
  UpdateAccountPreferencesDocument,
  type AccountSettingsQuery,
  type UpdateAccountPreferencesMutation,
} from '../../../graphql/generated';
import { accountSettingsData } from './accountSettings.fixture';
import { AccountSettingsPage } from './Page';
import { billingAdminViewer } from '../../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT', 'PLAN_MANAGE'],
};

/** A Billing User allowed to edit billing details: may rename the account, not the preferences. */
const billingUser: SignedInViewer = {
  ...admin,
  role: 'BILLING_USER',
  permissions: ['BILLING_READ', 'INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
};

const settings: MockedResponse<AccountSettingsQuery> = {
  request: { query: AccountSettingsDocument },
  result: { data: accountSettingsData },
};

const changed = {
  country: 'GB',
  currency: 'EUR',
  billingEmail: 'ap@engines.example',
  alerts: ['INVOICE_ISSUED', 'PAYMENT_FAILED', 'USAGE_LIMITS', 'SECURITY'],
};

const savedAccount: UpdateAccountPreferencesMutation['updateAccountPreferences'] = {
  ...accountSettingsData.account,
  billingEmail: changed.billingEmail,
  preferredCurrency: 'EUR',
  alertTopics: ['INVOICE_ISSUED', 'PAYMENT_FAILED', 'USAGE_LIMITS', 'SECURITY'],
};

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// as the contract in schema.graphql describes.
function renderPage(
  mocks: MockedResponse[],
  viewer: SignedInViewer = admin,
  cache: InMemoryCache = createCache(),
) {
  render(
    <MockedProvider mocks={[settings, ...mocks]} cache={cache}>
      <ViewerProvider value={viewer}>
        <AccountSettingsPage />
      </ViewerProvider>
    </MockedProvider>,
  );
  return cache;
}

async function preferencesCard() {
  return within(await screen.findByRole('region', { name: 'Preferences' }));
}

/** Picks EUR, types the new e-mail and turns usage alerts on. */
async function changeAnswers() {
  const card = await preferencesCard();
  fireEvent.mouseDown(card.getByRole('combobox', { name: /currency/i }));
  fireEvent.click(await screen.findByRole('option', { name: /EUR/ }));
  const email = card.getByRole('textbox', { name: /billing e-mail/i }) as HTMLInputElement;
  fireEvent.change(email, { target: { value: 'ap@engines.example' } });
  fireEvent.click(card.getByRole('checkbox', { name: /usage limits/i }));
  fireEvent.click(card.getByRole('button', { name: 'Save preferences' }));
  return { card, email };
}

describe('Account settings › Preferences', () => {
  it('shows the onboarding answers with the wizard’s explanations', async () => {
    renderPage([]);
    const card = await preferencesCard();
    expect((card.getByRole('combobox', { name: /country/i }) as HTMLInputElement).value).toBe(
      'United Kingdom',
    );
    expect(card.getByRole('combobox', { name: /currency/i }).textContent).toContain('GBP');
    expect((card.getByRole('textbox', { name: /billing e-mail/i }) as HTMLInputElement).value).toBe(
      'billing@engines.example',
    );
    const usage = card.getByRole('checkbox', { name: /usage limits/i }) as HTMLInputElement;
    expect(usage.checked).toBe(false);
    expect(
      (card.getByRole('checkbox', { name: /failed payments/i }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(card.getByText(/close to, or goes over, a limit of its plan/)).toBeTruthy();
  });

  it('saves the changes, says so, and updates the cached account for the Plans page', async () => {
    const cache = renderPage([
      {
        request: { query: UpdateAccountPreferencesDocument, variables: { input: changed } },
        result: { data: { updateAccountPreferences: savedAccount } },
      },
    ]);

    const { email } = await changeAnswers();

    expect(await screen.findByText('Preferences saved.')).toBeTruthy();
    expect(email.value).toBe('ap@engines.example');
    expect(cache.extract()['Account:acc_1']).toMatchObject({
      preferredCurrency: 'EUR',
      billingEmail: 'ap@engines.example',
    });
  });

  it('shows the server’s field error at its field and keeps every answer typed', async () => {
    renderPage([
      {
        request: { query: UpdateAccountPreferencesDocument, variables: { input: changed } },
        result: {
          errors: [
            new GraphQLError('Enter a valid e-mail address for invoices.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'billingEmail',
                fieldErrors: [
                  { field: 'billingEmail', message: 'Enter a valid e-mail address for invoices.' },
                ],
              },
            }),
          ],
        },
      },
    ]);

    const { card, email } = await changeAnswers();

    expect(await card.findByText('Enter a valid e-mail address for invoices.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.value).toBe('ap@engines.example');
    expect(card.getByRole('combobox', { name: /currency/i }).textContent).toContain('EUR');
    expect(
      (card.getByRole('checkbox', { name: /usage limits/i }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.queryByText('Preferences saved.')).toBeNull();
  });

  it('says what went wrong when the failure is not about a field', async () => {
    renderPage([
      {
        request: { query: UpdateAccountPreferencesDocument, variables: { input: changed } },
        error: new Error('offline'),
      },
    ]);

    const { email } = await changeAnswers();

    expect(await screen.findByText(/couldn’t reach Ledgerline|went wrong/i)).toBeTruthy();
    expect(email.value).toBe('ap@engines.example');
  });

  it('checks the e-mail before sending it', async () => {
    renderPage([]);
    const card = await preferencesCard();
    fireEvent.change(card.getByRole('textbox', { name: /billing e-mail/i }), {
      target: { value: 'not an address' },
    });
    fireEvent.click(card.getByRole('button', { name: 'Save preferences' }));
    expect(await card.findByText('Enter a valid e-mail address for invoices.')).toBeTruthy();
  });

  it('shows members who cannot change them the answers and who can', async () => {
    renderPage([], billingUser);
    const card = await preferencesCard();
    expect(card.getByText(/Only a Billing Admin of this account can change/)).toBeTruthy();
    expect(card.getByText('United Kingdom')).toBeTruthy();
    expect(card.getByText(/^GBP/)).toBeTruthy();
    expect(card.getByText('billing@engines.example')).toBeTruthy();
    expect(card.getByText('Failed payments')).toBeTruthy();
    expect(card.queryByText('Usage limits')).toBeNull();
    expect(card.queryByRole('button', { name: 'Save preferences' })).toBeNull();
    expect(card.queryByRole('checkbox')).toBeNull();
  });
});
