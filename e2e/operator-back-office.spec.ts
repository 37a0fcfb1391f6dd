import { expect, test } from '@playwright/test';
import { graphql, operator, screenshots, signInWithDevelopmentProvider } from './helpers';

/**
 * The back office: an operator signs in and lands there (no customer wizard, no tour, no account
 * of their own), finds a customer's account by a member's e-mail, suspends it with a reason, and
 * the customer sees the read-only banner with that reason; changes answer ACCOUNT_SUSPENDED.
 */

// A worker starts afresh after a failed test, so each run has its own customer.
const run = Date.now().toString(36);

test('an operator lands in the back office, finds an account and suspends it; the customer sees why', async ({
  page,
  browser,
}) => {
  const email = `owner-${run}@suspect.example`;
  const customer = await browser.newPage();
  await customer.goto('/');
  await signInWithDevelopmentProvider(customer, email, `Suspect ${run}`);
  await expect(customer.getByRole('heading', { level: 1 })).toBeVisible();

  // The operator's sign-in goes straight to the back office: no wizard, no tour.
  await page.goto('/');
  await signInWithDevelopmentProvider(page, operator.email, operator.name, { firstRun: 'keep' });
  await expect(page).toHaveURL(/\/operator\/accounts$/);
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page.getByText('Back office', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const backOffice = page.getByRole('navigation', { name: 'Back office' });
  for (const label of ['Accounts', 'Mail outbox', 'Stripe events', 'Two-factor reset']) {
    await expect(backOffice.getByRole('link', { name: label })).toBeVisible();
  }
  await screenshots(page, 'operator-01-accounts');

  // Search by the member's e-mail: one account.
  await page.getByRole('searchbox', { name: 'Search' }).fill(email);
  // The search applies after a pause in typing, and goes into the address.
  await expect(page).toHaveURL(/[?&]q=owner-/);
  await expect(page.getByText('Showing 1 of 1 account')).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`Suspect ${run}`) }).click();
  await expect(page.getByRole('heading', { name: `Suspect ${run}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /Members/ }).getByText(email)).toBeVisible();
  await screenshots(page, 'operator-02-account');

  await page.getByRole('button', { name: 'Suspend…' }).click();
  const dialog = page.getByRole('dialog', { name: `Suspend Suspect ${run}?` });
  await dialog.getByRole('button', { name: 'Suspend account' }).click();
  await expect(dialog.getByText('Say why: the members read it.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Reason' })
    .fill('Chargeback under review (ticket 5120)');
  await screenshots(page, 'operator-03-suspend', { fullPage: false });
  await dialog.getByRole('button', { name: 'Suspend account' }).click();
  await expect(page.getByText(`Suspect ${run} is suspended.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactivate…' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Audit trail' }).getByText('Suspended the account'),
  ).toBeVisible();
  await screenshots(page, 'operator-04-suspended');

  // The customer: still signed in, read-only, told why.
  await customer.reload();
  const banner = customer.getByRole('status').filter({ hasText: 'This account is suspended' });
  await expect(banner).toContainText('Chargeback under review (ticket 5120)');
  await screenshots(customer, 'operator-05-customer-banner');
  const refused = await customer.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: 'mutation { updateAccount(input: { name: "Renamed" }) { id } }' },
  });
  const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_SUSPENDED');

  // Reactivated: the banner goes.
  await page.getByRole('button', { name: 'Reactivate…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Reason' })
    .fill('Dispute closed in our favour');
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivate account' }).click();
  await expect(page.getByText(`Suspect ${run} is active again.`)).toBeVisible();

  // Goodwill credit, kept on the ledger with its reason.
  await page.getByRole('button', { name: 'Adjust credit balance…' }).click();
  const credit = page.getByRole('dialog', { name: `Adjust the credit balance of Suspect ${run}` });
  await credit.getByRole('textbox', { name: /Amount/ }).fill('25.5.0');
  await credit.getByRole('textbox', { name: 'Reason' }).fill('Goodwill for the review delay');
  await credit.getByRole('button', { name: 'Adjust balance' }).click();
  await expect(credit.getByText(/at most 2 decimals/)).toBeVisible();
  await credit.getByRole('textbox', { name: /Amount/ }).fill('25.50');
  await screenshots(page, 'operator-06-credit', { fullPage: false });
  await credit.getByRole('button', { name: 'Adjust balance' }).click();
  await expect(page.getByText(/is now €25\.50/)).toBeVisible();
  const ledger = page.getByRole('region', { name: 'Credit ledger' });
  await expect(ledger.getByText('Adjusted by an operator')).toBeVisible();
  await expect(ledger.getByText(/Goodwill for the review delay/)).toBeVisible();
  await screenshots(page, 'operator-07-credit-ledger');
  await customer.reload();
  await expect(customer.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(customer.getByText('This account is suspended')).toHaveCount(0);
  await graphql(customer, 'mutation { updateAccount(input: { name: "Renamed" }) { id } }');
  await customer.close();
});
