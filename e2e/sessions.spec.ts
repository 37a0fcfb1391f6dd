import { expect, test } from '@playwright/test';
import { screenshots, signInWithDevelopmentProvider } from './helpers';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test('sign in on two devices, sign the other one out from the Security page, and it is signed out', async ({
  browser,
}) => {
  const email = 'sol@example.com';
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ userAgent: iphone });
  try {
    const phonePage = await phone.newPage();
    await phonePage.goto('/settings/security');
    await signInWithDevelopmentProvider(phonePage, email, 'Sol Sessions');
    await expect(phonePage).toHaveURL(/\/settings\/security$/);

    const page = await laptop.newPage();
    await page.goto('/settings/security');
    await signInWithDevelopmentProvider(page, email, 'Sol Sessions');
    await expect(page).toHaveURL(/\/settings\/security$/);

    const section = page.getByRole('region', { name: 'Sessions' });
    const rows = section.getByRole('table', { name: 'Sessions' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('This device');
    await expect(rows.nth(1)).toContainText('Headless Chrome on Linux');
    await expect(rows.nth(2)).toContainText('Safari on iOS');
    await section.scrollIntoViewIfNeeded();
    await screenshots(page, 'sessions-01-two-devices');

    await rows
      .nth(2)
      .getByRole('button', { name: /^Sign out Safari on iOS/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Sign out Safari on iOS?' });
    await screenshots(page, 'sessions-02-confirm');
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('Safari on iOS is signed out.')).toBeVisible();
    await expect(rows).toHaveCount(2);

    // The phone's next request is signed out.
    await phonePage.reload();
    await expect(phonePage).toHaveURL(/\/sign-in/);
    // This device is not.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Sessions' })).toContainText('This device');
  } finally {
    await laptop.close();
    await phone.close();
  }
});
