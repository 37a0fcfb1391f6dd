import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Screenshots are test artifacts (git-ignored), kept for people to look at after a run. */
export const artifactsDir = 'e2e/artifacts';
mkdirSync(artifactsDir, { recursive: true });

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** Full-page screenshots at desktop and phone width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, size] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150); // let the responsive layout settle before capturing
    await page.screenshot({ path: `${artifactsDir}/${name}-${label}.png`, fullPage: true });
  }
  if (original !== null) await page.setViewportSize(original);
}

/**
 * Signs in through the development provider from the sign-in page, as a person would: the
 * button, the provider's own form, back to the app.
 */
export async function signInWithDevelopmentProvider(
  page: Page,
  email: string,
  name: string,
): Promise<void> {
  await page.getByRole('button', { name: /development sign-in/i }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
