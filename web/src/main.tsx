import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPageAt } from './app/AppRoutes';
import { createApolloClient } from './app/apolloClient';
import type { PrefetchedQueries } from './app/lazyPage';
import { prefetchSettled, readyPrefetched, takeReadyPrefetched } from './app/prefetch';
import { signInPath } from './app/signInLinks';
import { ViewerDocument } from './graphql/generated';
import { warmUpDates } from './components/dates';

/** The app's GraphQL client; made in start(), before anything renders. */
let client: ApolloClient<NormalizedCacheObject>;

function makeClient() {
  return createApolloClient({
    onUnauthenticated: () => {
      const { pathname, search } = window.location;
      if (pathname === '/sign-in' || pathname.startsWith('/sign-in/')) return;
      // A full page load, so nothing cached for the ended session survives.
      window.location.assign(signInPath(pathname + search));
    },
  });
}

/** Runs `work` in a task of its own, after what is queued now. */
const inOwnTask = <T,>(work: () => T) =>
  new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });

/**
 * How long the first render may wait for the page's script and index.html's early answers
 * (`Viewer`, and the page's own query: prefetch.ts). When they are there in time, which is usual,
 * the first render is the page itself: no "Loading your account…" or "Loading the page…" in
 * between, and one render instead of three. Past this, the frame shows with its loading state as
 * before. Until the first render a page in the signed-in frame shows the frame's app bar, which
 * index.html draws by itself; other pages are blank.
 */
const firstRenderWaitMs = 300;

/** Queries created from here on ask the server again as their fetch policy says. */
const enableNetworkFetches = () => {
  client.disableNetworkFetches = false;
};

/** Runs `run` once the first render is on the screen. */
function AfterFirstCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start(container: HTMLElement) {
  // The page's own script downloads while the app starts and asks who is signed in.
  let pageQueries: PrefetchedQueries = {};
  const page = preloadPageAt(window.location.pathname).then((queries) => {
    pageQueries = queries;
    return Promise.all(Object.keys(queries).map((name) => prefetchSettled(name)));
  });
  const waited = Promise.race([
    Promise.all([page, prefetchSettled('Viewer')]),
    new Promise((resolve) => setTimeout(resolve, firstRenderWaitMs)),
  ]);
  // While the answers travel, the app's set-up runs in tasks of its own rather than in one long
  // one with the scripts' start-up (the browser stays responsive: Lighthouse's total blocking
  // time): the GraphQL client and its cache, then the locale data dates are written with.
  client = await inOwnTask(makeClient);
  await inOwnTask(warmUpDates);
  await waited;
  // Who is signed in and the page's own figures, if index.html's early requests have answered:
  // written to the cache, the first render shows them at once.
  const viewer = takeReadyPrefetched('Viewer');
  if (viewer !== undefined) client.writeQuery({ query: ViewerDocument, data: viewer });
  const pageAnswers = Object.entries(pageQueries).map(([name, query]) => {
    const data = readyPrefetched(name);
    if (data !== undefined) client.writeQuery({ query, data });
    return data !== undefined;
  });
  // Every answer the page starts with is in the cache, fresh from this page load: its
  // `cache-and-network` queries take them as they are during the first render instead of asking
  // again (Apollo turns them into `cache-first` until the first commit). Without this, each would
  // get the same answer once more and render the page a second time right after the first paint
  // (Lighthouse's total blocking time). The answers are taken, so no later request (a refetch)
  // gets them instead of a fresh one.
  const firstAnswersCached =
    viewer !== undefined && pageAnswers.length > 0 && pageAnswers.every(Boolean);
  if (firstAnswersCached) {
    for (const name of Object.keys(pageQueries)) takeReadyPrefetched(name);
    client.disableNetworkFetches = true;
  }
  // A transition: React renders the first screen in slices and lets the browser handle input
  // between them, instead of one long task (Lighthouse's total blocking time).
  startTransition(() => {
    createRoot(container).render(
      <StrictMode>
        <App client={client} />
        <AfterFirstCommit run={enableNetworkFetches} />
      </StrictMode>,
    );
  });
}

void start(root);
