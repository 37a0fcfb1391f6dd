import { lazy, type ComponentType } from 'react';

/** A page component loaded on first use, whose script can also be fetched ahead (`preload`). */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

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
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (loading ??= load().then((module) => ({ default: pick(module) })));
  return Object.assign(lazy(preload), { preload });
}
