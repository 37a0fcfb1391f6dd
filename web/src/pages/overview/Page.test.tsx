import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import { OverviewDocument, type OverviewQuery } from '../../graphql/generated';
import { OverviewPage } from './Page';
import { billingAdminViewer } from '../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT'],
};

const eur = (amount: number) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'EUR',
  formatted: `€${amount}`,
});

type Account = NonNullable<NonNullable<OverviewQuery['viewer']>['account']>;

const usage: Account['usage'] = [
  { __typename: 'UsageMeter', key: 'seats', label: 'Seats', used: 3, limit: 3, resetsAt: null },
  {
    __typename: 'UsageMeter',
    key: 'api_requests_per_month',
    label: 'API requests per month',
    used: 41_000,
    limit: 50_000,
    resetsAt: '2026-04-01T00:00:00.000Z',
  },
  {
    __typename: 'UsageMeter',
    key: 'api_tokens',
    label: 'API tokens',
    used: 5,
    limit: 5,
    resetsAt: null,
  },
];

function overview(
  billing: Pick<Account, 'amountDue' | 'creditBalance' | 'subscription'> &
    Partial<Pick<Account, 'suspendedAt' | 'suspensionReason'>>,
) {
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
            onboardedAt: '2026-01-01T00:00:00.000Z',
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
            usage,
            suspendedAt: null,
            suspensionReason: null,
            preferredCurrency: null,
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
          currency: 'EUR',
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

  it('shows usage against each limit and warns near and at a limit', async () => {
    renderOverview([overview({ amountDue: eur(0), creditBalance: eur(0), subscription: null })]);

    const usageCard = await screen.findByRole('region', { name: 'Usage' });
    expect(within(usageCard).getByText('3 of 3 taken')).toBeTruthy();
    expect(within(usageCard).getByText('41,000 of 50,000')).toBeTruthy();
    expect(within(usageCard).getByText('5 of 5')).toBeTruthy();
    expect(within(usageCard).getByText(/^Limit reached/)).toBeTruthy();
    // All seats taken is normal, not an alarm.
    expect(within(usageCard).getByText(/^Every seat is taken/)).toBeTruthy();
    expect(within(usageCard).getByText(/^Close to the limit/)).toBeTruthy();
    expect(within(usageCard).getByText('Resets on Apr 1, 2026')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Account alerts' })).toBeNull();
  });

  it('says a dunning suspension and how to lift it', async () => {
    renderOverview([
      overview({
        amountDue: eur(2900),
        creditBalance: eur(0),
        suspendedAt: '2026-03-08T00:00:00.000Z',
        suspensionReason: 'dunning',
        subscription: {
          __typename: 'Subscription',
          id: 'sub_1',
          currency: 'EUR',
          status: 'PAST_DUE',
          upcomingInvoice: null,
        },
      }),
    ]);
    const alerts = await screen.findByRole('region', { name: 'Account alerts' });
    expect(within(alerts).getByText(/suspended since Mar 8, 2026/)).toBeTruthy();
    expect(within(alerts).getByRole('link', { name: 'Open invoices' }).getAttribute('href')).toBe(
      '/billing/invoices?status=open',
    );
  });
});
