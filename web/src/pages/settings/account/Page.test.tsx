import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  AccountSettingsDocument,
  UpdateAccountDocument,
  type AccountSettingsQuery,
  type UpdateAccountMutation,
} from '../../../graphql/generated';
import { AccountSettingsPage } from './Page';
import { accountSettingsData } from './accountSettings.fixture';
import { billingAdminViewer } from '../../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT'],
};

const accountSettings: MockedResponse<AccountSettingsQuery> = {
  request: { query: AccountSettingsDocument },
  result: { data: accountSettingsData },
};

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// the page's query and the rename exactly as the contract in schema.graphql describes.
function renderPage(update: MockedResponse<UpdateAccountMutation>) {
  return render(
    <MockedProvider mocks={[accountSettings, update]} cache={createCache()}>
      <ViewerProvider value={admin}>
        <AccountSettingsPage />
      </ViewerProvider>
    </MockedProvider>,
  );
}

async function rename(to: string) {
  const field = await screen.findByRole('textbox', { name: /account name/i });
  fireEvent.change(field, { target: { value: to } });
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  return field as HTMLInputElement;
}

describe('renaming the account', () => {
  it('shows the server’s field error under the field and keeps what was typed', async () => {
    renderPage({
      request: { query: UpdateAccountDocument, variables: { input: { name: 'Babbage & Co' } } },
      result: {
        errors: [
          new GraphQLError('That name is reserved. Choose another.', {
            extensions: { code: 'BAD_USER_INPUT', field: 'name' },
          }),
        ],
      },
    });

    const field = await rename('  Babbage & Co ');

    expect(await screen.findByText('That name is reserved. Choose another.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('  Babbage & Co ');
    expect(screen.getByRole('button', { name: 'Save changes' }).hasAttribute('disabled')).toBe(
      false,
    );
  });

  it('checks the name before sending it', async () => {
    renderPage({
      request: { query: UpdateAccountDocument, variables: { input: { name: '' } } },
      result: { data: { updateAccount: { __typename: 'Account', id: 'acc_1', name: '' } } },
    });

    await rename('   ');

    expect(await screen.findByText('Enter a name for the account.')).toBeTruthy();
    expect(screen.queryByText('Account name saved.')).toBeNull();
  });

  it('saves a valid name, trimmed, and says so', async () => {
    renderPage({
      request: { query: UpdateAccountDocument, variables: { input: { name: 'Babbage & Co' } } },
      result: {
        data: { updateAccount: { __typename: 'Account', id: 'acc_1', name: 'Babbage & Co' } },
      },
    });

    const field = await rename(' Babbage & Co ');

    expect(await screen.findByText('Account name saved.')).toBeTruthy();
    expect(field.value).toBe('Babbage & Co');
  });
});
