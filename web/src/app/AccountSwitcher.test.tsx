import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { SwitchAccountDocument } from '../graphql/generated';
import { createCache } from './apolloClient';
import { AccountSwitcher } from './AccountSwitcher';
import type { SignedInViewer } from './ViewerContext';

const dan: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: false,
  operatorNeedsTwoFactor: false,
  tourDismissedAt: '2026-01-01T00:00:00.000Z',
  role: 'VIEWER',
  permissions: ['BILLING_READ'],
  user: { __typename: 'User', id: 'usr_1', name: 'Dan Dual', email: 'dan@example.com' },
  account: {
    __typename: 'Account',
    id: 'acc_2',
    name: 'Analytical Engines',
    onboardedAt: '2026-01-01T00:00:00.000Z',
    onboardingSkippedAt: null,
    suspendedAt: null,
    suspensionReason: null,
  },
  accounts: [
    {
      __typename: 'AccountMembership',
      account: { __typename: 'Account', id: 'acc_1', name: 'Dan’s Workshop' },
      role: 'BILLING_ADMIN',
      current: false,
    },
    {
      __typename: 'AccountMembership',
      account: { __typename: 'Account', id: 'acc_2', name: 'Analytical Engines' },
      role: 'VIEWER',
      current: true,
    },
  ],
};

// MockedProvider stands in for the server's switchAccount, as schema.graphql describes it.
function renderSwitcher(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={['/billing/invoices']}>
        <AccountSwitcher viewer={dan} />
        <Routes>
          <Route path="/" element={<p>Overview page</p>} />
          <Route path="*" element={<p>Another page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the account switcher', () => {
  it('lists every account with the role there, the current one marked', () => {
    renderSwitcher([]);

    fireEvent.click(
      screen.getByRole('button', { name: 'Account: Analytical Engines. Switch account' }),
    );
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Dan’s WorkshopBilling Admin',
      'Analytical EnginesViewer',
    ]);
    expect(screen.getByLabelText('Current account')).toBeTruthy();
  });

  it('moves the session to the chosen account and shows its Overview', async () => {
    let switched = false;
    renderSwitcher([
      {
        request: { query: SwitchAccountDocument, variables: { input: { accountId: 'acc_1' } } },
        result: () => {
          switched = true;
          return {
            data: {
              switchAccount: {
                __typename: 'AccountMembership',
                account: { __typename: 'Account', id: 'acc_1', name: 'Dan’s Workshop' },
                role: 'BILLING_ADMIN',
                current: true,
              },
            },
          };
        },
      },
    ]);

    fireEvent.click(
      screen.getByRole('button', { name: 'Account: Analytical Engines. Switch account' }),
    );
    fireEvent.click(screen.getByRole('menuitem', { name: /Dan’s Workshop/ }));

    expect(await screen.findByText('Overview page')).toBeTruthy();
    await waitFor(() => expect(switched).toBe(true));
  });
});
