import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  graphql,
  newOperatorPage,
  openFirstInvoice,
  screenshots,
  signInWithDevelopmentProvider,
  type OpenInvoice,
} from './helpers';

/**
 * A customer's invoices, from a new account to a downloaded PDF. The subscription is started
 * through the GraphQL API from the signed-in browser (openFirstInvoice; its session cookie, a JSON
 * POST passes Apollo's CSRF prevention): the Plans page has a spec of its own.
 */

const invoiceFields = `id number status total { amount formatted } amountDue { amount formatted }
  lines { description proration }`;

const addSeat = `mutation($key: String!) {
  changeSubscription(input: { seats: 4, idempotencyKey: $key }) { outcome invoice { ${invoiceFields} } } }`;
const recordTransfer = `mutation($input: RecordBankTransferInput!) {
  recordBankTransfer(input: $input) { invoice { status } } }`;

type Changed = { changeSubscription: { outcome: string; invoice: OpenInvoice } };

/** The grid's data rows, each as the text of its cells. */
async function gridRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole('grid', { name: 'Invoices' }).locator('[role="row"][data-id]');
  const count = await rows.count();
  const texts: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    texts.push(await rows.nth(index).getByRole('gridcell').allInnerTexts());
  }
  return texts;
}

test('a customer finds, filters, reads and downloads their invoices', async ({ page, browser }) => {
  // The whole journey (details, two invoices, a transfer, notifications, list, detail, PDF) in one
  // spec to share its set-up: more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  const run = Date.now().toString(36);

  // A new account has no invoices yet, and is pointed to the plans.
  await page.goto('/billing/invoices');
  await signInWithDevelopmentProvider(page, `invoices-${run}@example.com`, 'Iris Invoices');
  await expect(page).toHaveURL(/\/billing\/invoices$/);
  await expect(page.getByText('No invoices yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See plans' })).toHaveAttribute(
    'href',
    '/billing/plans',
  );
  await screenshots(page, 'invoices-01-empty');

  // Billing details, as a person adds them.
  await page.getByRole('link', { name: 'Billing details' }).first().click();
  await page.getByRole('button', { name: 'Add billing details' }).click();
  await page.getByRole('textbox', { name: /legal name/i }).fill('Iris Analytics GmbH');
  await page.getByRole('textbox', { name: /billing e-mail/i }).fill('billing@iris.example');
  await page.getByRole('combobox', { name: /^country/i }).fill('Germany');
  await page.getByRole('option', { name: /^Germany/ }).click();
  await page.getByRole('textbox', { name: /street address/i }).fill('Unter den Linden 5');
  await page.getByRole('textbox', { name: /^city/i }).fill('Berlin');
  await page.getByRole('textbox', { name: /postal code/i }).fill('10117');
  await page.getByRole('button', { name: 'Save billing details' }).click();
  await expect(page.getByText('Iris Analytics GmbH')).toBeVisible();

  // Basic starts with a free trial, which issues no invoice; ending it and starting again bills
  // the first month at once (openFirstInvoice, with the details saved above): 27.00 + 19 % German
  // VAT 5.13 = 32.13, open for a bank transfer.
  const first = await openFirstInvoice(page, null, run);
  expect(first).toMatchObject({
    status: 'OPEN',
    total: { amount: 3213, formatted: '€32.13' },
    amountDue: { amount: 3213 },
  });

  // The operator records the incoming transfer: the first invoice is paid.
  const operator = await newOperatorPage(browser);
  await graphql(operator, recordTransfer, {
    input: {
      invoiceId: first.id,
      amount: { amount: 3213, currency: 'EUR' },
      // Now: a transfer cannot have arrived before the invoice was issued (moments ago).
      receivedAt: new Date().toISOString(),
      reference: `SEPA IRIS ${run}`,
      idempotencyKey: `${run}-transfer`,
    },
  });
  await operator.context().close();

  // A fourth seat (Basic includes three): a prorated invoice for the rest of the month, open.
  const upgraded = await graphql<Changed>(page, addSeat, { key: `${run}-seat` });
  const second = upgraded.changeSubscription.invoice;
  expect(second.status).toBe('OPEN');
  expect(second.lines.some((line) => line.proration)).toBe(true);

  // The list: newest first, with status chips and amounts.
  await page.getByRole('link', { name: 'Invoices' }).first().click();
  await expect(page.getByRole('grid', { name: 'Invoices' })).toBeVisible();
  await expect.poll(() => gridRows(page)).toHaveLength(2);
  const [newest, oldest] = await gridRows(page);
  expect(newest![0]).toBe(second.number);
  expect(newest![3]).toBe('Open');
  expect(newest![5]).toBe(second.amountDue.formatted);
  expect(oldest![0]).toBe(first.number);
  expect(oldest![3]).toBe('Paid');
  expect(oldest!.slice(4)).toEqual(['€32.13', '€0.00']);
  const openChip = page.getByRole('grid').locator('.MuiChip-colorInfo', { hasText: 'Open' });
  const paidChip = page.getByRole('grid').locator('.MuiChip-colorSuccess', { hasText: 'Paid' });
  await expect(openChip).toBeVisible();
  await expect(paidChip).toBeVisible();
  await screenshots(page, 'invoices-02-list');

  // Each issued invoice is a notification: in the bell and on the Notifications page (the job
  // runs as soon as the change commits; a reload shows what it wrote).
  const issued = page.getByRole('link', { name: `Invoice ${second.number} issued` });
  await expect(async () => {
    await page.goto('/notifications');
    await expect(issued).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: `Invoice ${first.number} issued` })).toBeVisible();
  const bell = page.getByRole('link', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label'))!)![1]);
  await screenshots(page, 'notifications-01-unread');
  await page.getByRole('button', { name: `Mark read: Invoice ${second.number} issued` }).click();
  await expect(
    page.getByRole('link', { name: `Notifications, ${unreadBefore - 1} unread` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Mark read: / })).toHaveCount(0);
  await issued.click();
  await expect(page).toHaveURL(new RegExp(`/billing/invoices/${second.id}$`));
  await page.getByRole('link', { name: 'Invoices' }).first().click();
  await expect.poll(() => gridRows(page)).toHaveLength(2);

  // Filter by status.
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Paid' }).click();
  await expect(page).toHaveURL(/status=paid/);
  await expect
    .poll(async () => (await gridRows(page)).map((row) => row[0]))
    .toEqual([first.number]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => gridRows(page)).toHaveLength(2);

  // Search by number: its last five digits, applied after a pause in typing.
  const digits = second.number.slice(-5);
  await page.getByRole('searchbox', { name: 'Invoice number' }).fill(digits);
  await expect(page).toHaveURL(new RegExp(`number=${digits}`));
  await expect
    .poll(async () => (await gridRows(page)).map((row) => row[0]))
    .toEqual([second.number]);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Oldest first, sorted by the server.
  await page.getByRole('combobox', { name: 'Order' }).click();
  await page.getByRole('option', { name: 'Oldest first' }).click();
  await expect
    .poll(async () => (await gridRows(page)).map((row) => row[0]))
    .toEqual([first.number, second.number]);

  // The paid invoice: lines, totals and the transfer that paid it.
  await page.getByRole('link', { name: first.number }).click();
  await expect(page).toHaveURL(new RegExp(`/billing/invoices/${first.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: first.number })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Invoice lines' });
  for (const line of first.lines) await expect(lines.getByText(line.description)).toBeVisible();
  const totals = await page
    .getByLabel('Totals')
    .evaluate((list) =>
      Object.fromEntries(
        Array.from(list.querySelectorAll('dt'), (term) => [
          term.textContent,
          term.nextElementSibling?.textContent,
        ]),
      ),
    );
  expect(totals).toEqual({
    Subtotal: '€27.00',
    'VAT 19%': '€5.13',
    Total: '€32.13',
    Paid: '€32.13',
    'Amount due': '€0.00',
  });
  await expect(page.getByRole('list', { name: 'Payments' })).toContainText(`SEPA IRIS ${run}`);
  await expect(page.getByRole('region', { name: 'From' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bill to' })).toContainText('Iris Analytics GmbH');
  await screenshots(page, 'invoices-03-detail-paid');

  // Its PDF: a real PDF that names the invoice.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${first.number}.pdf`);
  const pdfPath = test.info().outputPath(`${first.number}.pdf`);
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain(first.number);
  expect(pdfText).toContain('Iris Analytics GmbH');

  // The open invoice: how to pay it by bank transfer, and its prorated line.
  await page.goto(`/billing/invoices/${second.id}`);
  await expect(page.getByRole('heading', { level: 1, name: second.number })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pay by bank transfer' })).toContainText(
    second.number,
  );
  await expect(
    page.getByRole('table', { name: 'Invoice lines' }).getByText('Prorated').first(),
  ).toBeVisible();
  await screenshots(page, 'invoices-04-detail-open');

  // Someone else's (or no) invoice.
  await page.goto('/billing/invoices/inv_does_not_exist');
  await expect(page.getByText('Invoice not found')).toBeVisible();

  // The Overview: what is owed (the open invoice), the next invoice and the credit balance.
  await page.getByRole('link', { name: 'Overview' }).first().click();
  const amountDue = page.getByRole('region', { name: 'Amount due' });
  await expect(amountDue).toContainText(second.amountDue.formatted);
  await expect(amountDue.getByRole('link', { name: 'See open invoices' })).toHaveAttribute(
    'href',
    '/billing/invoices?status=open',
  );
  await expect(page.getByRole('region', { name: 'Next invoice' })).toContainText(/Issued/);
  await expect(page.getByRole('region', { name: 'Credit balance' })).toContainText('€0.00');
  await expect(page.getByRole('region', { name: 'Current plan' })).toBeVisible();
  await screenshots(page, 'invoices-05-overview');

  await amountDue.getByRole('link', { name: 'See open invoices' }).click();
  await expect
    .poll(async () => (await gridRows(page)).map((row) => row[0]))
    .toEqual([second.number]);
});
