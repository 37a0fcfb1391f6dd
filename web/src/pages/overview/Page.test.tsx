import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import { OverviewDocument, type OverviewQuery } from '../../graphql/generated';
import { OverviewPage } from './Page';

const admin: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: false,
  role: 'BILLING_ADMIN',
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT'],
  user: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' },
  account: { __typename: 'Account', id: 'acc_1', name: 'Analytical Engines' },
  accounts: [],
};

const eur = (amount: number) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'EUR',
  formatted: `€${amount}`,
});

type Account = NonNullable<NonNullable<OverviewQuery['viewer']>['account']>;

function overview(billing: Pick<Account, 'amountDue' | 'creditBalance' | 'subscription'>) {
  const answer: MockedResponse<OverviewQuery> = {
    request: { query: OverviewDocument },
    result: {
      data: {
        __typename: 'Query',
        viewer: {
          __typename: 'Viewer',
          role: 'BILLING_ADMIN',
          permissions: ['BILLING_READ'],
          account: {
            __typename: 'Account',
            id: 'acc_1',
            name: 'Analytical Engines',
            plan: {
              __typename: 'Plan',
              id: 'pln_basic',
              name: 'Basic',
              description: 'For small teams.',
              includedSeats: 3,
              trialDays: 14,
              features: [],
              limits: [],
            },
            billingDetails: { __typename: 'BillingDetails', updatedAt: '2026-03-01T00:00:00Z' },
            ...billing,
          },
        },
        plans: [],
      },
    },
  };
  return answer;
}

function renderOverview(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={admin}>
        <MemoryRouter>
          <OverviewPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

const card = (name: string) => screen.getByRole('region', { name });

describe('overview billing cards', () => {
  it('shows the next invoice, what is owed and the credit, each linking to its page', async () => {
    renderOverview([
      overview({
        amountDue: eur(3213),
        creditBalance: eur(500),
        subscription: {
          __typename: 'Subscription',
          id: 'sub_1',
          status: 'ACTIVE',
          upcomingInvoice: {
            __typename: 'UpcomingInvoice',
            date: '2026-04-01T09:00:00.000Z',
            amountDue: eur(2713),
          },
        },
      }),
    ]);

    expect(screen.getByRole('status', { name: 'Loading overview' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Next invoice' });
    expect(within(card('Next invoice')).getByText('€27.13')).toBeTruthy();
    expect(within(card('Next invoice')).getByText(/^Issued Apr 1, 2026/)).toBeTruthy();
    expect(within(card('Amount due')).getByText('€32.13')).toBeTruthy();
    expect(
      within(card('Amount due'))
        .getByRole('link', { name: 'See open invoices' })
        .getAttribute('href'),
    ).toBe('/billing/invoices?status=open');
    expect(within(card('Credit balance')).getByText('€5.00')).toBeTruthy();
    // The cards already there stay.
    expect(screen.getByRole('region', { name: 'Current plan' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Your role' })).toBeTruthy();
  });

  it('says when nothing is scheduled or owed', async () => {
    renderOverview([overview({ amountDue: eur(0), creditBalance: eur(0), subscription: null })]);

    await screen.findByRole('region', { name: 'Next invoice' });
    expect(within(card('Next invoice')).getByText('None scheduled')).toBeTruthy();
    expect(
      within(card('Next invoice')).getByRole('link', { name: 'See plans' }).getAttribute('href'),
    ).toBe('/billing/plans');
    expect(within(card('Amount due')).getByText('Every invoice is settled.')).toBeTruthy();
    expect(
      within(card('Amount due')).getByRole('link', { name: 'See invoices' }).getAttribute('href'),
    ).toBe('/billing/invoices');
  });
});
