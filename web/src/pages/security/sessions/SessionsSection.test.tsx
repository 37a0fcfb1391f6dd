import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apolloClient';
import {
  RevokeOtherSessionsDocument,
  RevokeSessionDocument,
  SessionsDocument,
  type SessionListFragment,
} from '../../../graphql/generated';
import { SessionsSection } from './SessionsSection';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function session(overrides: Partial<SessionListFragment>): SessionListFragment {
  return {
    __typename: 'Session',
    id: 'ses_here',
    device: 'Firefox on Windows',
    ip: '203.0.113.7',
    createdAt: minutesAgo(600),
    lastSeenAt: minutesAgo(0),
    provider: 'google',
    current: true,
    ...overrides,
  };
}

const here = session({});
const phone = session({
  id: 'ses_phone',
  device: 'Safari on iOS',
  ip: '198.51.100.20',
  lastSeenAt: minutesAgo(3 * 60),
  current: false,
});
const tablet = session({
  id: 'ses_tablet',
  device: 'Chrome on Android',
  ip: null,
  lastSeenAt: minutesAgo(2 * 24 * 60),
  current: false,
});

const sessionsAnswer = (sessions: SessionListFragment[]): MockedResponse => ({
  request: { query: SessionsDocument },
  result: { data: { __typename: 'Query', sessions } },
});

const payload = (revokedCount: number, sessions: SessionListFragment[]) => ({
  __typename: 'RevokeSessionsPayload',
  revokedCount,
  sessions,
});

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderSection(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SessionsSection />
    </MockedProvider>,
  );
}

function withPhoneScreen(run: () => Promise<void>) {
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
      await run();
    } finally {
      window.matchMedia = matchMedia;
    }
  };
}

describe('Sessions on the Security page', () => {
  it('lists each session with device, address and last seen, this device marked and not revocable', async () => {
    renderSection([sessionsAnswer([here, phone, tablet])]);

    const table = await screen.findByRole('table', { name: 'Sessions' });
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(within(first!).getByText('Firefox on Windows')).toBeTruthy();
    expect(within(first!).getByText('This device')).toBeTruthy();
    expect(within(first!).getByText('Active now')).toBeTruthy();
    expect(within(first!).getByText('with Google')).toBeTruthy();
    expect(within(first!).queryByRole('button', { name: /sign out/i })).toBeNull();

    expect(within(second!).getByText('Safari on iOS')).toBeTruthy();
    expect(within(second!).getByText('198.51.100.20')).toBeTruthy();
    expect(within(second!).getByText('3 hours ago')).toBeTruthy();
    expect(within(second!).queryByText('This device')).toBeNull();
    expect(within(second!).getByRole('button', { name: /^Sign out Safari on iOS/ })).toBeTruthy();

    expect(within(third!).getByText('2 days ago')).toBeTruthy();
    expect(within(third!).getByText('Unknown')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out all other sessions' })).toBeTruthy();
  });

  it('signs one session out after confirming, and drops its row', async () => {
    const revoked: MockedResponse = {
      request: { query: RevokeSessionDocument, variables: { input: { id: 'ses_phone' } } },
      result: {
        data: { __typename: 'Mutation', revokeSession: payload(1, [here, tablet]) },
      },
    };
    renderSection([sessionsAnswer([here, phone, tablet]), revoked]);

    fireEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iOS/ }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out Safari on iOS?' });
    expect(within(dialog).getByText(/last seen 3 hours ago from 198\.51\.100\.20/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('Safari on iOS is signed out.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: 'Sessions' });
    await waitFor(() => expect(within(table).queryByText('Safari on iOS')).toBeNull());
    expect(within(table).getByText('Chrome on Android')).toBeTruthy();
  });

  it('cancelling the confirmation sends nothing', async () => {
    renderSection([sessionsAnswer([here, phone])]);

    fireEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iOS/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(screen.getByRole('table')).getByText('Safari on iOS')).toBeTruthy();
  });

  it('signs out all other sessions after confirming, keeping this device', async () => {
    const revoked: MockedResponse = {
      request: { query: RevokeOtherSessionsDocument },
      result: { data: { __typename: 'Mutation', revokeOtherSessions: payload(2, [here]) } },
    };
    renderSection([sessionsAnswer([here, phone, tablet]), revoked]);

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out all other sessions' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out all other sessions?' });
    expect(within(dialog).getByText(/Your 2 other sessions will be signed out/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out others' }));

    expect(
      await screen.findByText('Signed out of 2 other sessions. This device stays signed in.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: 'Sessions' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Sign out all other sessions' })).toBeNull();
  });

  it('shows a refused revoke as an error and keeps the list', async () => {
    const refused: MockedResponse = {
      request: { query: RevokeSessionDocument, variables: { input: { id: 'ses_phone' } } },
      result: {
        errors: [new GraphQLError('Session not found', { extensions: { code: 'NOT_FOUND' } })],
      },
    };
    renderSection([sessionsAnswer([here, phone]), refused]);

    fireEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iOS/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/couldn’t find that/);
    expect(within(screen.getByRole('table')).getByText('Safari on iOS')).toBeTruthy();
  });

  it('shows loading, then an error with a retry that loads the list', async () => {
    renderSection([
      { request: { query: SessionsDocument }, error: new Error('network down') },
      sessionsAnswer([here]),
    ]);

    expect(screen.getByRole('status', { name: 'Loading sessions' })).toBeTruthy();
    expect(await screen.findByText('We couldn’t load your sessions')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('This device')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out all other sessions' })).toBeNull();
  });

  it('says so when there is nothing to list', async () => {
    renderSection([sessionsAnswer([])]);
    expect(await screen.findByText('No sessions to show')).toBeTruthy();
  });

  it(
    'stacks sessions as cards on a phone',
    withPhoneScreen(async () => {
      renderSection([sessionsAnswer([here, phone])]);

      const list = await screen.findByRole('list', { name: 'Sessions' });
      const cards = within(list).getAllByRole('article');
      expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
        'Firefox on Windows',
        'Safari on iOS',
      ]);
      expect(within(cards[0]!).getByText('This device')).toBeTruthy();
      expect(within(cards[1]!).getByRole('button', { name: /^Sign out/ })).toBeTruthy();
      expect(screen.queryByRole('table')).toBeNull();
    }),
  );
});
