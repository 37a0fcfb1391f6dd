import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { billingAdminViewer as admin } from '../../../app/viewer.fixture';
import { ViewerProvider } from '../../../app/ViewerContext';
import {
  InvoicesDocument,
  type InvoiceFilter,
  type InvoiceOrder,
  type InvoicesQuery,
} from '../../../graphql/generated';
import { InvoicesRoutes } from './Routes';

type InvoiceNode = InvoicesQuery['invoices']['edges'][number]['node'];

const eur = (amount: number, formatted: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'EUR',
  formatted,
});

function invoice(id: string, number: string, fields: Partial<InvoiceNode> = {}): InvoiceNode {
  return {
    __typename: 'Invoice',
    id,
    number,
    status: 'PAID',
    issuedAt: '2026-03-01T09:00:00.000Z',
    periodStart: '2026-03-01T09:00:00.000Z',
    periodEnd: '2026-04-01T09:00:00.000Z',
    total: eur(3213, '€32.13'),
    amountDue: eur(0, '€0.00'),
    ...fields,
  };
}

const march = invoice('inv_3', 'INV-2026-03-00007', {
  status: 'OPEN',
  amountDue: eur(3213, '€32.13'),
});
const february = invoice('inv_2', 'INV-2026-02-00004', { issuedAt: '2026-02-01T09:00:00.000Z' });
const voided = invoice('inv_1', 'INV-2026-01-00001', {
  status: 'VOID',
  issuedAt: '2026-01-01T09:00:00.000Z',
  periodStart: null,
  periodEnd: null,
});

function answer(
  filter: InvoiceFilter,
  invoices: InvoiceNode[],
  page: { after?: string; hasNextPage?: boolean; order?: InvoiceOrder } = {},
): MockedResponse<InvoicesQuery> {
  return {
    request: {
      query: InvoicesDocument,
      variables: {
        filter,
        order: page.order ?? 'NEWEST_FIRST',
        first: 25,
        after: page.after ?? null,
      },
    },
    result: {
      data: {
        __typename: 'Query',
        invoices: {
          __typename: 'InvoiceConnection',
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: page.hasNextPage ?? false,
            endCursor: invoices.length ? `cursor-${invoices.at(-1)!.id}` : null,
          },
          edges: invoices.map((node) => ({
            __typename: 'InvoiceEdge',
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

// MockedProvider answers the invoices query as schema.graphql describes it (a cursor connection),
// for exactly the filter, order and cursor each test expects the page to send.
function renderAt(path: string, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={admin}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/billing/invoices/*" element={<InvoicesRoutes />} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

const location = () => screen.getByTestId('location').textContent;

/** Each data row of the grid as the texts of its cells. */
function gridRows(): string[][] {
  const grid = screen.getByRole('grid', { name: 'Invoices' });
  return within(grid)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('gridcell').length > 0)
    .map((row) =>
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent ?? ''),
    );
}

function phoneWidth() {
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
  return () => {
    window.matchMedia = matchMedia;
  };
}

describe('invoices page', () => {
  it('lists invoices with number, dates, status and amounts, newest first', async () => {
    renderAt('/billing/invoices', [answer({}, [march, february, voided])]);

    expect(screen.getByRole('status', { name: 'Loading invoices' })).toBeTruthy();
    await screen.findByRole('grid', { name: 'Invoices' });
    const [first, second, third] = gridRows();
    expect(first?.[0]).toBe('INV-2026-03-00007');
    expect(first?.[3]).toBe('Open');
    expect(first?.slice(4)).toEqual(['€32.13', '€32.13']);
    expect(second?.[3]).toBe('Paid');
    expect(second?.[5]).toBe('€0.00');
    expect(third?.[2]).toBe('—');
    expect(third?.[3]).toBe('Void');
    expect(screen.getByRole('link', { name: 'INV-2026-03-00007' }).getAttribute('href')).toBe(
      '/billing/invoices/inv_3',
    );
  });

  it('asks the server for the next page rather than sorting or paging in the browser', async () => {
    const firstPage = Array.from({ length: 25 }, (_, index) =>
      invoice(`inv_${100 - index}`, `INV-2026-03-${String(100 - index).padStart(5, '0')}`),
    );
    renderAt('/billing/invoices', [
      answer({}, firstPage, { hasNextPage: true }),
      answer({}, [voided], { after: 'cursor-inv_76' }),
      answer({}, [voided], { order: 'OLDEST_FIRST' }),
    ]);
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(gridRows()).toHaveLength(25);

    fireEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => expect(gridRows()).toHaveLength(1));
    expect(gridRows()[0]?.[0]).toBe('INV-2026-01-00001');
    expect(screen.getByText('26–26 of 26')).toBeTruthy();

    // Back to the first page: already fetched, not asked again.
    fireEvent.click(screen.getByRole('button', { name: /previous page/i }));
    await waitFor(() => expect(gridRows()).toHaveLength(25));

    fireEvent.click(screen.getByRole('columnheader', { name: /Issued/ }));
    await waitFor(() => expect(location()).toBe('/billing/invoices?order=oldest'));
    await waitFor(() => expect(gridRows()).toHaveLength(1));
  });

  it('filters by status and a typed number, in the address bar', async () => {
    renderAt('/billing/invoices', [
      answer({}, [march, february]),
      answer({ status: 'OPEN' }, [march]),
      answer({ status: 'OPEN', number: '00007' }, [march]),
    ]);
    await screen.findByRole('grid', { name: 'Invoices' });

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Open' }));
    expect(location()).toBe('/billing/invoices?status=open');
    await waitFor(() => expect(gridRows()).toHaveLength(1));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Invoice number' }), {
      target: { value: '00007' },
    });
    // The number applies once typing pauses (useDebouncedDraft); on a busy machine the grid's
    // re-render after it can take longer than waitFor's default second.
    await waitFor(() => expect(location()).toBe('/billing/invoices?status=open&number=00007'), {
      timeout: 5_000,
    });
    await waitFor(() => expect(gridRows()).toHaveLength(1));
  });

  it('applies the UTC days of a shared link and offers to clear filters when nothing matches', async () => {
    renderAt('/billing/invoices?from=2026-01-01&to=2026-01-31', [
      answer({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T23:59:59.999Z' }, []),
      answer({}, [march]),
    ]);

    expect(await screen.findByText('No invoices match these filters')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(location()).toBe('/billing/invoices');
  });

  it('points a new account to the plans when it has no invoices yet', async () => {
    renderAt('/billing/invoices', [answer({}, [])]);

    expect(await screen.findByText('No invoices yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See plans' }).getAttribute('href')).toBe(
      '/billing/plans',
    );
  });

  it('says what went wrong and loads again on retry', async () => {
    renderAt('/billing/invoices', [
      {
        request: {
          query: InvoicesDocument,
          variables: { filter: {}, order: 'NEWEST_FIRST', first: 25, after: null },
        },
        result: {
          errors: [
            new GraphQLError('Something went wrong on our side.', {
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            }),
          ],
        },
      },
      answer({}, [march]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('We couldn’t load your invoices')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('grid', { name: 'Invoices' });
  });

  it('shows cards and "Load more" on a phone', async () => {
    const restore = phoneWidth();
    try {
      renderAt('/billing/invoices', [
        answer({}, [march, february], { hasNextPage: true }),
        answer({}, [voided], { after: 'cursor-inv_2' }),
      ]);
      const list = await screen.findByRole('list', { name: 'Invoices' });
      expect(within(list).getAllByRole('article')).toHaveLength(2);
      expect(screen.queryByRole('grid')).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('list', { name: 'Invoices' })).getAllByRole('article'),
        ).toHaveLength(3),
      );
      expect(screen.getByText('Showing 3 invoices, all there are')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    } finally {
      restore();
    }
  });
});
