import { expect, test, type Locator, type Page } from '@playwright/test';
import { desktop, phone, signInWithDevelopmentProvider } from './helpers';

/**
 * index.html draws the signed-in frame's app bar by itself (web/index.html, `.boot-bar`), so a
 * slow line shows it in the first round trip instead of a blank page; React then replaces it with
 * the real one. Held here: it shows only where the frame will (not on sign-in or the welcome
 * wizard), and it stands exactly where the real bar's brand stands, so nothing moves when the app
 * takes over. The app's scripts are held back to see the page as it is before they run.
 */

type Box = { x: number; y: number; width: number; height: number };

async function box(element: Locator): Promise<Box> {
  const found = await element.boundingBox();
  if (found === null) throw new Error(`${String(element)} is not on the screen`);
  return found;
}

/** What the page shows before any of the app's scripts has run. */
async function withoutScripts(page: Page, path: string): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(path);
  await page.unroute('**/assets/*.js');
}

const sizes = [
  ['phone', phone],
  ['tablet', { width: 700, height: 900 }],
  ['phone on its side', { width: 560, height: 380 }],
  ['desktop', desktop],
] as const;

test('the app bar index.html draws stands where the real one does, and only on framed pages', async ({
  page,
}) => {
  await withoutScripts(page, '/sign-in');
  await expect(page.locator('.boot-bar')).toBeHidden();
  await page.goto('/sign-in');
  await signInWithDevelopmentProvider(page, 'shell@example.com', 'Shelly Shell');

  for (const [name, size] of sizes) {
    await test.step(name, async () => {
      await page.setViewportSize(size);
      await withoutScripts(page, '/');
      const early = {
        bar: await box(page.locator('.boot-bar')),
        mark: await box(page.locator('.boot-mark')),
        icon: await box(page.locator('.boot-mark svg')),
        name: await box(page.locator('.boot-name')),
      };
      await expect(page.locator('.boot-name')).toHaveText('Ledgerline');
      // Not offered to assistive technology: there is nothing to use in it yet.
      await expect(page.locator('.boot-bar')).toHaveAttribute('aria-hidden', 'true');

      await page.goto('/');
      const brand = page.getByRole('link', { name: 'Ledgerline, Overview' });
      await expect(brand).toBeVisible();
      await expect(page.locator('.boot-bar')).toHaveCount(0);
      const real = {
        bar: await box(page.getByRole('banner')),
        mark: await box(brand.locator('[aria-hidden="true"]').first()),
        icon: await box(brand.locator('svg')),
        name: await box(brand.getByText('Ledgerline', { exact: true })),
      };
      for (const part of ['bar', 'mark', 'icon', 'name'] as const) {
        for (const side of ['x', 'y', 'width', 'height'] as const) {
          expect(
            Math.abs(early[part][side] - real[part][side]),
            `${name}: the ${part}'s ${side} (index.html ${early[part][side]}, app ${real[part][side]})`,
          ).toBeLessThanOrEqual(0.5);
        }
      }
    });
  }

  await page.setViewportSize(phone);
  await withoutScripts(page, '/welcome');
  await expect(page.locator('.boot-bar')).toBeHidden();
});
