import { expect, test, type Page } from '@playwright/test';
import { graphql, openFirstInvoice, screenshots, signInWithDevelopmentProvider } from './helpers';

// The portal runs against localstripe and its stand-in Stripe.js (playwright.config.ts), whose
// Card Element is five plain inputs, and whose 3-D Secure check is a box in the page.

test.beforeEach(async ({ page }) => {
  // Stripe's real 3-D Secure frame sits above everything on the page; the stand-in's box has no
  // z-index and would open under the "Add a card" dialog. Put it where Stripe's would be.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'body > div[style*="3px solid"] { z-index: 2147483647; }';
      document.head.appendChild(style);
    });
  });
});

const billingDetails = (legalName: string) => ({
  legalName,
  billingEmail: 'billing@cards.example',
  line1: 'Unter den Linden 5',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
});

/** Types a card into the Card Element of the open "Add a card" dialog and submits it. */
async function addCard(page: Page, number: string) {
  const card = page.locator('#card');
  await card.locator('input[placeholder=number]').fill(number);
  await card.locator('input[placeholder=exp_month]').fill('12');
  await card.locator('input[placeholder=exp_year]').fill('40');
  await card.locator('input[placeholder=cvc]').fill('123');
  await card.locator('input[placeholder=postal_code]').fill('10115');
}

async function invoiceStatus(page: Page, id: string): Promise<string> {
  const answer = await graphql<{ invoice: { status: string } }>(
    page,
    'query($id: ID!) { invoice(id: $id) { status } }',
    { id },
  );
  return answer.invoice.status;
}

test('a Billing Admin adds a card, pays an open invoice with it, and an upgrade is charged to it at once', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  await page.goto('/billing/payment-methods');
  await signInWithDevelopmentProvider(page, `cards-${run}@e2e.example`, 'Cara Cards');
  const invoice = await openFirstInvoice(page, billingDetails('Cara Cards GmbH'), run);
  await page.goto('/billing/payment-methods');
  await expect(page.getByRole('heading', { name: 'Payment methods' })).toBeVisible();
  await expect(page.getByText('No card on file')).toBeVisible();
  await screenshots(page, 'payment-methods-empty');

  await page.getByRole('button', { name: 'Add card' }).click();
  await addCard(page, '4242424242424242');
  await screenshots(page, 'payment-methods-add-card', { fullPage: false });
  await page.getByRole('dialog').getByRole('button', { name: 'Add card' }).click();

  const list = page.getByRole('list', { name: 'Payment methods' });
  await expect(list.getByText('Visa •••• 4242')).toBeVisible();
  await expect(list.getByText('Default')).toBeVisible();
  await expect(list.getByText('Expires 12/2040')).toBeVisible();
  await screenshots(page, 'payment-methods-one-card');

  // "Manage in Stripe": localstripe has no Customer Portal (server tests answer for a real one),
  // so Stripe's refusal is what the person sees, and the page keeps working.
  await page.getByRole('button', { name: 'Manage in Stripe' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Stripe could not open its Customer Portal' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/billing\/payment-methods$/);
  await screenshots(page, 'payment-methods-portal-refused');
  // Coming back from Stripe's portal.
  await page.goto('/billing/payment-methods?portal=returned');
  await expect(page.getByText(/^Back from Stripe\./)).toBeVisible();
  await expect(page).toHaveURL(/\/billing\/payment-methods$/);

  // The open invoice: the Pay card says what happens, then the invoice is paid.
  await page.goto(`/billing/invoices/${invoice.id}`);
  const pay = page.getByRole('region', { name: 'Pay by card' });
  await expect(pay.getByText('Charged now to Visa •••• 4242.')).toBeVisible();
  await screenshots(page, 'pay-01-open-invoice');
  await pay.getByRole('button', { name: 'Pay now' }).click();
  await expect(
    page.getByText('Paid with Visa •••• 4242. A receipt is on its way by e-mail.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paid');
  await screenshots(page, 'pay-02-paid');

  // Upgrading: the preview names the card, and the new invoice is charged without waiting.
  await page.goto('/billing/plans');
  await page.getByRole('button', { name: 'Upgrade to Advanced' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upgrade to Advanced' });
  const costs = dialog.getByRole('region', { name: 'What this change costs' });
  await expect(costs.getByText('Charged now to Visa •••• 4242')).toBeVisible();
  await screenshots(page, 'pay-03-upgrade-preview-card', { fullPage: false });
  await dialog.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page.getByText(/upgraded to advanced/i)).toBeVisible();
  const invoices = await graphql<{ invoices: { edges: { node: { id: string } }[] } }>(
    page,
    '{ invoices(first: 1) { edges { node { id } } } }',
  );
  const upgrade = invoices.invoices.edges[0]!.node.id;
  expect(upgrade).not.toBe(invoice.id);
  // The payment-retry job was asked for by the change; its next scheduled minute is not awaited.
  await expect.poll(() => invoiceStatus(page, upgrade), { timeout: 30_000 }).toBe('PAID');
});

test('a declined card shows the decline and the banner; a 3-D Secure card fixes it and pays after the challenge', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  await page.goto('/billing/payment-methods');
  await signInWithDevelopmentProvider(page, `declined-${run}@e2e.example`, 'Dana Declined');
  const invoice = await openFirstInvoice(page, billingDetails('Dana Declined SARL'), run);

  // A card that attaches, then declines every charge.
  await page.goto('/billing/payment-methods');
  await page.getByRole('button', { name: 'Add card' }).click();
  await addCard(page, '4000000000000341');
  await page.getByRole('dialog').getByRole('button', { name: 'Add card' }).click();
  await expect(
    page.getByRole('list', { name: 'Payment methods' }).getByText('Visa •••• 0341'),
  ).toBeVisible();

  await page.goto(`/billing/invoices/${invoice.id}`);
  const pay = page.getByRole('region', { name: 'Pay by card' });
  await pay.getByRole('button', { name: 'Pay now' }).click();
  await expect(pay.getByRole('alert')).toContainText(/declined/i);
  const banner = page.getByRole('alert', { name: 'Payment needs attention' });
  await expect(banner).toContainText('A card payment failed');
  await expect(banner).toContainText(`invoice ${invoice.number}`);
  await screenshots(page, 'pay-04-declined');

  // Overview says so too, with the fix one click away.
  await page.goto('/');
  await expect(banner).toContainText(/declined/i);
  await screenshots(page, 'pay-05-overview-banner');
  await banner.getByRole('link', { name: 'Update payment method' }).click();
  await expect(page).toHaveURL(new RegExp(`/billing/payment-methods\\?invoice=${invoice.id}$`));
  const addDialog = page.getByRole('dialog', { name: 'Add a card' });
  await expect(addDialog.getByText(/A payment failed/)).toBeVisible();

  // A 3-D Secure card: the bank's check appears in the page while the card is set up.
  await addCard(page, '4000000000003220');
  await addDialog.getByRole('button', { name: 'Add card' }).click();
  const completeSetup = page.getByRole('button', { name: /complete authentication/i });
  await expect(completeSetup).toBeVisible();
  await completeSetup.click();
  const fixed = page.getByText(/Visa •••• 3220 is your default card now/);
  await expect(fixed).toBeVisible();
  await screenshots(page, 'pay-06-card-fixed');

  await page.getByRole('link', { name: 'See the invoice' }).click();
  await expect(pay.getByText('Charged now to Visa •••• 3220.')).toBeVisible();
  await pay.getByRole('button', { name: 'Pay now' }).click();
  const completePayment = page.getByRole('button', { name: /complete authentication/i });
  await expect(completePayment).toBeVisible();
  await screenshots(page, 'pay-07-3ds-challenge', { fullPage: false });
  await completePayment.click();
  await expect(
    page.getByText('Paid with Visa •••• 3220. A receipt is on its way by e-mail.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paid');
  await expect(banner).toBeHidden();
  await screenshots(page, 'pay-08-3ds-paid');

  // A link from an e-mail that was tampered with is refused with a clear message.
  await page.goto(
    `/billing/payment-methods?invoice=${invoice.id}&expires=4102444800&signature=forged`,
  );
  await expect(page.getByRole('alert')).toContainText('This payment link is not valid');
  await expect(page.getByRole('dialog')).toBeHidden();
  await screenshots(page, 'pay-09-bad-link');
});
