import { expect, test, type Page } from '@playwright/test';
import { desktop, phone, signInWithDevelopmentProvider } from './helpers';

/**
 * A full page load asks each of its GraphQL questions once. index.html's inline script starts
 * `Viewer` on every page behind sign-in and, on `/`, the Overview's own query, before any script
 * has downloaded (web/build-plugins.ts, `prefetchFirstRequests`); the app takes those answers
 * (web/src/app/prefetch.ts) and, with both in the cache for the first render, keeps its
 * `cache-and-network` queries from asking again until the first commit (web/src/main.tsx,
 * `disableNetworkFetches`). If either stopped working, the page would still show, only after the
 * same questions were asked twice and the page rendered twice: nothing but these counts sees it.
 */

type GraphqlRequest = {
  operationName: string;
  /** Sent by index.html's inline script rather than by the app's scripts. */
  early: boolean;
};

type CdpRequestWillBeSent = {
  requestId: string;
  documentURL: string;
  request: {
    url: string;
    method: string;
    postData?: string;
    postDataEntries?: { bytes?: string }[];
  };
  initiator: { stack?: { callFrames: { url: string }[] } };
};

/**
 * Every request to /graphql `page` sends from now on, with its operation name (the JSON body of a
 * POST, the query string of a GET) and who sent it. Chromium's DevTools protocol names the script
 * that called `fetch`: the document itself for index.html's inline script, a file under /assets/
 * for the app's (Apollo's) requests. `earlyAnswered` settles once index.html's requests have
 * their answers (or have failed).
 */
async function recordGraphql(
  page: Page,
): Promise<{ sent: GraphqlRequest[]; earlyAnswered: Promise<void> }> {
  const sent: GraphqlRequest[] = [];
  const earlyPending = new Set<string>();
  let answered = () => {};
  const earlyAnswered = new Promise<void>((resolve) => (answered = resolve));
  const devtools = await page.context().newCDPSession(page);
  devtools.on('Network.requestWillBeSent', (event: CdpRequestWillBeSent) => {
    const { requestId, request, initiator, documentURL } = event;
    const url = new URL(request.url);
    if (url.pathname !== '/graphql') return;
    let operationName = url.searchParams.get('operationName');
    if (request.method === 'POST') {
      const body =
        request.postData ??
        (request.postDataEntries ?? [])
          .map(({ bytes }) => Buffer.from(bytes ?? '', 'base64').toString())
          .join('');
      operationName = (JSON.parse(body) as { operationName?: string }).operationName ?? null;
    }
    const caller = initiator.stack?.callFrames.find((frame) => frame.url !== '')?.url;
    const early = caller === documentURL;
    if (early) earlyPending.add(requestId);
    sent.push({ operationName: operationName ?? '(anonymous)', early });
  });
  // The inline script sends all its requests at once, long before the first answer is back.
  const settle = ({ requestId }: { requestId: string }) => {
    if (earlyPending.delete(requestId) && earlyPending.size === 0) answered();
  };
  devtools.on('Network.loadingFinished', settle);
  devtools.on('Network.loadingFailed', settle);
  await devtools.send('Network.enable');
  return { sent, earlyAnswered };
}

/** How many times each operation was sent. */
function timesSent(sent: readonly GraphqlRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { operationName } of sent) counts[operationName] = (counts[operationName] ?? 0) + 1;
  return counts;
}

/** Each operation sent once: what `timesSent` gives for a load without repeats. */
function onceEach(sent: readonly GraphqlRequest[]): Record<string, number> {
  return Object.fromEntries(sent.map(({ operationName }) => [operationName, 1]));
}

const names = (sent: readonly GraphqlRequest[], early: boolean) =>
  sent
    .filter((request) => request.early === early)
    .map(({ operationName }) => operationName)
    .sort();

/**
 * A full page load of `path` in a new tab of the signed-in browser (nothing of an earlier load in
 * its memory), at `viewport`, recorded until the network has been idle for half a second.
 *
 * The app's scripts are held back until index.html's requests have answered. That is the usual
 * case, in which main.tsx puts the answers in the cache for the first render and keeps the page's
 * queries from asking again; on a busy machine the answers can miss main.tsx's 300 ms, the page
 * then waits for them as its requests instead, and these checks would pass without checking that.
 * Pages behind sign-in only: elsewhere index.html sends nothing and the scripts would wait for good.
 */
async function firstLoad(
  signedIn: Page,
  path: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; sent: GraphqlRequest[] }> {
  const page = await signedIn.context().newPage();
  await page.setViewportSize(viewport);
  const { sent, earlyAnswered } = await recordGraphql(page);
  await page.route('**/assets/*.js', async (route) => {
    await earlyAnswered;
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.unrouteAll();
  return { page, sent };
}

/** index.html's answers that the app has not taken (yet): none once a page has used them. */
function untakenEarlyAnswers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys((window as { __ledgerlinePrefetch?: object }).__ledgerlinePrefetch ?? {}),
  );
}

test('the Overview’s first load asks for the viewer and its figures once, from index.html, and asks again when opened later', async ({
  page,
}) => {
  await page.goto('/');
  await signInWithDevelopmentProvider(page, 'fran@example.com', 'Fran Firstload');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();

  for (const [label, viewport] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    await test.step(`full load of / at ${label} width`, async () => {
      const { page: overview, sent } = await firstLoad(page, '/', viewport);
      const main = overview.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(main.getByRole('heading', { name: 'Current plan' })).toBeVisible();
      await expect(main.getByText('Amount due', { exact: true })).toBeVisible();
      await overview.waitForLoadState('networkidle');

      expect(timesSent(sent), 'each GraphQL operation of the load is sent once').toEqual(
        onceEach(sent),
      );
      expect(names(sent, true), 'index.html asks for the viewer and the Overview').toEqual([
        'Overview',
        'Viewer',
      ]);
      const fromApp = names(sent, false);
      expect(fromApp, 'the app takes index.html’s answers instead of asking again').not.toContain(
        'Overview',
      );
      expect(fromApp, 'the app takes index.html’s answers instead of asking again').not.toContain(
        'Viewer',
      );
      expect(await untakenEarlyAnswers(overview), 'index.html’s answers were used').toEqual([]);

      if (label === 'desktop') {
        // Network fetches are on again after the first render: the Overview, opened again from
        // the navigation, asks for its figures (`cache-and-network`) although they are cached.
        sent.length = 0;
        const navigation = overview.getByRole('navigation', { name: 'Main' });
        await navigation.getByRole('link', { name: 'Plans', exact: true }).click();
        await expect(main.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
        await navigation.getByRole('link', { name: 'Overview', exact: true }).click();
        await expect(main.getByRole('heading', { name: 'Current plan' })).toBeVisible();
        await expect
          .poll(() => names(sent, false), {
            message: 'the Overview asks for its figures again when opened later',
          })
          .toContain('Overview');
        expect(names(sent, true)).toEqual([]);
      }
      await overview.close();
    });
  }

  await test.step('full load of a page without an early query of its own', async () => {
    const { page: invoices, sent } = await firstLoad(page, '/billing/invoices', desktop);
    await expect(
      invoices.getByRole('main').getByRole('heading', { level: 1, name: 'Invoices' }),
    ).toBeVisible();
    await invoices.waitForLoadState('networkidle');
    expect(timesSent(sent), 'each GraphQL operation of the load is sent once').toEqual(
      onceEach(sent),
    );
    expect(names(sent, true), 'index.html asks for the viewer only').toEqual(['Viewer']);
    expect(names(sent, false), 'the page asks for its own figures').not.toEqual([]);
    expect(names(sent, false)).not.toContain('Viewer');
    await invoices.close();
  });
});
