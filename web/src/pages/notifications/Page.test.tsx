import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import {
  MarkNotificationsReadDocument,
  NotificationBellDocument,
  NotificationsDocument,
  type NotificationListFragment,
  type NotificationsQuery,
} from '../../graphql/generated';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { NotificationsPage } from './Page';

function notification(
  id: string,
  fields: Partial<NotificationListFragment> = {},
): NotificationListFragment {
  return {
    __typename: 'Notification',
    id,
    kind: 'INVOICE_ISSUED',
    title: `Invoice ${id} issued`,
    body: 'Amount due: €32.13.',
    link: `/billing/invoices/${id}`,
    createdAt: '2026-01-10T12:00:00.000Z',
    readAt: null,
    ...fields,
  };
}

function page(nodes: NotificationListFragment[], unreadCount: number): NotificationsQuery {
  return {
    notifications: {
      __typename: 'NotificationConnection',
      totalCount: nodes.length,
      unreadCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
    },
  };
}

const listed = (result: NotificationsQuery): MockedResponse => ({
  request: { query: NotificationsDocument, variables: { first: 20, after: null } },
  result: { data: result },
});
const bell = (unread: number): MockedResponse => ({
  request: { query: NotificationBellDocument },
  result: {
    data: { notifications: { __typename: 'NotificationConnection', unreadCount: unread } },
  },
});

function renderPage(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <NotificationBell />
        <NotificationsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationsPage', () => {
  it('says when there is nothing yet, without a "Mark all read"', async () => {
    renderPage([listed(page([], 0)), bell(0)]);
    expect(await screen.findByText('No notifications yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
  });

  it('lists unread ones with a link to what they are about, and marks one read', async () => {
    const invoice = notification('inv_1');
    const failed = notification('inv_2', {
      kind: 'PAYMENT_FAILED',
      title: 'Payment failed for invoice INV-2',
      link: '/billing/payment-methods',
      readAt: '2026-01-11T08:00:00.000Z',
    });
    renderPage([
      listed(page([invoice, failed], 1)),
      bell(1),
      {
        request: {
          query: MarkNotificationsReadDocument,
          variables: { input: { ids: ['inv_1'] } },
        },
        result: {
          data: {
            markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 0 },
          },
        },
      },
      listed(page([{ ...invoice, readAt: '2026-01-12T08:00:00.000Z' }, failed], 0)),
      bell(0),
    ]);
    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(
      within(list).getByRole('link', { name: 'Invoice inv_1 issued' }).getAttribute('href'),
    ).toBe('/billing/invoices/inv_1');
    expect(screen.getByText('Showing 2 of 2 · 1 unread')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();
    // Only the unread one can be marked.
    expect(screen.getAllByRole('button', { name: /^Mark read: / })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Mark read: Invoice inv_1 issued' }));
    expect(await screen.findByText('Showing 2 of 2 · 0 unread')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Mark read: / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
    // The bell was asked again.
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
  });

  it('says so when the list cannot be loaded', async () => {
    renderPage([
      {
        request: { query: NotificationsDocument, variables: { first: 20, after: null } },
        result: { errors: [new GraphQLError('Sign in to continue.')] },
      },
      bell(0),
    ]);
    expect(await screen.findByText('We couldn’t load your notifications')).toBeTruthy();
  });
});
