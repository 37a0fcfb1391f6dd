import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  cancelSubscriptionNow,
  desktop,
  graphql,
  openFirstInvoice,
  operator,
  phone,
  settled,
  signInWithDevelopmentProvider,
} from './helpers';

/**
 * WCAG 2.1 A and AA, as axe-core checks them, on every page and every dialog those pages open,
 * at desktop and phone width. Two sign-ins (a customer's Billing Admin for the dashboard, then the
 * operator for the back office), each followed by a loop; every finding is collected and the test
 * fails once, listing them all.
 *
 * A page added to the app belongs in `signedInPages` below; a button that opens a dialog, in its
 * `dialogs`.
 */

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type PageUnderTest = {
  path: string;
  /** Buttons (in the page's main region) that open a dialog, each checked open. */
  dialogs?: string[];
  /** Buttons that reveal more of the page in place (an inline form), checked after a click. */
  reveals?: string[];
};

const signedOutPages: PageUnderTest[] = [
  { path: '/sign-in' },
  { path: '/sign-in/error?reason=access_denied' },
  { path: '/invite/no-such-invitation' },
];

/** `:invoice` is replaced by the id of an invoice the test creates. */
const signedInPages: PageUnderTest[] = [
  { path: '/' },
  { path: '/billing/plans', dialogs: ['Cancel subscription', 'Downgrade to Free'] },
  { path: '/billing/details', dialogs: ['Remove'], reveals: ['Edit'] },
  { path: '/billing/payment-methods', dialogs: ['Add card'] },
  { path: '/billing/invoices' },
  { path: '/billing/invoices/:invoice' },
  { path: '/members', dialogs: ['Invite member'] },
  { path: '/settings/account' },
  {
    path: '/settings/security',
    dialogs: ['Create token'],
    reveals: ['Set up two-factor sign-in'],
  },
  { path: '/audit' },
  { path: '/notifications' },
  { path: '/welcome' },
];

/**
 * The back office, as the operator sees it (an operator has no customer account of their own).
 * `:account` is replaced by the id of the customer account the test made.
 */
const backOfficePages: PageUnderTest[] = [
  { path: '/operator/accounts' },
  { path: '/operator/accounts/:account', dialogs: ['Start Enterprise contract…'] },
  { path: '/operator/invoices' },
  { path: '/operator/bank-transfers' },
  { path: '/operator/payment-methods' },
  { path: '/operator/plans' },
  { path: '/operator/revenue' },
  { path: '/operator/test-clock' },
  { path: '/operator/mail' },
  { path: '/operator/stripe-events' },
  { path: '/operator/jobs' },
  { path: '/operator/two-factor' },
];

/** What axe finds in the page (or in `within`), one line per rule and element. */
async function findings(page: Page, where: string, within?: string): Promise<string[]> {
  await settled(page);
  let builder = new AxeBuilder({ page }).withTags(wcag21aa);
  if (within !== undefined) builder = builder.include(within);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${where}: ${violation.id} (${violation.help}) at ${node.target.join(' ')}`,
    ),
  );
}

/** Opens a page and waits until it shows its data: its main region, no skeleton or spinner. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.locator('.MuiSkeleton-root, main .MuiCircularProgress-root')).toHaveCount(0);
}

test('every page and dialog meets WCAG 2.1 AA (axe) at desktop and phone width', async ({
  page,
}) => {
  // About 70 axe runs: a minute and a half on an idle machine, several on a busy one.
  test.setTimeout(600_000);
  const run = Date.now().toString(36);
  const found: string[] = [];

  for (const size of [desktop, phone]) {
    await page.setViewportSize(size);
    for (const { path } of signedOutPages) {
      await open(page, path);
      found.push(...(await findings(page, `${path} @${size.width}`)));
    }
  }

  await page.setViewportSize(desktop);
  await page.goto('/');
  await signInWithDevelopmentProvider(page, `a11y-${run}@customer.example`, 'Ada Checks');
  const { id: invoiceId } = await openFirstInvoice(
    page,
    {
      legalName: 'Axe Checks GmbH',
      billingEmail: 'billing@axe.example',
      line1: 'Hauptstraße 1',
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
    },
    run,
  );
  const { viewer } = await graphql<{ viewer: { account: { id: string } } }>(
    page,
    'query { viewer { account { id } } }',
  );
  const accountId = viewer.account.id;

  /** Every page of `pages` at `at`, with the dialogs and inline forms they open. */
  async function checkPages(pages: PageUnderTest[], at: string): Promise<void> {
    for (const { path: pattern, dialogs = [], reveals = [] } of pages) {
      const path = pattern.replace(':invoice', invoiceId).replace(':account', accountId);
      await open(page, path);
      found.push(...(await findings(page, `${pattern} ${at}`)));

      for (const name of reveals) {
        await page
          .getByRole('main')
          .getByRole('button', { name, exact: true })
          .first()
          .click({ timeout: 10_000 });
        found.push(...(await findings(page, `${pattern} ${at} after "${name}"`)));
        await open(page, path);
      }
      for (const name of dialogs) {
        await page
          .getByRole('main')
          .getByRole('button', { name, exact: true })
          .first()
          .click({ timeout: 10_000 });
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog.locator('.MuiSkeleton-root, .MuiCircularProgress-root')).toHaveCount(0);
        found.push(
          ...(await findings(page, `${pattern} ${at} dialog "${name}"`, '[role="dialog"]')),
        );
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    }
  }

  for (const size of [desktop, phone]) {
    await page.setViewportSize(size);
    const at = `@${size.width}`;
    await checkPages(signedInPages, at);

    // The shell's own pop-ups: the user menu and its confirmation, and on phones the navigation.
    await open(page, '/');
    await page.getByRole('button', { name: /open user menu/i }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await findings(page, `user menu ${at}`, '.MuiPopover-paper')));
    await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await findings(page, `sign out everywhere ${at}`, '[role="dialog"]')));
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    if (size === phone) {
      await page.getByRole('button', { name: 'Open navigation' }).click();
      const drawer = page.locator('.MuiDrawer-modal .MuiDrawer-paper');
      await expect(drawer).toBeVisible();
      found.push(...(await findings(page, `navigation drawer ${at}`, '.MuiDrawer-modal')));
    }
  }

  // Leave the account as it was: no subscription renewing while the test clock moves.
  await cancelSubscriptionNow(page, `${run}-end-after-checks`);

  // The back office, as the operator.
  await page.context().clearCookies();
  await page.setViewportSize(desktop);
  await page.goto('/operator');
  await signInWithDevelopmentProvider(page, operator.email, operator.name);
  for (const size of [desktop, phone]) {
    await page.setViewportSize(size);
    await checkPages(backOfficePages, `@${size.width}`);
  }

  expect(found).toEqual([]);
});
