import type { DocumentNode } from 'graphql';
import { lazy, type ComponentType } from 'react';

/**
 * Queries a page module lists as `export const prefetchedQueries`, by operation name: those that
 * index.html starts for its path (web/build-plugins.ts, `prefetchedOperations`), which main.tsx
 * writes into the cache before the first render. Each must be one the page asks for as it
 * mounts, with `cache-and-network`: if the answers were there for the first render, that render
 * takes them from the cache as they are (main.tsx); otherwise the request takes the prefetched
 * answer when it comes (prefetch.ts).
 */
export type PrefetchedQueries = Readonly<Record<string, DocumentNode>>;

/** A page component loaded on first use, whose script can also be fetched ahead (`preload`). */
export type LazyPage = ComponentType & {
  /** Resolves, once the script is there, with the queries the page has prefetched. */
  preload: () => Promise<{ prefetchedQueries: PrefetchedQueries }>;
};

/**
 * A page in a script of its own (route-level code splitting): `load` is a dynamic `import()` of
 * the page's module, `pick` its component. The first render suspends until the script is there
 * (AppLayout and App show a light fallback meanwhile); `preload()` starts the download earlier,
 * e.g. at start-up for the page being opened, alongside the first request.
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
): LazyPage {
  let loading:
    Promise<{ default: ComponentType; prefetchedQueries: PrefetchedQueries }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => ({
      default: pick(module),
      prefetchedQueries:
        (module as { prefetchedQueries?: PrefetchedQueries }).prefetchedQueries ?? {},
    })));
  return Object.assign(lazy(preload), { preload });
}
