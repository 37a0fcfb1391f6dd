import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CursorListStates } from './CursorListStates';
import { LoadMoreFooter } from './LoadMoreFooter';
import { useCursorList, type CursorPage } from './useCursorList';

type Fruit = { id: string; name: string };
type Page = CursorPage<Fruit>;

function page(names: string[], hasNextPage: boolean): Page {
  return {
    edges: names.map((name) => ({ node: { id: name, name } })),
    pageInfo: { hasNextPage, endCursor: names.length ? `after-${names.at(-1)}` : null },
  };
}

type Data = { fruit: Page };

/*
 * A list over a stand-in for a generated query hook's answer (no server in a unit test):
 * `first`, `loading` and `error` are what the hook would answer; `refetch` and `fetchPage` stand
 * in for its refetch and fetchMore and record what was asked.
 */
function Fruits({
  query,
  fetchPage,
  refetch,
}: {
  query: { first?: Page; loading: boolean; error?: Error };
  fetchPage: (after: string) => Promise<Page>;
  refetch: () => Promise<unknown>;
}) {
  const list = useCursorList(
    {
      data: query.first && { fruit: query.first },
      loading: query.loading,
      error: query.error,
      refetch,
      fetchMore: async ({ variables }): Promise<{ data: Data }> => ({
        data: { fruit: await fetchPage(variables.after) },
      }),
    },
    (data: Data) => data.fruit,
  );
  return (
    <CursorListStates
      list={list}
      label="Fruit"
      errorTitle="We couldn’t load the fruit"
      emptyState={{ title: 'No fruit yet', checkAgain: true }}
    >
      <ul aria-label="Fruit">
        {list.nodes.map((fruit) => (
          <li key={fruit.id}>{fruit.name}</li>
        ))}
      </ul>
      <LoadMoreFooter summary={`Showing ${list.nodes.length}`} {...list.footer} />
      <button onClick={() => void list.reload()}>Reload</button>
    </CursorListStates>
  );
}

/** The list with a first page of two, and more after it. */
function renderFirstOfMore(fetchPage: (after: string) => Promise<Page>) {
  return render(
    <Fruits
      query={{ loading: false, first: page(['apple', 'banana'], true) }}
      fetchPage={fetchPage}
      refetch={jest.fn()}
    />,
  );
}

const names = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('useCursorList with CursorListStates', () => {
  it('shows skeleton rows while the first page loads', () => {
    render(<Fruits query={{ loading: true }} fetchPage={jest.fn()} refetch={jest.fn()} />);
    expect(screen.getByRole('status', { name: 'Loading Fruit' })).toBeTruthy();
  });

  it('shows the error in words with "Try again", which asks for the first page again', () => {
    const refetch = jest.fn(() => Promise.resolve());
    render(
      <Fruits
        query={{ loading: false, error: new TypeError('Failed to fetch') }}
        fetchPage={jest.fn()}
        refetch={refetch}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('We couldn’t load the fruit');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('says when there is nothing, with "Check again"', () => {
    const refetch = jest.fn(() => Promise.resolve());
    render(
      <Fruits
        query={{ loading: false, first: page([], false) }}
        fetchPage={jest.fn()}
        refetch={refetch}
      />,
    );
    expect(screen.getByText('No fruit yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('loads the page after the last cursor, in order, and offers no more at the end', async () => {
    const fetchPage = jest.fn((after: string) =>
      Promise.resolve(
        after === 'after-banana' ? page(['cherry', 'date'], true) : page(['elderberry'], false),
      ),
    );
    renderFirstOfMore(fetchPage);
    expect(names()).toEqual(['apple', 'banana']);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 5')).toBeTruthy();
    expect(fetchPage.mock.calls).toEqual([['after-banana'], ['after-date']]);
    expect(names()).toEqual(['apple', 'banana', 'cherry', 'date', 'elderberry']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says why a later page failed and tries it again', async () => {
    const fetchPage = jest
      .fn<Promise<Page>, [string]>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(page(['cherry'], false));
    renderFirstOfMore(fetchPage);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 3')).toBeTruthy();
    expect(fetchPage.mock.calls).toEqual([['after-banana'], ['after-banana']]);
  });

  it('starts again from the first page on reload, once it is back', async () => {
    let answerRefetch: () => void = () => undefined;
    const refetch = jest.fn(() => new Promise<void>((resolve) => (answerRefetch = resolve)));
    function Reloadable() {
      const [first, setFirst] = useState(page(['apple', 'banana'], true));
      return (
        <Fruits
          query={{ loading: false, first }}
          fetchPage={() => Promise.resolve(page(['cherry'], false))}
          refetch={() => refetch().then(() => setFirst(page(['banana', 'cherry'], false)))}
        />
      );
    }
    render(<Reloadable />);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 3')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    // Until the first page is back, the list keeps what it shows.
    expect(names()).toEqual(['apple', 'banana', 'cherry']);
    await act(async () => answerRefetch());
    expect(names()).toEqual(['banana', 'cherry']);
  });
});
