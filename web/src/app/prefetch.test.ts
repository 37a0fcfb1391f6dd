import { ApolloLink, Observable, execute, gql, type FetchResult } from '@apollo/client';
import { dropPrefetched, prefetchLink, takeReadyPrefetched } from './prefetch';

/*
 * The link in front of the HTTP link, with a stand-in for the server after it (no server in a
 * unit test: the stand-in records what would have been sent and answers "sent"). What index.html
 * starts is set up as its inline script does (web/build-plugins.ts).
 */
const sent: string[] = [];
const server = new ApolloLink((operation) => {
  sent.push(operation.operationName);
  return Observable.of({ data: { from: 'network' } });
});
const link = ApolloLink.from([prefetchLink, server]);

const run = (query: string, variables: Record<string, unknown> = {}) =>
  new Promise<FetchResult>((resolve, reject) => {
    execute(link, { query: gql(query), variables }).subscribe({ next: resolve, error: reject });
  });

function prefetched(name: string, promise: Promise<FetchResult>, path = window.location.pathname) {
  const entry: { path: string; promise: Promise<FetchResult>; result?: FetchResult } = {
    path,
    promise,
  };
  void promise.then((result) => (entry.result = result)).catch(() => undefined);
  window.__ledgerlinePrefetch = { ...window.__ledgerlinePrefetch, [name]: entry };
}

beforeEach(() => {
  sent.length = 0;
  dropPrefetched();
});

it('answers the first request with the prefetched answer, and sends later ones', async () => {
  prefetched('Viewer', Promise.resolve({ data: { from: 'prefetch' } }));
  expect(await run('query Viewer { from }')).toEqual({ data: { from: 'prefetch' } });
  expect(sent).toEqual([]);
  expect(await run('query Viewer { from }')).toEqual({ data: { from: 'network' } });
  expect(sent).toEqual(['Viewer']);
});

it('hands GraphQL errors on as the server sent them', async () => {
  const answer = { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
  prefetched('Viewer', Promise.resolve(answer as FetchResult));
  expect(await run('query Viewer { from }')).toEqual(answer);
  expect(sent).toEqual([]);
});

it('sends the request itself when the prefetch failed (network, HTTP status)', async () => {
  prefetched('Viewer', Promise.reject(new Error('HTTP 503')));
  expect(await run('query Viewer { from }')).toEqual({ data: { from: 'network' } });
  expect(sent).toEqual(['Viewer']);
});

it('ignores what was prefetched for another page, for other operations, or with variables', async () => {
  prefetched('Viewer', Promise.resolve({ data: { from: 'prefetch' } }), '/elsewhere');
  prefetched('Overview', Promise.resolve({ data: { from: 'prefetch' } }));
  await run('query Viewer { from }');
  await run('query Other { from }');
  await run('query Overview($a: Int) { from }', { a: 1 });
  expect(sent).toEqual(['Viewer', 'Other', 'Overview']);
});

it('forgets everything once dropped (the app moved to another page)', async () => {
  prefetched('Viewer', Promise.resolve({ data: { from: 'prefetch' } }));
  dropPrefetched();
  await run('query Viewer { from }');
  expect(sent).toEqual(['Viewer']);
});

it('gives a complete answer without errors to the first render once, and nothing else', async () => {
  prefetched('Viewer', Promise.resolve({ data: { viewer: null } }));
  prefetched(
    'Overview',
    Promise.resolve({ data: null, errors: [{ message: 'no' }] } as FetchResult),
  );
  expect(takeReadyPrefetched('Viewer')).toBeUndefined(); // not there yet
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(takeReadyPrefetched('Viewer')).toEqual({ viewer: null });
  expect(takeReadyPrefetched('Viewer')).toBeUndefined();
  expect(takeReadyPrefetched('Overview')).toBeUndefined();
  // The failed one is still there for the request, which hands its errors on.
  expect(await run('query Overview { from }')).toEqual({ data: null, errors: [{ message: 'no' }] });
});
