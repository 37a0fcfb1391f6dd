import { useState } from 'react';
import { describeError } from '../app/graphqlErrors';

/**
 * The pages of a cursor connection after its first: "Load more" fetches the page after a cursor
 * and keeps it, in order, with a readable error if that fails. A new filter should mount a new
 * list (a `key`), which starts again from the first page.
 */
export function useLoadMore<Page>(fetchPage: (after: string) => Promise<Page>) {
  const [later, setLater] = useState<Page[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const loadMore = async (after: string | null | undefined): Promise<void> => {
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      const page = await fetchPage(after);
      setLater((pagesSoFar) => [...pagesSoFar, page]);
    } catch (failure) {
      setLoadMoreError(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  /** Forgets the later pages (after the first page was fetched again). */
  const reset = () => {
    setLater([]);
    setLoadMoreError(null);
  };

  return { later, loadMore, loadingMore, loadMoreError, reset };
}
