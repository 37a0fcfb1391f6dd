import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { screenshots, signInWithDevelopmentProvider } from './helpers';

/**
 * An authenticator app in the test: it reads the key the page shows (as a person types it into
 * their app) and gives each code for a later 30-second step than the last, because Ledgerline
 * accepts every step once. Codes follow real time, like a phone's.
 */
class Authenticator {
  private lastStep = 0;
  private readonly secret: string;
  constructor(manualEntryKey: string) {
    this.secret = manualEntryKey.replace(/\s/g, '');
  }
  async nextCode(): Promise<string> {
    const step = Math.max(this.lastStep + 1, Math.floor(Date.now() / 30_000));
    this.lastStep = step;
    return generate({ secret: this.secret, epoch: step * 30 });
  }
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open user menu' }).click();
  await page.getByRole('menuitem', { name: /^sign out$/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('set up two-factor sign-in, then sign in with a code from the app and with a backup code', async ({
  page,
}) => {
  const email = 'tess@example.com';
  await page.goto('/settings/security');
  await signInWithDevelopmentProvider(page, email, 'Tess Turing');
  await expect(page).toHaveURL(/\/settings\/security$/);
  const section = page.getByRole('region', { name: 'Two-factor sign-in' });
  await expect(section.getByText('Off', { exact: true })).toBeVisible();

  await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
  const key = await section.getByLabel('Key to enter by hand').textContent();
  expect(key).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4})+$/);
  const app = new Authenticator(key!);
  await screenshots(page, '2fa-01-scan');

  await section.getByRole('textbox', { name: 'Six-digit code' }).fill(await app.nextCode());
  await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const list = section.getByRole('list', { name: 'Backup codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const backupCodes = await list.getByRole('listitem').allTextContents();
  expect(new Set(backupCodes).size).toBe(10);
  await screenshots(page, '2fa-02-backup-codes');
  await section.getByRole('button', { name: 'Done' }).click();
  await expect(section.getByText('10 of 10 backup codes left.')).toBeVisible();
  await expect(section.getByText('On', { exact: true })).toBeVisible();
  await screenshots(page, '2fa-03-on');

  // Signing in again: the identity provider is not enough any more.
  await signOut(page);
  await page.goto('/billing/plans');
  await signInWithDevelopmentProvider(page, email, 'Tess Turing');
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?returnTo=%2Fbilling%2Fplans$/);
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await screenshots(page, '2fa-04-second-factor');
  // Nothing else opens meanwhile.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);

  await page.getByRole('textbox', { name: 'Six-digit code' }).fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText(/That code didn’t work/)).toBeVisible();
  await screenshots(page, '2fa-05-wrong-code');
  await page.getByRole('textbox', { name: 'Six-digit code' }).fill(await app.nextCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tess Turing' })).toBeVisible();

  // And with a backup code, when the phone is not at hand.
  await signOut(page);
  await signInWithDevelopmentProvider(page, email, 'Tess Turing');
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByRole('button', { name: 'Use a backup code instead' }).click();
  await page.getByRole('textbox', { name: 'Backup code' }).fill(backupCodes[0]!);
  await screenshots(page, '2fa-06-backup-code');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tess Turing' })).toBeVisible();
  await page.goto('/settings/security');
  await expect(
    page
      .getByRole('region', { name: 'Two-factor sign-in' })
      .getByText('9 of 10 backup codes left.'),
  ).toBeVisible();
});
