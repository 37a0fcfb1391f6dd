import { MockedProvider } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import {
  createRoutesFromChildren,
  MemoryRouter,
  Route,
  Routes,
  type RouteObject,
} from 'react-router-dom';
import { createCache } from '../apolloClient';
import { AppRoutes, BackOfficeFrame } from '../AppRoutes';
import { appRoutes } from '../routes';
import { billingAdminViewer as customer, operatorViewer as operator } from '../viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../ViewerContext';
import { BackOfficeLayout } from './BackOfficeLayout';
import { backOfficeNavigationItems } from './navigation';

/**
 * Whether a route's element is (or wraps, as AuthGuard and Suspense do) the back office's layout,
 * as AppRoutes mounts it: loaded on first use (BackOfficeFrame).
 */
function rendersBackOfficeLayout(element: ReactNode): boolean {
  if (!isValidElement(element)) return false;
  if (element.type === BackOfficeLayout || element.type === BackOfficeFrame) return true;
  return rendersBackOfficeLayout(
    (element as ReactElement<{ children?: ReactNode }>).props.children,
  );
}

/** Every path AppRoutes mounts, with whether the back-office layout is above it. */
function mountedPaths(routes: RouteObject[], gated = false): { path: string; gated: boolean }[] {
  return routes.flatMap((route) => {
    const inside = gated || rendersBackOfficeLayout(route.element);
    const own = route.path === undefined ? [] : [{ path: route.path, gated: inside }];
    return [...own, ...mountedPaths(route.children ?? [], inside)];
  });
}

// MockedProvider without answers: the shell's own queries (bell, account switcher) stay loading;
// what is checked here is which page the layout lets through.
function renderLayoutAt(viewer: SignedInViewer) {
  return render(
    <MockedProvider mocks={[]} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={['/operator/jobs']}>
          <Routes>
            <Route element={<BackOfficeLayout />}>
              <Route path="/operator/jobs" element={<p>Failed jobs page</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('BackOfficeLayout (the one gate of the back office)', () => {
  it('is above every back-office route, so no page needs a gate of its own', () => {
    const mounted = mountedPaths(
      createRoutesFromChildren(
        (AppRoutes() as ReactElement<{ children: unknown }>).props.children as never,
      ),
    );
    const backOffice = mounted.filter(({ path }) => path.startsWith(appRoutes.operatorHome));
    expect(backOffice.map(({ path }) => path).sort()).toEqual(
      Object.values(appRoutes)
        .filter((path) => path.startsWith(appRoutes.operatorHome))
        .sort(),
    );
    expect(backOffice.filter(({ gated }) => !gated)).toEqual([]);
    // Nothing else is inside it, and its navigation leads only to gated pages (or out of it).
    expect(
      mounted.filter(({ gated, path }) => gated && !backOffice.some((b) => b.path === path)),
    ).toEqual([]);
    for (const item of backOfficeNavigationItems.filter((i) => i.path !== '/')) {
      expect(backOffice.some(({ path }) => path.replace('/*', '') === item.path)).toBe(true);
    }
  });

  it('shows a customer why the back office is closed, and not the page', () => {
    renderLayoutAt(customer);
    expect(screen.getByText('This page is for the vendor’s operators')).toBeTruthy();
    expect(screen.queryByText('Failed jobs page')).toBeNull();
  });

  it('asks an operator without two-factor sign-in to turn it on first, and not the page', () => {
    renderLayoutAt({ ...operator, isOperator: false, operatorNeedsTwoFactor: true });
    expect(screen.getByText('Turn on two-factor sign-in to use the back office')).toBeTruthy();
    expect(screen.queryByText('Failed jobs page')).toBeNull();
  });

  it('shows an operator the page', () => {
    renderLayoutAt(operator);
    expect(screen.getByText('Failed jobs page')).toBeTruthy();
    expect(screen.queryByText('This page is for the vendor’s operators')).toBeNull();
  });
});
