import type { ReactElement } from 'react';
import { createRoutesFromChildren, type RouteObject } from 'react-router-dom';
import { AppRoutes } from './AppRoutes';
import { appRoutes } from './routes';

/** Every path AppRoutes mounts a page at, joined with its parents' paths. */
function mountedPaths(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path =
      route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent.replace(/\/$/, '')}/${route.path}`;
    const own = route.path !== undefined || route.index === true ? [path || '/'] : [];
    return [...own, ...mountedPaths(route.children ?? [], path)];
  });
}

describe('appRoutes (the paths the server serves the app for)', () => {
  const mounted = mountedPaths(
    createRoutesFromChildren(
      (AppRoutes() as ReactElement<{ children: unknown }>).props.children as never,
    ),
  );

  it('lists exactly the paths AppRoutes has pages at (besides its client-side "not found")', () => {
    expect(mounted.filter((path) => path !== '/*').sort()).toEqual(Object.values(appRoutes).sort());
  });
});
