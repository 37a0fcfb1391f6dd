import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import { PaymentAttentionDocument, type PaymentAttentionQuery } from '../../graphql/generated';
import { PaymentAttentionBanner } from './PaymentAttentionBanner';
import { billingAdminViewer } from '../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'PAYMENT_METHODS_MANAGE', 'INVOICES_PAY'],
};
const viewer: SignedInViewer = { ...admin, role: 'VIEWER', permissions: ['BILLING_READ'] };

function answer(
  attention: Partial<NonNullable<PaymentAttentionQuery['paymentAttention']>> | null,
): MockedResponse<PaymentAttentionQuery> {
  return {
    request: { query: PaymentAttentionDocument },
    result: {
      data: {
        __typename: 'Query',
        cardPayments: { __typename: 'CardPaymentSettings', enabled: true },
        paymentAttention:
          attention === null
            ? null
            : {
                __typename: 'PaymentAttention',
                kind: 'PAST_DUE',
                failureMessage: 'Your card was declined.',
                failedAt: '2026-05-01T00:00:00.000Z',
                nextAttemptAt: '2026-05-04T00:00:00.000Z',
                invoice: {
                  __typename: 'Invoice',
                  id: 'inv_1',
                  number: 'INV-2026-05-00007',
                  status: 'OPEN',
                  amountDue: {
                    __typename: 'Money',
                    amount: 8900,
                    currency: 'EUR',
                    formatted: '€89.00',
                  },
                },
                ...attention,
              },
      },
    },
  };
}

function renderBanner(person: SignedInViewer, mock: MockedResponse, shownOnInvoice?: string) {
  return render(
    <MockedProvider mocks={[mock]} cache={createCache()}>
      <ViewerProvider value={person}>
        <MemoryRouter>
          <p>Page</p>
          <PaymentAttentionBanner shownOnInvoice={shownOnInvoice} />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('the payment banner', () => {
  it('says why a renewal failed, when the card is tried again, and links to the fix', async () => {
    renderBanner(admin, answer({}));
    const banner = await screen.findByRole('alert', { name: 'Payment needs attention' });
    expect(banner.textContent).toContain('Your subscription is past due');
    expect(banner.textContent).toContain(
      'The card payment of invoice INV-2026-05-00007 (€89.00) failed. Your card was declined. We will try your default card again on May 4, 2026.',
    );
    expect(screen.getByRole('link', { name: 'Update payment method' }).getAttribute('href')).toBe(
      '/billing/payment-methods?invoice=inv_1',
    );
    expect(screen.getByRole('link', { name: 'Pay now' }).getAttribute('href')).toBe(
      '/billing/invoices/inv_1',
    );
  });

  it('offers a Viewer only the invoice, and its own page no "Pay now"', async () => {
    const failed = answer({ kind: 'PAYMENT_FAILED', nextAttemptAt: null });
    const { unmount } = renderBanner(viewer, failed);
    await screen.findByText('A card payment failed');
    expect(screen.queryByRole('link', { name: 'Update payment method' })).toBeNull();
    expect(screen.getByRole('link', { name: 'View invoice INV-2026-05-00007' })).toBeTruthy();
    unmount();
    renderBanner(admin, failed, 'inv_1');
    await screen.findByText('A card payment failed');
    expect(screen.queryByRole('link', { name: 'Pay now' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Update payment method' })).toBeTruthy();
  });

  it('shows nothing when all is paid', async () => {
    renderBanner(admin, answer(null));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
