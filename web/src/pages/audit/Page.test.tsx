import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import {
  AuditEventsDocument,
  type AuditEventFilter,
  type AuditEventRowFragment,
  type AuditEventsQuery,
} from '../../graphql/generated';
import { AuditLogPage } from './Page';
import { billingAdminViewer } from '../../app/viewer.fixture';

const ada = {
  __typename: 'User' as const,
  id: 'usr_1',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
};

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT', 'AUDIT_READ'],
  user: ada,
};

function event(id: string, fields: Partial<AuditEventRowFragment> = {}): AuditEventRowFragment {
  return {
    __typename: 'AuditEvent',
    id,
    occurredAt: '2026-01-10T12:00:00.000Z',
    action: 'auth.sign_in',
    actionLabel: 'Signed in',
    outcome: 'SUCCESS',
    accountId: 'acc_1',
    target: 'usr_1',
    targetKind: 'Person',
    ip: '203.0.113.7',
    actorTokenId: null,
    actor: ada,
    changes: [],
    details: [{ __typename: 'AuditDetail', key: 'provider', value: 'google' }],
    summaryText: '{"provider":"google"}',
    ...fields,
  };
}

const renamed = event('aud_3', {
  action: 'account.update',
  actionLabel: 'Renamed the account',
  target: 'acc_1',
  targetKind: 'Account',
  changes: [
    {
      __typename: 'AuditChange',
      field: 'name',
      from: 'Analytical Engines',
      to: 'Analytical Engines Ltd',
      valuesRecorded: true,
    },
  ],
  details: [],
  summaryText: '{"name":{"from":"Analytical Engines","to":"Analytical Engines Ltd"}}',
});
const failedSignIn = event('aud_2', { outcome: 'FAILURE', ip: '198.51.100.4' });
const voided = event('aud_1', {
  action: 'invoice.void',
  actionLabel: 'Voided an invoice',
  actor: null,
  target: 'inv_7',
  targetKind: 'Invoice',
  ip: null,
  details: [{ __typename: 'AuditDetail', key: 'number', value: 'INV-2026-01-00007' }],
  summaryText: '{"number":"INV-2026-01-00007"}',
});

function answer(
  filter: AuditEventFilter,
  events: AuditEventRowFragment[],
  page: { after?: string; endCursor?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockedResponse<AuditEventsQuery> {
  return {
    request: {
      query: AuditEventsDocument,
      variables: { filter, first: 25, after: page.after ?? null },
    },
    result: {
      data: {
        __typename: 'Query',
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount: page.totalCount ?? events.length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: page.hasNextPage ?? false,
            endCursor: page.endCursor ?? (events.length ? `cursor-${events.at(-1)!.id}` : null),
          },
          edges: events.map((node) => ({
            __typename: 'AuditEventEdge',
            cursor: `cursor-${node.id}`,
            node,
          })),
        },
      },
    },
  };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// the log's query as the contract in schema.graphql describes — a connection of events with a
// cursor to continue from — for exactly the filter and cursor each test expects the page to send.
function renderAt(path: string, mocks: MockedResponse[], viewer: SignedInViewer = admin) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/audit" element={<AuditLogPage />} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

const location = () => screen.getByTestId('location').textContent;

/** The data rows of the table (each event also has a hidden details row). */
function eventRows() {
  const table = screen.getByRole('table', { name: 'Audit events' });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 1);
}

describe('audit log page', () => {
  it('lists events with their actor, action in words, target, outcome and IP', async () => {
    renderAt('/audit', [answer({}, [renamed, failedSignIn, voided])]);

    expect(screen.getByRole('status', { name: 'Loading the audit log' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Audit events' });
    const [first, second, third] = eventRows().map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(first?.slice(2)).toEqual([
      'Ada Lovelaceada@example.com',
      'Renamed the account',
      'This account',
      'Succeeded',
      '203.0.113.7',
    ]);
    expect(second?.slice(3)).toEqual(['Signed in', 'Ada Lovelace', 'Failed', '198.51.100.4']);
    // Written by Ledgerline itself: the action and its target in words, never the raw code.
    expect(third?.slice(2)).toEqual([
      'System',
      'Voided an invoice',
      'Invoice INV-2026-01-00007',
      'Succeeded',
      '—',
    ]);
    const time = within(eventRows()[0]!).getByText((_, element) => element?.tagName === 'TIME');
    expect(time.getAttribute('datetime')).toBe('2026-01-10T12:00:00.000Z');
    expect(screen.getByText('Showing 3 of 3 events')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows what changed when a row is expanded', async () => {
    renderAt('/audit', [answer({}, [renamed, failedSignIn])]);

    const expand = await screen.findByRole('button', { name: 'Show details: Renamed the account' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);

    const changes = await screen.findByRole('region', { name: 'Changes' });
    expect(within(changes).getByText('Name')).toBeTruthy();
    expect(within(changes).getByText('Analytical Engines')).toBeTruthy();
    expect(within(changes).getByText('Analytical Engines Ltd')).toBeTruthy();
    expect(screen.getByText('aud_3')).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: 'Hide details: Renamed the account' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('loads the next page from the last cursor and adds it below', async () => {
    renderAt('/audit', [
      answer({}, [renamed, failedSignIn], { hasNextPage: true, totalCount: 3 }),
      answer({}, [voided], { after: 'cursor-aud_2', totalCount: 3 }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 3 of 3 events')).toBeTruthy();
    expect(eventRows()).toHaveLength(3);
    // The server's words for the action, and the target by kind and number: no raw codes.
    expect(screen.getByText('Voided an invoice')).toBeTruthy();
    expect(screen.getAllByText('Invoice INV-2026-01-00007').length).toBeGreaterThan(0);
    expect(screen.queryByText('invoice.void')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('applies the filters of a shared link and offers to clear them when nothing matches', async () => {
    const january = {
      action: 'auth.',
      from: new Date(2026, 0, 1).toISOString(),
      to: new Date(2026, 0, 31, 23, 59, 59, 999).toISOString(),
    };
    renderAt('/audit?action=auth.&from=2026-01-01&to=2026-01-31', [
      answer(january, []),
      answer({}, [renamed]),
    ]);

    expect(await screen.findByText('No events match these filters')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Action' }).textContent).toBe('Signing in and out');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-01-01');

    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);

    expect(await screen.findByText('Renamed the account')).toBeTruthy();
    expect(location()).toBe('/audit');
  });

  it('puts a chosen category and a typed actor e-mail into the address', async () => {
    renderAt('/audit', [
      answer({}, [renamed]),
      answer({ action: 'billing_details.' }, []),
      answer({ action: 'billing_details.', actorEmail: 'ada@example.com' }, [renamed]),
    ]);
    await screen.findByText('Renamed the account');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Action' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Billing details' }));
    expect(location()).toBe('/audit?action=billing_details.');
    expect(await screen.findByText('No events match these filters')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Actor e-mail' }), {
      target: { value: 'ada@example.com ' },
    });
    await waitFor(() =>
      expect(location()).toBe('/audit?action=billing_details.&actor=ada%40example.com'),
    );
    expect(await screen.findByText('Renamed the account')).toBeTruthy();
  });

  it('says what went wrong and loads the log again on retry', async () => {
    renderAt('/audit', [
      {
        request: { query: AuditEventsDocument, variables: { filter: {}, first: 25, after: null } },
        result: {
          errors: [
            new GraphQLError('Something went wrong on our side. Please try again.', {
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            }),
          ],
        },
      },
      answer({}, [renamed]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('We couldn’t load the audit log')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Renamed the account')).toBeTruthy();
  });

  it('explains a plan without the audit log and links to the plans', async () => {
    renderAt('/audit', [
      {
        request: { query: AuditEventsDocument, variables: { filter: {}, first: 25, after: null } },
        result: {
          errors: [
            new GraphQLError('Audit log is not part of your Basic plan; Advanced includes it.', {
              extensions: { code: 'PLAN_LIMIT', feature: 'audit_log', upgradePlan: 'advanced' },
            }),
          ],
        },
      },
    ]);

    expect(await screen.findByText('The audit log is not part of your plan')).toBeTruthy();
    expect(
      screen.getByText('Audit log is not part of your Basic plan; Advanced includes it.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare plans' }).getAttribute('href')).toBe(
      '/billing/plans',
    );
  });

  it('does not ask for the log for a member without access', () => {
    renderAt('/audit', [], { ...admin, role: 'VIEWER', permissions: ['BILLING_READ'] });

    expect(screen.getByText('Only Billing Admins can read the audit log')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('stacks events as cards on a phone', async () => {
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
      renderAt('/audit', [answer({}, [renamed, failedSignIn])]);

      const list = await screen.findByRole('list', { name: 'Audit events' });
      const cards = within(list).getAllByRole('article');
      expect(cards).toHaveLength(2);
      expect(within(cards[0]!).getByRole('heading', { name: 'Renamed the account' })).toBeTruthy();
      expect(within(cards[1]!).getByText('Failed')).toBeTruthy();
      expect(screen.queryByRole('table')).toBeNull();

      fireEvent.click(within(cards[0]!).getByRole('button', { name: 'Show details' }));
      expect(await within(cards[0]!).findByText('Analytical Engines Ltd')).toBeTruthy();
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
