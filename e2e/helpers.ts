import { expect, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Screenshots are test artifacts (git-ignored), kept for people to look at after a run. */
export const artifactsDir = 'e2e/artifacts';
mkdirSync(artifactsDir, { recursive: true });

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/**
 * Waits until the page has drawn what it shows now: two animation frames (React committed and the
 * browser laid out and painted), then no finite CSS transition or animation still running (a menu
 * fading in, a drawer sliding, the layout switching at a breakpoint). Endless ones (skeleton
 * shimmer, progress spinners) are not waited for, nor, beyond a second, a transition restarted on
 * every frame (the guided tour's highlight follows its target), which never ends.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getComputedTiming().iterations === Infinity,
          ),
      undefined,
      { timeout: 1_000 },
    )
    .catch(() => undefined);
}

/**
 * Full-page screenshots at desktop and phone width. `fullPage: false` captures what the person
 * sees: a dialog is fixed to the viewport, which a full-page capture paints halfway down a long
 * page.
 */
export async function screenshots(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  const original = page.viewportSize();
  for (const [label, size] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    await page.setViewportSize(size);
    await settled(page);
    await page.screenshot({ path: `${artifactsDir}/${name}-${label}.png`, fullPage });
  }
  if (original !== null) await page.setViewportSize(original);
}

/**
 * Signs in through the development provider from the sign-in page, as a person would: the
 * button, the provider's own form, back to the app.
 *
 * A first sign-in creates an account whose Billing Admin is taken to the first-run wizard, and
 * everyone is offered the guided tour on Overview. Specs about other pages put both away, as a
 * returning person would have (`firstRun: 'put-off'`, the default); onboarding.spec.ts keeps them.
 */
export async function signInWithDevelopmentProvider(
  page: Page,
  email: string,
  name: string,
  { firstRun = 'put-off' }: { firstRun?: 'put-off' | 'keep' } = {},
): Promise<void> {
  await page.getByRole('button', { name: /development sign-in/i }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (firstRun === 'keep') return;
  // Back from the provider: the session cookie is set.
  await page.waitForURL((url) => !/^\/(dev-oidc|auth)\//.test(url.pathname));
  await putOffFirstRun(page);
}

/**
 * "Skip for now" for a new account and "Don't show again" for the tour, through the API; then
 * the page is brought up to date (the app may have read the viewer before they landed). Either
 * may be refused (a Billing User cannot skip an account's set-up; a sign-in still owing its
 * second factor can do neither): then there is nothing to put off yet.
 */
export async function putOffFirstRun(page: Page): Promise<void> {
  for (const query of ['mutation { skipOnboarding { id } }', 'mutation { dismissTour }']) {
    await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query },
    });
  }
  // Wait until the app settled: a page in the shell, the wizard, or a page outside the shell.
  await page.waitForFunction(() => {
    const path = window.location.pathname;
    if (path === '/welcome') return document.querySelector('form') !== null;
    if (path.startsWith('/sign-in') || path.startsWith('/invite')) return true;
    return document.getElementById('main') !== null;
  });
  const path = new URL(page.url()).pathname;
  if (path === '/welcome') {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.waitForURL((url) => url.pathname !== '/welcome');
  } else if (!path.startsWith('/sign-in') && !path.startsWith('/invite')) {
    await page.reload();
  }
}

/** The operator the e2e server is started with (OPERATOR_EMAILS in playwright.config.ts). */
export const operator = { email: 'operator@vendor.example', name: 'Olga Operator' };

/**
 * Signs `page` in as the operator, starting at `path` (the sign-in page sends them back there;
 * `/operator` leads on to the back office's first page), and waits for the page's heading.
 */
export async function signInAsOperator(page: Page, path = '/operator'): Promise<void> {
  await page.goto(path);
  await signInWithDevelopmentProvider(page, operator.email, operator.name);
  await expect(page).toHaveURL((url) => url.pathname.startsWith(path));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The operator signed in in a browser context of their own; close it with `.context().close()`. */
export async function newOperatorPage(browser: Browser, path = '/operator'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsOperator(page, path);
  return page;
}

/** A GraphQL request from the signed-in page's own session (same origin, JSON: passes CSRF). */
export async function graphql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Billing details as `updateBillingDetails` takes them: what a subscription needs to start. */
export type BillingDetailsInput = {
  legalName: string;
  billingEmail: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
};

/** What `startSubscription` answers: its outcome, and the invoice it issued (none for a trial). */
export type StartAnswer = { outcome: string; invoice: { id: string } | null };

/**
 * Saves the account's billing details and starts a monthly Basic trial in EUR, through the API.
 * Free includes one seat and Basic three: a test that invites people needs the trial first.
 * `billingDetails` null: the account has them already (a spec that adds them in the page, as a
 * person does), and only the trial is started.
 */
export async function startBasicTrial(
  page: Page,
  billingDetails: BillingDetailsInput | null,
  idempotencyKey: string,
): Promise<StartAnswer> {
  if (billingDetails !== null) {
    await graphql(
      page,
      `
        mutation ($input: UpdateBillingDetailsInput!) {
          updateBillingDetails(input: $input) {
            legalName
          }
        }
      `,
      { input: billingDetails },
    );
  }
  const started = await graphql<{ startSubscription: StartAnswer }>(
    page,
    `
      mutation ($input: StartSubscriptionInput!) {
        startSubscription(input: $input) {
          outcome
          invoice {
            id
          }
        }
      }
    `,
    {
      input: { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey },
    },
  );
  return started.startSubscription;
}

/** Ends the account's subscription at once, through the API. */
export async function cancelSubscriptionNow(page: Page, idempotencyKey: string): Promise<void> {
  await graphql(
    page,
    `
      mutation ($key: String!) {
        cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: $key }) {
          outcome
        }
      }
    `,
    { key: idempotencyKey },
  );
}

/** An invoice of the signed-in account, open: nothing paid on it yet. */
export type OpenInvoice = {
  id: string;
  number: string;
  status: string;
  total: { amount: number; formatted: string };
  amountDue: { amount: number; formatted: string };
  lines: { description: string; proration: boolean }[];
};

/**
 * Gives the signed-in Billing Admin's new account an open invoice, through the API: billing
 * details saved and Basic's trial started (no invoice), the trial ended at once, and Basic started
 * again (no trial the second time), which bills the first month now. The idempotency keys are
 * `${run}-trial`, `${run}-end` and `${run}-paid`: a later request of the test needs another key.
 * `billingDetails` null: the account has them already (see startBasicTrial).
 */
export async function openFirstInvoice(
  page: Page,
  billingDetails: BillingDetailsInput | null,
  run: string,
): Promise<OpenInvoice> {
  const trial = await startBasicTrial(page, billingDetails, `${run}-trial`);
  expect(trial, "Basic's first start is a trial, which bills nothing").toEqual({
    outcome: 'TRIAL_STARTED',
    invoice: null,
  });
  await cancelSubscriptionNow(page, `${run}-end`);
  const started = await graphql<{ startSubscription: { invoice: OpenInvoice | null } }>(
    page,
    `
      mutation ($key: String!) {
        startSubscription(
          input: {
            planCode: "basic"
            interval: MONTH
            currency: "EUR"
            seats: 1
            idempotencyKey: $key
          }
        ) {
          invoice {
            id
            number
            status
            total {
              amount
              formatted
            }
            amountDue {
              amount
              formatted
            }
            lines {
              description
              proration
            }
          }
        }
      }
    `,
    { key: `${run}-paid` },
  );
  const invoice = started.startSubscription.invoice;
  expect(invoice?.status, 'the second start (no trial) bills its first month at once').toBe('OPEN');
  return invoice!;
}
