import { expect, test } from '@playwright/test';
import { screenshots, signInWithDevelopmentProvider } from './helpers';

test('an anonymous visit is sent to sign-in and comes back after signing in', async ({ page }) => {
  await page.goto('/settings/account');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fsettings%2Faccount/);
  await expect(page.getByRole('button', { name: /development sign-in/i })).toBeVisible();
  await screenshots(page, '01-sign-in');

  await signInWithDevelopmentProvider(page, 'ada@example.com', 'Ada Lovelace');
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByRole('textbox', { name: 'Account name' })).toHaveValue('Ada Lovelace');
});

test('first sign-in lands on the Overview as the Billing Admin of a new account', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithDevelopmentProvider(page, 'grace@example.com', 'Grace Hopper');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByText('Billing Admin').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Current plan' })).toBeVisible();
  await expect(page.getByText('Free').first()).toBeVisible();
  await screenshots(page, '02-overview');
});

test('a second person gets their own, separate account', async ({ browser }) => {
  const first = await browser.newContext();
  const alice = await first.newPage();
  await alice.goto('/');
  await signInWithDevelopmentProvider(alice, 'alice@example.com', 'Alice Example');
  await expect(alice.getByRole('heading', { level: 1, name: 'Alice Example' })).toBeVisible();

  const second = await browser.newContext();
  const bob = await second.newPage();
  await bob.goto('/');
  await signInWithDevelopmentProvider(bob, 'bob@example.com', 'Bob Example');
  await expect(bob.getByRole('heading', { level: 1, name: 'Bob Example' })).toBeVisible();
  await expect(bob.getByText('Billing Admin').first()).toBeVisible();

  // Alice renames her account; Bob's is untouched.
  await alice.goto('/settings/account');
  await alice.getByRole('textbox', { name: 'Account name' }).fill('Alice Analytics Ltd');
  await alice.getByRole('button', { name: 'Save changes' }).click();
  await expect(alice.getByText('Account name saved.')).toBeVisible();
  await bob.reload();
  await expect(bob.getByRole('heading', { level: 1, name: 'Bob Example' })).toBeVisible();
  await first.close();
  await second.close();
});

test('a tampered sign-in callback shows the sign-in error page', async ({ page, baseURL }) => {
  // Walk the provider's redirects with the browser's own cookies until the link back to
  // Ledgerline, then open that link with another state, as a crafted callback link would be.
  await page.goto('/sign-in');
  await page.getByRole('button', { name: /development sign-in/i }).click();
  const action = await page.locator('form[action$="/login"]').getAttribute('action');
  let response = await page.request.post(action!, {
    form: { email: 'mallory@example.com', name: 'Mallory' },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  let location = response.headers()['location']!;
  while (!location.includes('/auth/dev/callback')) {
    response = await page.request.get(location, { maxRedirects: 0 });
    location = response.headers()['location']!;
  }
  const callback = new URL(location, baseURL);
  callback.searchParams.set('state', 'tampered-state');
  await page.goto(callback.toString());

  await expect(page).toHaveURL(/\/sign-in\/error\?reason=state_mismatch/);
  await expect(page.getByRole('heading', { name: /can.t be used/i })).toBeVisible();
  await expect(page.getByText(/stack|Error:/)).toHaveCount(0);
  await screenshots(page, '03-sign-in-error');

  // Nothing was signed in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out returns to sign-in, and the next person can sign in', async ({ page }) => {
  await page.goto('/');
  await signInWithDevelopmentProvider(page, 'leaving@example.com', 'Leaving Person');
  await expect(page.getByRole('heading', { level: 1, name: 'Leaving Person' })).toBeVisible();
  await page.getByRole('button', { name: 'Open user menu' }).click();
  await page.getByRole('menuitem', { name: /^sign out$/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithDevelopmentProvider(page, 'next@example.com', 'Next Person');
  await expect(page.getByRole('heading', { level: 1, name: 'Next Person' })).toBeVisible();
});
