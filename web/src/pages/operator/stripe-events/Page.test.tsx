import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  RetryStripeWebhookEventDocument,
  StripeWebhookEventDocument,
  StripeWebhookEventsDocument,
} from '../../../graphql/generated';
import { StripeEventsPage, stripeEventPageSize } from './Page';

const failedEvent = {
  __typename: 'StripeWebhookEvent' as const,
  id: 'evt_1QxFailed',
  type: 'charge.refunded',
  objectId: 'ch_3Qx',
  status: 'FAILED' as const,
  attempts: 6,
  receivedAt: '2026-12-06T01:00:00.000Z',
  nextAttemptAt: null,
  processedAt: null,
  lastError: 'connect ECONNREFUSED 127.0.0.1:443',
  outcome: null,
};

const listOf = (status: string | null, events: (typeof failedEvent)[]): MockedResponse => ({
  request: {
    query: StripeWebhookEventsDocument,
    variables: { status, first: stripeEventPageSize, after: null },
  },
  result: {
    data: {
      stripeWebhookEvents: {
        __typename: 'StripeWebhookEventConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: events.map((node) => ({
          __typename: 'StripeWebhookEventEdge',
          cursor: `c-${node.id}`,
          node,
        })),
      },
    },
  },
});

// MockedProvider stands in for the server, answering as schema.graphql describes.
function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = operator, path = '/') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={[path]}>
          <StripeEventsPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('Stripe events page', () => {
  it('lists failed events with their error, and retries one after confirming', async () => {
    renderPage([
      listOf('FAILED', [failedEvent]),
      {
        request: {
          query: RetryStripeWebhookEventDocument,
          variables: { input: { id: 'evt_1QxFailed' } },
        },
        result: {
          data: {
            retryStripeWebhookEvent: {
              ...failedEvent,
              status: 'PENDING',
              attempts: 0,
              nextAttemptAt: '2026-12-06T02:00:00.000Z',
            },
          },
        },
      },
      listOf('FAILED', []),
    ]);
    const card = await screen.findByRole('article', { name: 'charge.refunded evt_1QxFailed' });
    expect(within(card).getByText('Failed')).toBeTruthy();
    expect(within(card).getByText('connect ECONNREFUSED 127.0.0.1:443')).toBeTruthy();
    expect(within(card).getByText(/6 attempts/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Retry now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Process this event again?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry now' }));

    expect(
      await screen.findByText('Event evt_1QxFailed is queued to be processed again.'),
    ).toBeTruthy();
    expect(await screen.findByText('No failed events')).toBeTruthy();
  });

  it('says so when the event was already processed meanwhile', async () => {
    renderPage([
      listOf('FAILED', [failedEvent]),
      {
        request: {
          query: RetryStripeWebhookEventDocument,
          variables: { input: { id: 'evt_1QxFailed' } },
        },
        result: {
          errors: [
            new GraphQLError(
              'Event evt_1QxFailed was already processed; it is never applied twice.',
              { extensions: { code: 'CONFLICT' } },
            ),
          ],
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'charge.refunded evt_1QxFailed' });
    fireEvent.click(within(card).getByRole('button', { name: 'Retry now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Process this event again?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry now' }));
    await waitFor(() =>
      expect(screen.getByText(/was already processed; it is never applied twice/)).toBeTruthy(),
    );
  });

  it('shows an event’s payload when inspected, from the address', async () => {
    renderPage(
      [
        listOf('PROCESSED', []),
        {
          request: { query: StripeWebhookEventDocument, variables: { id: 'evt_1QxFailed' } },
          result: {
            data: {
              stripeWebhookEvent: {
                ...failedEvent,
                status: 'PROCESSED',
                outcome: 'recorded re_1 with credit notes on INV-2026-12-00001',
                createdAt: '2026-12-06T00:59:58.000Z',
                payload: '{\n  "id": "evt_1QxFailed"\n}',
              },
            },
          },
        },
      ],
      operator,
      '/?status=PROCESSED&event=evt_1QxFailed',
    );
    const dialog = await screen.findByRole('dialog', { name: 'charge.refunded' });
    expect(within(dialog).getByLabelText('Payload').textContent).toContain('"id": "evt_1QxFailed"');
    expect(
      within(dialog).getByText('recorded re_1 with credit notes on INV-2026-12-00001'),
    ).toBeTruthy();
  });
});
