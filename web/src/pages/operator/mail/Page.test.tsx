import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  MailMessageDocument,
  MailOutboxDocument,
  type MailMessageQuery,
  type MailOutboxQuery,
  type MailListFragment,
} from '../../../graphql/generated';
import { MailOutboxPage } from './Page';

function row(id: string, fields: Partial<MailListFragment> = {}): MailListFragment {
  return {
    __typename: 'MailMessage',
    id,
    to: 'jane@customer.example',
    subject: 'Join Acme GmbH on Vendor Ltd',
    template: 'invite',
    status: 'OUTBOX',
    createdAt: '2027-02-01T09:30:00.000Z',
    ...fields,
  };
}

const invite = row('mail_2');
const failed = row('mail_1', {
  to: 'busy@customer.example',
  subject: 'Join Globex on Vendor Ltd',
  status: 'FAILED',
  createdAt: '2027-01-31T08:00:00.000Z',
});

function outbox(
  messages: MailListFragment[] | null,
  page: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockedResponse<MailOutboxQuery> {
  return {
    request: { query: MailOutboxDocument, variables: { first: 25, after: page.after ?? null } },
    result: {
      data: {
        __typename: 'Query',
        mailOutbox:
          messages === null
            ? null
            : {
                __typename: 'MailMessageConnection',
                totalCount: page.totalCount ?? messages.length,
                pageInfo: {
                  __typename: 'PageInfo',
                  hasNextPage: page.hasNextPage ?? false,
                  endCursor: messages.length ? `cursor-${messages.at(-1)!.id}` : null,
                },
                edges: messages.map((node) => ({
                  __typename: 'MailMessageEdge',
                  cursor: `cursor-${node.id}`,
                  node,
                })),
              },
      },
    },
  };
}

const inviteHtml =
  '<!doctype html><html><body><p>Ada invited you to join <strong>&lt;script&gt;</strong></p><script>parent.alert(1)</script></body></html>';

function message(fields: Partial<MailMessageQuery['mailMessage']> = {}): MockedResponse {
  const detail: MailMessageQuery['mailMessage'] = {
    ...invite,
    from: '"Vendor Ltd" <billing@vendor.example>',
    sentAt: null,
    attempts: 0,
    lastError: null,
    html: inviteHtml,
    text: 'Ada invited you to join Acme GmbH as Viewer.\n\nAccept the invitation:\nhttps://billing.example.com/invite/tok',
    ...fields,
  };
  return {
    request: { query: MailMessageDocument, variables: { id: detail.id } },
    result: { data: { __typename: 'Query', mailMessage: detail } },
  };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

// MockedProvider stands in for the server (a unit test has no server peer), answering as
// schema.graphql describes: a connection of messages, null in production, one message by id.
function renderAt(path: string, mocks: MockedResponse[], viewer: SignedInViewer = operator) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/operator/mail" element={<MailOutboxPage />} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

function withPhoneScreen(test: () => Promise<void>) {
  return async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({
        matches: true,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
    try {
      await test();
    } finally {
      window.matchMedia = matchMedia;
    }
  };
}

describe('mail outbox page', () => {
  it('lists mail with recipient, subject, template, status and time, newest first', async () => {
    renderAt('/operator/mail', [outbox([invite, failed])]);

    expect(screen.getByRole('status', { name: 'Loading the mail outbox' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Mail messages' });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual([
      'Join Acme GmbH on Vendor LtdIn outboxTo jane@customer.exampleInvitation · 1 Feb 2027, 09:30 UTC',
      'Join Globex on Vendor LtdFailedTo busy@customer.exampleInvitation · 31 Jan 2027, 08:00 UTC',
    ]);
    expect(within(items[0]!).getByText('1 Feb 2027, 09:30 UTC').getAttribute('datetime')).toBe(
      '2027-02-01T09:30:00.000Z',
    );
    expect(screen.getByText('Showing 2 of 2 messages')).toBeTruthy();
    expect(screen.getByText('Choose a message')).toBeTruthy();
  });

  it('shows a chosen message: its HTML in a frame that may run nothing, and its text', async () => {
    renderAt('/operator/mail', [outbox([invite, failed]), message()]);

    fireEvent.click(await screen.findByRole('button', { name: /Join Acme GmbH/ }));

    expect(screen.getByTestId('location').textContent).toBe('/operator/mail?message=mail_2');
    const frame = await screen.findByTitle('HTML version of “Join Acme GmbH on Vendor Ltd”');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(inviteHtml);
    const article = screen.getByRole('article');
    expect(within(article).getByText('"Vendor Ltd" <billing@vendor.example>')).toBeTruthy();
    expect(
      within(article).getByText(
        'Not sent: no SMTP server is configured (SMTP_URL), so this is the only copy.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Text' }));
    expect(screen.getByTestId('mail-text').textContent).toBe(
      'Ada invited you to join Acme GmbH as Viewer.\n\nAccept the invitation:\nhttps://billing.example.com/invite/tok',
    );
    expect(screen.queryByTitle(/HTML version/)).toBeNull();
  });

  it('says why a message failed', async () => {
    renderAt('/operator/mail?message=mail_1', [
      outbox([invite, failed]),
      message({
        ...failed,
        attempts: 5,
        lastError: "Can't send mail - all recipients were rejected: 450 Mailbox busy",
      }),
    ]);

    expect(
      await screen.findByText(
        "Gave up: Can't send mail - all recipients were rejected: 450 Mailbox busy",
      ),
    ).toBeTruthy();
    expect(screen.getByText('5')).toBeTruthy();
  });

  it('says so when there is no mail yet', async () => {
    renderAt('/operator/mail', [outbox([])]);

    expect(await screen.findByText('No mail yet')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Mail messages' })).toBeNull();
  });

  it('says the outbox is off in production', async () => {
    renderAt('/operator/mail', [outbox(null)]);

    expect(await screen.findByText('The mail outbox is off in production')).toBeTruthy();
  });

  it('offers to try again when the outbox cannot be loaded', async () => {
    renderAt('/operator/mail', [
      {
        request: { query: MailOutboxDocument, variables: { first: 25, after: null } },
        result: {
          errors: [new GraphQLError('Operators only.', { extensions: { code: 'FORBIDDEN' } })],
        },
      },
      outbox([invite]),
    ]);

    expect(await screen.findByText('We couldn’t load the mail outbox')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Mail messages' })).toBeTruthy();
  });

  it('loads the next page from the last cursor', async () => {
    renderAt('/operator/mail', [
      outbox([invite], { hasNextPage: true, totalCount: 2 }),
      outbox([failed], { after: 'cursor-mail_2', totalCount: 2 }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 2 of 2 messages')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Join Globex/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it(
    'shows the list or one message on a phone, with a way back',
    withPhoneScreen(async () => {
      renderAt('/operator/mail', [outbox([invite, failed]), message()]);

      fireEvent.click(await screen.findByRole('button', { name: /Join Acme GmbH/ }));
      expect(await screen.findByRole('article')).toBeTruthy();
      expect(screen.queryByRole('list', { name: 'Mail messages' })).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: 'All mail' }));
      expect(await screen.findByRole('list', { name: 'Mail messages' })).toBeTruthy();
      expect(screen.getByTestId('location').textContent).toBe('/operator/mail');
    }),
  );
});
