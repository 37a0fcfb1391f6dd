import { expect, test } from '@playwright/test';
import { screenshots, signInWithDevelopmentProvider } from './helpers';

// The portal runs against localstripe and its stand-in Stripe.js (playwright.config.ts), whose
// Card Element is five plain inputs.
test('a Billing Admin adds a card with the Card Element and sees it as the default', async ({
  page,
}) => {
  await page.goto('/billing/payment-methods');
  await signInWithDevelopmentProvider(page, 'cards@e2e.example', 'Cara Cards');
  await page.goto('/billing/payment-methods');
  await expect(page.getByRole('heading', { name: 'Payment methods' })).toBeVisible();
  await expect(page.getByText('No card on file')).toBeVisible();
  await screenshots(page, 'payment-methods-empty');

  await page.getByRole('button', { name: 'Add card' }).click();
  const card = page.locator('#card');
  await card.locator('input[placeholder=number]').fill('4242424242424242');
  await card.locator('input[placeholder=exp_month]').fill('12');
  await card.locator('input[placeholder=exp_year]').fill('40');
  await card.locator('input[placeholder=cvc]').fill('123');
  await card.locator('input[placeholder=postal_code]').fill('10115');
  await screenshots(page, 'payment-methods-add-card');
  await page.getByRole('dialog').getByRole('button', { name: 'Add card' }).click();

  const list = page.getByRole('list', { name: 'Payment methods' });
  await expect(list.getByText('Visa •••• 4242')).toBeVisible();
  await expect(list.getByText('Default')).toBeVisible();
  await expect(list.getByText('Expires 12/2040')).toBeVisible();
  await screenshots(page, 'payment-methods-one-card');
});
