import { expect, test } from '@playwright/test';
import {
  graphql,
  newOperatorPage,
  openFirstInvoice,
  screenshots,
  signInWithDevelopmentProvider,
} from './helpers';
import { receivedMail } from './mail-sink';

/**
 * Bank transfers end to end: a customer with an open invoice tells us they paid it by transfer,
 * an operator approves it in the back-office queue, and the customer finds the invoice paid, an
 * e-mail saying so and the notice in the app. The operator's payment-methods page is looked at on
 * the way.
 */

test('a customer announces a bank transfer, an operator approves it, the invoice is paid', async ({
  page,
  browser,
}) => {
  // Two people, three back-office pages and fourteen screenshots: more than the default minute.
  test.slow();
  const run = Date.now().toString(36);
  const email = `transfer-${run}@example.com`;
  const company = `Tilly Transfers ${run} GmbH`;

  await page.goto('/billing/invoices');
  await signInWithDevelopmentProvider(page, email, 'Tilly Transfer');
  // An open invoice: Basic's first month, billed at once (openFirstInvoice).
  const invoice = await openFirstInvoice(
    page,
    {
      legalName: company,
      billingEmail: `billing-${run}@example.com`,
      line1: 'Unter den Linden 5',
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE',
    },
    run,
  );

  // The Payment methods page shows what Germany is offered, with the bank account.
  await page.goto('/billing/payment-methods');
  await expect(page.getByRole('region', { name: 'Bank transfer' })).toBeVisible();
  await screenshots(page, 'bank-transfers-01-payment-methods');

  // The open invoice: bank details, and "I've sent a bank transfer".
  await page.goto(`/billing/invoices/${invoice.id}`);
  const card = page.getByRole('region', { name: 'Paid by bank transfer?' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'I’ve sent a bank transfer' }).click();
  const dialog = page.getByRole('dialog', { name: `Bank transfer for ${invoice.number}` });
  await expect(dialog.getByLabel('Reference on the transfer')).toHaveValue(invoice.number);
  // Hostile input first: an amount that is not one is refused on the spot.
  await dialog.getByLabel('Amount sent').fill('12abc');
  await dialog.getByRole('button', { name: 'Tell us' }).click();
  await expect(dialog.getByText(/Enter the amount you sent in EUR/)).toBeVisible();
  await dialog.getByLabel('Amount sent').fill(invoice.amountDue.formatted.replace(/[^\d.]/g, ''));
  await dialog.getByLabel('Reference on the transfer').fill(`${invoice.number} ${run}`);
  await screenshots(page, 'bank-transfers-02-announce-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Tell us' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText(/We’ll mark the invoice paid as soon as it arrives/)).toBeVisible();
  await screenshots(page, 'bank-transfers-03-announced');

  // The operator's queue: the announcement, checked and approved.
  const operator = await newOperatorPage(browser, '/operator/bank-transfers');
  const row = operator.getByRole('listitem').filter({ hasText: invoice.number });
  await expect(row).toBeVisible();
  await expect(row.getByText(`${invoice.number} ${run}`)).toBeVisible();
  await screenshots(operator, 'bank-transfers-04-queue');
  await row.getByRole('button', { name: 'Approve' }).click();
  const approve = operator.getByRole('dialog', {
    name: `Approve the transfer for ${invoice.number}`,
  });
  await screenshots(operator, 'bank-transfers-05-approve-dialog', { fullPage: false });
  await approve.getByRole('button', { name: 'Approve and record' }).click();
  await expect(approve).toBeHidden();
  await expect(operator.getByText(`${invoice.number}: transfer approved`)).toBeVisible();
  await expect(row).toBeHidden();
  await operator.getByRole('tab', { name: 'Approved' }).click();
  await expect(operator.getByRole('listitem').filter({ hasText: invoice.number })).toBeVisible();

  // All invoices: a manual invoice for the same account, priced by the server's preview
  // (500.00 + 19 % German VAT 95.00 = 595.00), then found in the CSV export.
  const { viewer } = await graphql<{ viewer: { account: { id: string } } }>(
    page,
    '{ viewer { account { id } } }',
  );
  await operator.goto('/operator/invoices');
  await expect(operator.getByRole('list', { name: 'Invoices' })).toBeVisible();
  await operator.getByRole('button', { name: 'New invoice' }).click();
  const manual = operator.getByRole('dialog', { name: 'New manual invoice' });
  await manual.getByLabel('Account id').fill(viewer.account.id);
  await manual.getByLabel('Description').fill(`Onboarding workshop ${run}`);
  await manual.getByLabel(/Unit price/).fill('500');
  await expect(manual.getByRole('region', { name: 'Preview' })).toContainText('€595.00');
  await screenshots(operator, 'bank-transfers-06-manual-invoice', { fullPage: false });
  await manual.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(manual).toBeHidden();
  await expect(operator.getByText(/INV-\d{4}-\d{2}-\d{5} issued\./)).toBeVisible();
  await operator.getByLabel('Account id').fill(viewer.account.id);
  await expect(operator.getByRole('list', { name: 'Invoices' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await screenshots(operator, 'bank-transfers-07-all-invoices');
  const csv = await operator.request.get(`/operator/invoices.csv?accountId=${viewer.account.id}`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const csvText = await csv.text();
  expect(csvText).toContain(`${invoice.number},${viewer.account.id},${company},DE,paid,EUR,`);
  expect(csvText).toMatch(/,open,EUR,.*,500\.00,0\.00,95\.00,595\.00,0\.00,595\.00\r\n/);

  // The operator's payment methods per country (the built-in default until someone saves one).
  await operator.goto('/operator/payment-methods');
  await expect(
    operator.getByRole('region', { name: 'Default: every other country' }),
  ).toBeVisible();
  await screenshots(operator, 'bank-transfers-08-payment-methods-per-country');
  // The edit form, looked at and left unsaved (other specs rely on the built-in default).
  await operator
    .getByRole('region', { name: 'Default: every other country' })
    .getByRole('button', { name: 'Edit' })
    .click();
  const edit = operator.getByRole('dialog', { name: 'Default payment methods' });
  await edit.getByRole('button', { name: 'Add a bank account' }).click();
  await edit.getByLabel('Currency').fill('EUR');
  await edit.getByLabel('Bank details').fill('Vendor GmbH\nIBAN DE89 3704 0044 0532 0130 00');
  await screenshots(operator, 'bank-transfers-08b-payment-methods-edit', { fullPage: false });
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();
  await operator.context().close();

  // The customer: the invoice is paid, the transfer confirmed, and an e-mail says so.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(invoice.number);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paid');
  await expect(card.getByText(/arrived/)).toBeVisible();
  await screenshots(page, 'bank-transfers-09-paid');
  await expect
    .poll(() => receivedMail().find((mail) => mail.to.includes(email))?.subject ?? null)
    .toBe(`Bank transfer received for invoice ${invoice.number}`);

  // And in the app: the approval is on the Notifications page (the job runs as the decision
  // commits; a reload shows it once it has).
  await expect(async () => {
    await page.goto('/notifications');
    await expect(page.getByText('Bank transfer approved')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(`for invoice ${invoice.number} was received`)).toBeVisible();
  await screenshots(page, 'bank-transfers-10-notification');
});
