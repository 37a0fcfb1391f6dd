import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import {
  SetAccountTwoFactorRequirementDocument,
  TwoFactorRequirementDocument,
  TwoFactorStatusDocument,
} from '../../../graphql/generated';
import { TwoFactorRequirementCard } from './TwoFactorRequirementCard';

const requirement = (features: string[], planName: string): MockedResponse => ({
  request: { query: TwoFactorRequirementDocument },
  result: {
    data: {
      account: {
        __typename: 'Account',
        id: 'acc_1',
        requireTwoFactor: false,
        entitlements: features.map((key) => ({ __typename: 'PlanFeature', key })),
        plan: { __typename: 'Plan', id: 'pln_1', name: planName },
      },
    },
  },
});

const ownStatus = (enabled: boolean): MockedResponse => ({
  request: { query: TwoFactorStatusDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        user: { __typename: 'User', id: 'usr_1' },
        twoFactor: {
          __typename: 'TwoFactorStatus',
          enabled,
          enabledAt: enabled ? '2026-10-05T08:00:00.000Z' : null,
          backupCodesRemaining: enabled ? 10 : 0,
          requiredByAccount: false,
        },
      },
    },
  },
  maxUsageCount: 2,
});

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderCard(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <TwoFactorRequirementCard />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('requiring two-factor sign-in for the account', () => {
  it('points to the plans when the plan does not include it', async () => {
    renderCard([requirement(['invoices'], 'Basic'), ownStatus(true)]);
    expect(await screen.findByText(/isn’t part of your Basic plan/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare plans' }).getAttribute('href')).toBe(
      '/billing/plans',
    );
    expect(screen.getByRole('switch').hasAttribute('disabled')).toBe(true);
  });

  it('asks the admin to turn it on for themselves first', async () => {
    renderCard([requirement(['require_2fa'], 'Advanced'), ownStatus(false)]);
    expect(await screen.findByText(/Turn on two-factor sign-in for yourself first/)).toBeTruthy();
    expect(screen.getByRole('switch').hasAttribute('disabled')).toBe(true);
  });

  it('requires it for every member after confirming', async () => {
    renderCard([
      requirement(['require_2fa'], 'Advanced'),
      ownStatus(true),
      {
        request: {
          query: SetAccountTwoFactorRequirementDocument,
          variables: { input: { required: true } },
        },
        result: {
          data: {
            setAccountTwoFactorRequirement: {
              __typename: 'Account',
              id: 'acc_1',
              requireTwoFactor: true,
            },
          },
        },
      },
    ]);
    const toggle = await screen.findByRole('switch');
    await waitFor(() => expect(toggle.hasAttribute('disabled')).toBe(false));
    fireEvent.click(toggle);
    const dialog = screen.getByRole('dialog', { name: 'Require two-factor sign-in?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Require it' }));
    await waitFor(() =>
      expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true),
    );
  });
});
