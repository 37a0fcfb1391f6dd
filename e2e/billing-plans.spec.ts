import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { newOperatorPage, screenshots, signInWithDevelopmentProvider } from './helpers';

/**
 * The Plans page, driven as a Billing Admin would: one account through its whole subscription
 * life (start, upgrade, scheduled downgrade, cancellation), so the scenarios run in order.
 *
 * A trial changes plans for free (SPEC §4), so to show a prorated upgrade the account first ends
 * its trial, starts again without one and has its first invoice paid by bank transfer, which an
 * operator records (there is no back-office page yet: the operator uses the API).
 */
test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await page.context().close();
});

async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const dialogScreenshots = (name: string) => screenshots(page, name, { fullPage: false });

const notices = () => page.getByRole('region', { name: 'Subscription notices' });

const plansCard = (name: string) =>
  page.getByRole('list', { name: 'Plans' }).getByRole('listitem', { name });

async function addGermanBillingDetails() {
  await page.getByRole('link', { name: 'Add billing details' }).click();
  await expect(page).toHaveURL(/\/billing\/details$/);
  await page.getByRole('button', { name: 'Add billing details' }).click();
  await page.getByRole('textbox', { name: /legal name/i }).fill('Plan Testers GmbH');
  await page.getByRole('textbox', { name: /billing e-mail/i }).fill('billing@testers.example');
  await page.getByRole('combobox', { name: /^country/i }).fill('Germany');
  await page.getByRole('option', { name: /^Germany/ }).click();
  await page.getByRole('textbox', { name: /street address/i }).fill('Unter den Linden 5');
  await page.getByRole('textbox', { name: /^city/i }).fill('Berlin');
  await page.getByRole('textbox', { name: /postal code/i }).fill('10117');
  await page.getByRole('button', { name: 'Save billing details' }).click();
  await expect(page.getByText('Billing details saved.')).toBeVisible();
}

/** The operator records the account's open invoice as paid by bank transfer. */
async function operatorRecordsTransferForOpenInvoice() {
  const { invoices } = await graphql<{
    invoices: {
      edges: {
        node: { id: string; status: string; amountDue: { amount: number; currency: string } };
      }[];
    };
  }>(
    page.request,
    `
      {
        invoices(first: 5) {
          edges {
            node {
              id
              status
              amountDue {
                amount
                currency
              }
            }
          }
        }
      }
    `,
  );
  const open = invoices.edges.map((edge) => edge.node).find((node) => node.status === 'OPEN');
  expect(open, 'an open first invoice').toBeDefined();

  const operatorPage = await newOperatorPage(page.context().browser()!);
  await graphql(
    operatorPage.request,
    `
      mutation ($input: RecordBankTransferInput!) {
        recordBankTransfer(input: $input) {
          invoice {
            status
          }
        }
      }
    `,
    {
      input: {
        invoiceId: open!.id,
        amount: open!.amountDue,
        reference: 'E2E transfer',
        // Now: a transfer cannot have arrived before the invoice was issued (moments ago).
        receivedAt: new Date().toISOString(),
        idempotencyKey: crypto.randomUUID(),
      },
    },
  );
  await operatorPage.context().close();
}

test('a new admin adds billing details, starts a Basic trial, and upgrades a paid Basic to Advanced with a prorated charge', async () => {
  await page.goto('/billing/plans');
  await signInWithDevelopmentProvider(page, 'plans-admin@example.com', 'Pat Planner');
  await expect(page).toHaveURL(/\/billing\/plans$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(page.getByText('You’re on the Free plan')).toBeVisible();
  await expect(plansCard('Free').getByText('Current plan')).toBeVisible();
  await expect(plansCard('Enterprise').getByText(/contact us/i)).toBeVisible();
  await expect(page.getByText('Billing details needed')).toBeVisible();
  await screenshots(page, 'plans-01-free');

  await addGermanBillingDetails();
  await page.getByRole('link', { name: 'Plans' }).first().click();
  await expect(page).toHaveURL(/\/billing\/plans$/);
  await expect(page.getByText('Billing details needed')).toHaveCount(0);

  // Prices in euros, monthly.
  await page.getByRole('combobox', { name: 'Currency' }).click();
  await page.getByRole('option', { name: 'EUR' }).click();
  await expect(plansCard('Basic').getByText('€27.00')).toBeVisible();
  await plansCard('Basic').getByRole('button', { name: 'Choose Basic' }).click();

  let dialog = page.getByRole('dialog', { name: 'Start Basic' });
  await expect(dialog.getByText(/your free trial runs until/i)).toBeVisible();
  await expect(dialog.getByText('Due today')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'What this change costs' })).toContainText(
    '€0.00',
  );
  await dialogScreenshots('plans-02-start-basic-preview');
  await dialog.getByRole('button', { name: 'Start free trial' }).click();
  await expect(page.getByText(/your basic trial has started/i)).toBeVisible();
  await expect(plansCard('Basic').getByText('Current plan')).toBeVisible();
  await expect(plansCard('Basic').getByText(/^Trial until/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your subscription: Basic' })).toBeVisible();
  await screenshots(page, 'plans-03-basic-trial');

  // End the trial (free), then start Basic again: the trial was used, so it is billed now.
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  dialog = page.getByRole('dialog', { name: 'Cancel your subscription' });
  await dialog.getByRole('radio', { name: /^Now/ }).check();
  await expect(dialog.getByText('No cancellation fee.')).toBeVisible();
  await dialog.getByRole('combobox', { name: /why are you cancelling/i }).click();
  await page.getByRole('option', { name: 'We don’t use it enough' }).click();
  await dialog.getByRole('button', { name: 'Cancel now' }).click();
  await expect(page.getByText('You’re on the Free plan')).toBeVisible();

  dialog = page.getByRole('dialog', { name: 'Start Basic' });
  // The page refetches after the cancellation; a click during that re-render can be lost.
  await expect(async () => {
    await plansCard('Basic').getByRole('button', { name: 'Choose Basic' }).click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const startPreview = dialog.getByRole('region', { name: 'What this change costs' });
  // €27.00 + 19 % German VAT (€5.13).
  await expect(startPreview.getByText('Tax (19 %)')).toBeVisible();
  await expect(startPreview).toContainText('€32.13');
  await dialog.getByRole('button', { name: 'Start subscription' }).click();
  await expect(page.getByText(/Invoice INV-\d{4}-\d{2}-\d{5} for €32\.13 is open/)).toBeVisible();
  await expect(page.getByText(/first invoice is waiting for payment/i)).toBeVisible();

  await operatorRecordsTransferForOpenInvoice();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your subscription: Basic' })).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  await plansCard('Advanced').getByRole('button', { name: 'Upgrade to Advanced' }).click();
  dialog = page.getByRole('dialog', { name: 'Upgrade to Advanced' });
  const upgradePreview = dialog.getByRole('region', { name: 'What this change costs' });
  await expect(upgradePreview.getByText('Applies now.')).toBeVisible();
  const lines = upgradePreview.getByRole('list', { name: 'Today’s invoice lines' });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await expect(lines.getByRole('listitem').first()).toContainText('-€');
  await expect(upgradePreview.getByText(/^Next invoice, /)).toBeVisible();
  const dueToday = upgradePreview.locator('dt:has-text("Due today") + dd');
  await expect(dueToday).toHaveText(/^€\d+\.\d\d$/);
  expect(await dueToday.textContent()).not.toBe('€0.00');
  await dialogScreenshots('plans-04-upgrade-preview');
  await dialog.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page.getByText(/upgraded to advanced/i)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your subscription: Advanced' })).toBeVisible();
  await expect(plansCard('Advanced').getByText('Current plan')).toBeVisible();
  await screenshots(page, 'plans-05-advanced');
});

test('a downgrade is scheduled for the period end, shown in a banner, and undone', async () => {
  await plansCard('Basic').getByRole('button', { name: 'Downgrade to Basic' }).click();
  const dialog = page.getByRole('dialog', { name: 'Downgrade to Basic' });
  const preview = dialog.getByRole('region', { name: 'What this change costs' });
  await expect(
    dialog.getByRole('radio', { name: /^At the end of the current period/ }),
  ).toBeChecked();
  await expect(preview.getByText(/^Applies at the end of the current period/)).toBeVisible();
  await expect(preview.locator('dt:has-text("Due today") + dd')).toHaveText('€0.00');

  // "Now" would credit the unused time instead.
  await dialog.getByRole('radio', { name: /^Now/ }).check();
  await expect(preview.getByText('Unused time credited to your balance')).toBeVisible();
  await dialogScreenshots('plans-06-downgrade-now-preview');
  await dialog.getByRole('radio', { name: /^At the end of the current period/ }).check();
  await expect(preview.getByText(/^Applies at the end of the current period/)).toBeVisible();
  await dialogScreenshots('plans-07-downgrade-preview');
  await dialog.getByRole('button', { name: 'Schedule change' }).click();

  const banner = notices().getByRole('status').filter({ hasText: 'Your plan changes to Basic on' });
  await expect(banner).toBeVisible();
  await expect(plansCard('Basic').getByText('Scheduled')).toBeVisible();
  await expect(plansCard('Advanced').getByText('Current plan')).toBeVisible();
  await screenshots(page, 'plans-08-downgrade-scheduled');

  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/the scheduled change is undone/i)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(plansCard('Basic').getByText('Scheduled')).toHaveCount(0);
});

test('cancelling at the period end can be taken back; cancelling now discloses the fee the preview computes', async () => {
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  let dialog = page.getByRole('dialog', { name: 'Cancel your subscription' });
  await expect(
    dialog.getByRole('radio', { name: /^At the end of the current period/ }),
  ).toBeChecked();
  await expect(dialog.getByText('No cancellation fee.')).toBeVisible();
  // A reason is required.
  await dialog.getByRole('button', { name: 'Cancel at period end' }).click();
  await expect(dialog.getByText('Choose a reason.')).toBeVisible();
  await dialog.getByRole('combobox', { name: /why are you cancelling/i }).click();
  await page.getByRole('option', { name: 'It’s too expensive' }).click();
  await dialog.getByRole('button', { name: 'Cancel at period end' }).click();

  const banner = notices()
    .getByRole('status')
    .filter({ hasText: /Your Advanced subscription ends on/ });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel subscription' })).toHaveCount(0);
  await screenshots(page, 'plans-09-cancel-at-period-end');
  await banner.getByRole('button', { name: 'Keep my subscription' }).click();
  await expect(page.getByText('Your Advanced subscription continues.')).toBeVisible();
  await expect(banner).toHaveCount(0);

  // Cancel now: Advanced has no cancellation fee (only Enterprise does), and the dialog says what
  // the server's preview of exactly this cancellation says.
  const { previewSubscriptionChange: cancelNow } = await graphql<{
    previewSubscriptionChange: {
      amountDueToday: { amount: number };
      lines: { kind: string; amount: { amount: number } }[];
    };
  }>(
    page.request,
    `
      {
        previewSubscriptionChange(input: { action: CANCEL, timing: NOW }) {
          amountDueToday {
            amount
          }
          lines {
            kind
            amount {
              amount
            }
          }
        }
      }
    `,
  );
  expect(cancelNow.lines.filter((line) => line.kind === 'CANCELLATION_FEE')).toEqual([]);
  expect(cancelNow.amountDueToday.amount).toBe(0);

  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  dialog = page.getByRole('dialog', { name: 'Cancel your subscription' });
  await dialog.getByRole('radio', { name: /^Now/ }).check();
  await expect(dialog.getByText('No cancellation fee.')).toBeVisible();
  await expect(dialog.getByText(/Advanced ends now and nothing is billed/)).toBeVisible();
  await dialog.getByRole('combobox', { name: /why are you cancelling/i }).click();
  await page.getByRole('option', { name: 'Something else' }).click();
  await dialog.getByRole('button', { name: 'Cancel now' }).click();
  await expect(dialog.getByText('Tell us briefly why you are cancelling.')).toBeVisible();
  await dialog.getByRole('textbox', { name: /comment/i }).fill('Moving to an annual contract.');
  await dialogScreenshots('plans-10-cancel-now');
  await dialog.getByRole('button', { name: 'Cancel now' }).click();

  await expect(
    page.getByText('Your subscription has ended. The account is on Free.'),
  ).toBeVisible();
  await expect(page.getByText('You’re on the Free plan')).toBeVisible();
  await expect(page.getByText(/Your Advanced subscription ended on/)).toBeVisible();
  await expect(plansCard('Free').getByText('Current plan')).toBeVisible();
  await screenshots(page, 'plans-11-canceled');
});

test('an Enterprise contract discloses its cancellation fee before cancelling now, and invoices it', async () => {
  // An operator puts the account on an Enterprise contract (12,000.00 a year, 25 % of the rest of
  // the contract on immediate cancellation) through the API; its first invoice is paid.
  const { account } = await graphql<{ account: { id: string } }>(
    page.request,
    '{ account { id } }',
  );
  const operatorPage = await newOperatorPage(page.context().browser()!);
  await graphql(
    operatorPage.request,
    `
      mutation ($input: StartEnterpriseContractInput!) {
        startEnterpriseContract(input: $input) {
          subscription {
            status
          }
        }
      }
    `,
    {
      input: {
        accountId: account.id,
        interval: 'YEAR',
        currency: 'EUR',
        unitAmount: 1_200_000,
        seats: 50,
        idempotencyKey: crypto.randomUUID(),
      },
    },
  );
  await operatorPage.context().close();
  await operatorRecordsTransferForOpenInvoice();

  await page.reload();
  await expect(plansCard('Enterprise').getByText('Current plan')).toBeVisible();

  // The fee the dialog shows is the one the server's preview of this very cancellation computes.
  const { previewSubscriptionChange: preview } = await graphql<{
    previewSubscriptionChange: { lines: { kind: string; amount: { formatted: string } }[] };
  }>(
    page.request,
    '{ previewSubscriptionChange(input: { action: CANCEL, timing: NOW }) { lines { kind amount { formatted } } } }',
  );
  const fee = preview.lines.find((line) => line.kind === 'CANCELLATION_FEE');
  expect(fee, 'Enterprise bills a cancellation fee').toBeDefined();

  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel your subscription' });
  await dialog.getByRole('radio', { name: /^Now/ }).check();
  await expect(dialog.getByText(fee!.amount.formatted).first()).toBeVisible();
  await expect(dialog.getByText('No cancellation fee.')).toHaveCount(0);
  await dialog.getByRole('combobox', { name: /why are you cancelling/i }).click();
  await page.getByRole('option', { name: 'It’s too expensive' }).click();
  await dialogScreenshots('plans-12-cancel-enterprise-fee');
  await dialog.getByRole('button', { name: 'Cancel now' }).click();
  await expect(
    page.getByText('Your subscription has ended. The account is on Free.'),
  ).toBeVisible();

  const { invoices } = await graphql<{
    invoices: { edges: { node: { status: string; lines: { kind: string }[] } }[] };
  }>(page.request, '{ invoices(first: 1) { edges { node { status lines { kind } } } } }');
  expect(invoices.edges[0]!.node).toEqual({
    status: 'OPEN',
    lines: [{ kind: 'CANCELLATION_FEE' }],
  });
});
