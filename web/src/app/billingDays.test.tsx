import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  InvoicesDocument,
  PlansPageDocument,
  type InvoicesQuery,
  type PlansPageQuery,
} from '../graphql/generated';
import { InvoicesRoutes } from '../pages/billing/invoices/Routes';
import { PlansPage } from '../pages/billing/plans/Page';
import { basic, catalog, money, subscriptionOn } from '../pages/billing/plans/plans.fixture';
import { createCache } from './apolloClient';
import { ViewerProvider, type SignedInViewer } from './ViewerContext';
import { billingAdminViewer } from './viewer.fixture';

// web/jest.config.js runs this in America/Los_Angeles: the renewal at 00:00 UTC on 1 March is
// 16:00 on 28 February there. The Plans page announces the invoice for that instant and the
// Invoices page lists it; both must name the same day (components/dates.ts: UTC days).
const renewal = '2027-03-01T00:00:00.000Z';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'PLAN_MANAGE'],
};

const subscription = subscriptionOn(basic, {
  currentPeriodEnd: renewal,
  upcomingInvoice: { __typename: 'UpcomingInvoice', date: renewal, amountDue: money(2700) },
});

// MockedProvider stands in for the server (a unit test has no server peer), answering each page's
// query as schema.graphql describes it.
const plansAnswer: MockedResponse<PlansPageQuery> = {
  request: { query: PlansPageDocument },
  result: {
    data: {
      __typename: 'Query',
      plans: catalog,
      account: {
        __typename: 'Account',
        id: 'acc_1',
        preferredCurrency: null,
        plan: { __typename: 'Plan', id: basic.id, code: basic.code },
        creditBalance: money(0),
        billingDetails: { __typename: 'BillingDetails', updatedAt: '2026-11-01T10:00:00.000Z' },
        subscription,
      },
    },
  },
};

const invoicesAnswer: MockedResponse<InvoicesQuery> = {
  request: {
    query: InvoicesDocument,
    variables: { filter: {}, order: 'NEWEST_FIRST', first: 25, after: null },
  },
  result: {
    data: {
      __typename: 'Query',
      invoices: {
        __typename: 'InvoiceConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-inv_1' },
        edges: [
          {
            __typename: 'InvoiceEdge',
            cursor: 'cursor-inv_1',
            node: {
              __typename: 'Invoice',
              id: 'inv_1',
              number: 'INV-2027-03-00001',
              status: 'OPEN',
              issuedAt: renewal,
              periodStart: renewal,
              periodEnd: '2027-04-01T00:00:00.000Z',
              total: money(2700),
              amountDue: money(2700),
            },
          },
        ],
      },
    },
  },
};

function renderAt(path: string, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={admin}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/billing/plans" element={<PlansPage />} />
            <Route path="/billing/invoices/*" element={<InvoicesRoutes />} />
          </Routes>
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('billing days west of UTC', () => {
  it('runs west of UTC, where the renewal instant is still the day before', () => {
    expect(new Date(renewal).getDate()).toBe(28);
  });

  it('shows the same day on Plans and Invoices for the same instant', async () => {
    const plans = renderAt('/billing/plans', [plansAnswer]);
    const renews = await screen.findByText('Renews on');
    const plansDay = within(renews.parentElement!).getByText(/2027/).textContent;
    expect(plansDay).toBe('Mar 1, 2027');
    expect(plans.container.textContent).not.toContain('Feb 28, 2027');
    plans.unmount();

    const invoices = renderAt('/billing/invoices', [invoicesAnswer]);
    const grid = await screen.findByRole('grid', { name: 'Invoices' });
    const row = (await within(grid).findByText('INV-2027-03-00001')).closest('[role="row"]');
    expect(row?.textContent).toContain(plansDay);
    expect(invoices.container.textContent).not.toContain('Feb 28, 2027');
  });
});
