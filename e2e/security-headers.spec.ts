import { expect, test, type Page } from '@playwright/test';
import { screenshots, signInWithDevelopmentProvider } from './helpers';

/**
 * The built web app under the server's Content-Security-Policy (server/src/http/security-headers.ts):
 * every page renders with MUI's run-time styles and nothing is refused, and paths the app has no
 * page for answer 404.
 */

/**
 * CSP violations reported by the page, as events and as console messages, and the browser's
 * complaints about the Permissions-Policy header (an unknown feature, a bad value).
 */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|permissions-policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('every page works under the Content-Security-Policy, with no violation', async ({ page }) => {
  const violations = watchViolations(page);
  const signIn = await page.goto('/sign-in');
  expect(signIn?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(signIn?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  await page.getByRole('button', { name: /development sign-in/i }).click();
  // The development provider's own page, with its inline styles.
  await expect(page.getByRole('heading', { name: 'Development sign-in' })).toBeVisible();
  await page.goto('/sign-in');
  await signInWithDevelopmentProvider(page, 'csp@example.com', 'Cara Policy');

  for (const path of [
    '/',
    '/billing/plans',
    '/billing/invoices',
    '/billing/details',
    '/members',
    '/settings/account',
    '/settings/security',
    '/audit',
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  }
  // MUI's styles applied: the app bar is laid out, not unstyled HTML.
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  const position = await page
    .locator('header')
    .first()
    .evaluate((header) => getComputedStyle(header).position);
  expect(position).not.toBe('static');
  await screenshots(page, 'csp-overview');

  // The two-factor QR code is a data: image.
  await page.goto('/settings/security');
  const section = page.getByRole('region', { name: 'Two-factor sign-in' });
  await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const qr = section.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  expect(violations).toEqual([]);
});

test('a path the app has no page for answers 404, with the app’s "not found" page', async ({
  page,
}) => {
  const violations = watchViolations(page);
  await page.goto('/sign-in');
  await signInWithDevelopmentProvider(page, 'lost@example.com', 'Lou Lost');
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await screenshots(page, 'csp-not-found');
  // robots.txt is a real file (for crawlers); a file the app does not have is a 404.
  const robots = await page.request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain('User-agent');
  const missing = await page.request.get('/no-such-file.txt');
  expect(missing.status()).toBe(404);
  const deep = await page.request.get('/billing/plans/x');
  expect(deep.status()).toBe(404);
  expect(violations).toEqual([]);
});
