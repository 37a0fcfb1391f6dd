import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  CreateBillingPortalSessionDocument,
  FixPaymentLinkDocument,
  PaymentAttentionDocument,
  PaymentMethodsPageDocument,
  type CreateBillingPortalSessionMutation,
  type FixPaymentLinkQuery,
  type PaymentAttentionQuery,
  type PaymentMethodsPageQuery,
} from '../../../graphql/generated';
import { leaveForStripe } from '../../../features/payments/leaveForStripe';
import { PaymentMethodsPage } from './Page';
import { billingAdminViewer } from '../../../app/viewer.fixture';

// Leaving for Stripe is a full page load, which jsdom cannot do: the test sees where it would go.
jest.mock('../../../features/payments/leaveForStripe', () => ({ leaveForStripe: jest.fn() }));

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'PAYMENT_METHODS_MANAGE', 'INVOICES_PAY'],
};

function pageAnswer(customerPortal: boolean): MockedResponse<PaymentMethodsPageQuery> {
  return {
    request: { query: PaymentMethodsPageDocument },
    result: {
      data: {
        __typename: 'Query',
        // No publishable key: Stripe.js is not loaded in these tests (no card dialog).
        cardPayments: {
          __typename: 'CardPaymentSettings',
          enabled: true,
          publishableKey: null,
          stripeJsUrl: 'https://js.stripe.com/v3/',
          customerPortal,
        },
        paymentMethods: [
          {
            __typename: 'PaymentMethod',
            id: 'pmt_1',
            type: 'CARD',
            brand: 'visa',
            label: 'Visa •••• 4242',
            last4: '4242',
            expMonth: 12,
            expYear: 2040,
            isDefault: true,
            expiresSoon: false,
          },
        ],
        availablePaymentMethods: {
          __typename: 'AvailablePaymentMethods',
          country: 'DE',
          currency: 'EUR',
          methods: ['CARD', 'BANK_TRANSFER'],
          bankTransfer: null,
        },
      },
    },
  };
}

const nothingToFix: MockedResponse<PaymentAttentionQuery> = {
  request: { query: PaymentAttentionDocument },
  result: {
    data: {
      __typename: 'Query',
      paymentAttention: null,
      cardPayments: { __typename: 'CardPaymentSettings', enabled: true },
    },
  },
};

const openInvoice: FixPaymentLinkQuery['fixPaymentLink'] = {
  __typename: 'Invoice',
  id: 'inv_1',
  number: 'INV-2026-04-00012',
  status: 'OPEN',
  amountDue: { __typename: 'Money', amount: 8900, currency: 'EUR', formatted: '€89.00' },
};

const link = { invoice: 'inv_1', expires: '1790000000', signature: 'c2lnbmVk' };
const linkSearch = `?invoice=inv_1&expires=${link.expires}&signature=${link.signature}`;

function linkAnswer(
  answer: { invoice: FixPaymentLinkQuery['fixPaymentLink'] } | { error: GraphQLError },
): MockedResponse<FixPaymentLinkQuery> {
  return {
    request: { query: FixPaymentLinkDocument, variables: { link } },
    result:
      'error' in answer
        ? { errors: [answer.error] }
        : { data: { __typename: 'Query', fixPaymentLink: answer.invoice } },
  };
}

function Where() {
  const location = useLocation();
  return <output aria-label="Address">{`${location.pathname}${location.search}`}</output>;
}

function renderPage(mocks: MockedResponse[], at = '/billing/payment-methods') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={admin}>
        <MemoryRouter initialEntries={[at]}>
          <Routes>
            <Route
              path="/billing/payment-methods"
              element={
                <>
                  <PaymentMethodsPage />
                  <Where />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('Payment methods', () => {
  beforeEach(() => jest.mocked(leaveForStripe).mockClear());

  it('"Manage in Stripe" opens the Customer Portal session the server made', async () => {
    const session: MockedResponse<CreateBillingPortalSessionMutation> = {
      request: { query: CreateBillingPortalSessionDocument },
      result: {
        data: {
          __typename: 'Mutation',
          createBillingPortalSession: {
            __typename: 'BillingPortalSession',
            url: 'https://billing.stripe.com/p/session/test_portal',
          },
        },
      },
    };
    renderPage([pageAnswer(true), nothingToFix, session]);
    fireEvent.click(await screen.findByRole('button', { name: 'Manage in Stripe' }));
    expect(screen.getByRole('button', { name: 'Opening Stripe…' })).toBeTruthy();
    await waitFor(() =>
      expect(jest.mocked(leaveForStripe)).toHaveBeenCalledWith(
        'https://billing.stripe.com/p/session/test_portal',
      ),
    );
  });

  it('offers no "Manage in Stripe" when the portal is not configured', async () => {
    renderPage([pageAnswer(false), nothingToFix]);
    await screen.findByText('Visa •••• 4242');
    expect(screen.queryByRole('button', { name: 'Manage in Stripe' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add card' })).toBeTruthy();
  });

  it('says so when the person comes back from Stripe, and tidies the address', async () => {
    renderPage([pageAnswer(true), nothingToFix], '/billing/payment-methods?portal=returned');
    expect(await screen.findByText(/^Back from Stripe\./)).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Address' }).textContent).toBe(
      '/billing/payment-methods',
    );
  });

  it('checks the link from a payment-failed e-mail and names the unpaid invoice', async () => {
    renderPage(
      [pageAnswer(true), nothingToFix, linkAnswer({ invoice: openInvoice })],
      `/billing/payment-methods${linkSearch}`,
    );
    expect(await screen.findByText('Checking the link from your e-mail…')).toBeTruthy();
    expect(
      await screen.findByText(/^Invoice INV-2026-04-00012 \(€89\.00\) is unpaid\./),
    ).toBeTruthy();
  });

  it('says plainly when the link has expired, in the server’s words', async () => {
    const expired = new GraphQLError(
      'This payment link has expired. Open the invoice from Invoices to pay it, or add a card below.',
      { extensions: { code: 'BAD_USER_INPUT', field: 'link' } },
    );
    renderPage(
      [pageAnswer(true), nothingToFix, linkAnswer({ error: expired })],
      `/billing/payment-methods${linkSearch}`,
    );
    expect(await screen.findByText(/^This payment link has expired\./)).toBeTruthy();
    expect(screen.queryByText(/is unpaid/)).toBeNull();
  });

  it('says when the invoice of the link was paid meanwhile', async () => {
    renderPage(
      [pageAnswer(true), nothingToFix, linkAnswer({ invoice: { ...openInvoice, status: 'PAID' } })],
      `/billing/payment-methods${linkSearch}`,
    );
    expect(
      await screen.findByText('Invoice INV-2026-04-00012 is already paid: nothing more to do.'),
    ).toBeTruthy();
  });
});
