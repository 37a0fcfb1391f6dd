import { ApolloLink, Observable, type FetchResult } from '@apollo/client';

/**
 * The answers to the page's first GraphQL requests, which index.html's inline script started
 * before any of the app's scripts had downloaded (web/build-plugins.ts, `prefetchFirstRequests`):
 * by operation name, with the path they were asked for and, once there, the parsed answer.
 */
type Prefetched = { path: string; promise: Promise<FetchResult>; result?: FetchResult };

declare global {
  interface Window {
    __ledgerlinePrefetch?: Record<string, Prefetched | undefined>;
  }
}

/** Takes (once) what was prefetched for `operationName` on the page still being shown. */
function take(operationName: string): Prefetched | undefined {
  const store = window.__ledgerlinePrefetch;
  const entry = store?.[operationName];
  if (store === undefined || entry === undefined) return undefined;
  delete store[operationName];
  return entry.path === window.location.pathname ? entry : undefined;
}

/**
 * Forgets every prefetched answer not used yet: called when the app moves to another page, so a
 * later request never gets an answer from the page load (e.g. the Overview's figures from before
 * the first-run wizard).
 */
export function dropPrefetched(): void {
  delete window.__ledgerlinePrefetch;
}

/** Settles when index.html's request for `operationName` has its answer (or has failed). */
export function prefetchSettled(operationName: string): Promise<void> | undefined {
  return window.__ledgerlinePrefetch?.[operationName]?.promise.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The answer to `operationName` if it is already there, complete and without errors, left for
 * the request it stands for (a page's `cache-and-network` query, which then gets the same answer
 * instead of asking again) unless main.tsx takes it for the first render.
 */
export function readyPrefetched(operationName: string): Record<string, unknown> | undefined {
  const entry = window.__ledgerlinePrefetch?.[operationName];
  const result = entry?.path === window.location.pathname ? entry.result : undefined;
  if (result?.data == null || (result.errors?.length ?? 0) > 0) return undefined;
  return result.data;
}

/**
 * The answer to `operationName` if it is already there, complete and without errors (taken: it
 * serves once). main.tsx writes it into the cache before the first render, so the page shows its
 * content at once instead of "Loading…". Anything else (still on its way, an error) stays for
 * `prefetchLink`, which hands it to the request it stands for, as the server would have.
 */
export function takeReadyPrefetched(operationName: string): Record<string, unknown> | undefined {
  return readyPrefetched(operationName) === undefined
    ? undefined
    : (take(operationName)?.result?.data ?? undefined);
}

/**
 * Answers the first request for a prefetched operation (no variables) with the prefetched answer
 * instead of sending it again. If that request failed on its way (network, an HTTP error status),
 * the request is sent as usual, so errors reach the app exactly as they would have. Sits after
 * the session-ended link: a GraphQL error in the answer is handled the same way.
 */
export const prefetchLink = new ApolloLink((operation, forward) => {
  const noVariables = Object.keys(operation.variables ?? {}).length === 0;
  const entry = noVariables ? take(operation.operationName) : undefined;
  if (entry === undefined) return forward(operation);
  return new Observable<FetchResult>((observer) => {
    let forwarded: { unsubscribe: () => void } | undefined;
    let closed = false;
    entry.promise.then(
      (result) => {
        if (closed) return;
        observer.next(result);
        observer.complete();
      },
      () => {
        if (!closed) forwarded = forward(operation).subscribe(observer);
      },
    );
    return () => {
      closed = true;
      forwarded?.unsubscribe();
    };
  });
});
