import { describeError } from '../app/graphqlErrors';
import { useLoadMore } from './useLoadMore';

/** The shape every cursor connection in the schema has. */
export type CursorPage<Node> = {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** What a list shows: its first page is loading, failed, has nothing, or is ready. */
export type CursorListStatus = 'loading' | 'error' | 'empty' | 'ready';

export type CursorList<Node> = {
  status: CursorListStatus;
  /** The first page's error, in words (status `error`). */
  errorText: string;
  /** Every node of the pages loaded so far, in order. */
  nodes: Node[];
  /** The first page fetched again; later pages are dropped once it is back. */
  reload: () => Promise<void>;
  /** For LoadMoreFooter. */
  footer: { hasMore: boolean; loading: boolean; error: string | null; onLoadMore: () => void };
};

/** What a generated query hook answers (useFailedJobsQuery…), as far as a list needs it. */
export type CursorQuery<Data> = {
  data?: Data;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
  /** Apollo's fetchMore: the same query with these variables changed. */
  fetchMore: (options: { variables: { after: string } }) => Promise<{ data: NoInfer<Data> }>;
};

/**
 * A cursor-paginated list of a generated query (`connectionOf` picks the connection out of its
 * data): its state, its nodes across the pages loaded ("Load more" asks for the page after the
 * last cursor and keeps it, in order, with a readable error if that fails), and a reload that
 * starts again from the first page. A new filter should mount a new list (a `key`).
 */
export function useCursorList<Data, Page extends CursorPage<unknown>>(
  query: CursorQuery<Data>,
  connectionOf: (data: Data) => Page | null,
  {
    describe = describeError,
  }: {
    /** How the first page's error reads (default: describeError). */
    describe?: (error: unknown) => string;
  } = {},
): CursorList<Page['edges'][number]['node']> {
  const { later, loadMore, loadingMore, loadMoreError, reset } = useLoadMore<Page | null>(
    async (after) => connectionOf((await query.fetchMore({ variables: { after } })).data),
  );
  const first = query.data === undefined ? null : connectionOf(query.data);
  const pages = first === null ? [] : [first, ...later.filter((page) => page !== null)];
  const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages.at(-1);
  const status: CursorListStatus =
    first === null ? (query.loading ? 'loading' : 'error') : nodes.length === 0 ? 'empty' : 'ready';
  return {
    status,
    errorText: status === 'error' ? describe(query.error) : '',
    nodes,
    reload: async () => {
      await query.refetch();
      reset();
    },
    footer: {
      hasMore: last?.pageInfo.hasNextPage ?? false,
      loading: loadingMore,
      error: loadMoreError,
      onLoadMore: () => void loadMore(last?.pageInfo.endCursor),
    },
  };
}
