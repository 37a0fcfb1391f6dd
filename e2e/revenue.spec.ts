import { expect, test } from '@playwright/test';
import { graphql, newOperatorPage, screenshots, signInWithDevelopmentProvider } from './helpers';

/**
 * The revenue page renders its charts from real figures: an Enterprise contract in EUR, paid by
 * bank transfer, shows as MRR converted into USD at the rate the operator enters on the page.
 */
test('the revenue page shows MRR with the rate it used, charts, and the rate import’s errors', async ({
  browser,
}) => {
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto('/');
  await signInWithDevelopmentProvider(customer, 'cfo@revenue.example', 'Rita Revenue');
  const { viewer } = await graphql<{ viewer: { account: { id: string } } }>(
    customer,
    '{ viewer { account { id } } }',
  );
  await graphql(
    customer,
    `
      mutation ($input: UpdateBillingDetailsInput!) {
        updateBillingDetails(input: $input) {
          legalName
        }
      }
    `,
    {
      input: {
        legalName: 'Revenue GmbH',
        billingEmail: 'ap@revenue.example',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    },
  );
  await customerContext.close();

  const operator = await newOperatorPage(browser, '/operator/revenue');
  const contract = await graphql<{
    startEnterpriseContract: { invoice: { id: string; amountDue: { amount: number } } };
  }>(
    operator,
    `
      mutation ($input: StartEnterpriseContractInput!) {
        startEnterpriseContract(input: $input) {
          invoice {
            id
            amountDue {
              amount
            }
          }
        }
      }
    `,
    {
      input: {
        accountId: viewer.account.id,
        interval: 'MONTH',
        currency: 'EUR',
        unitAmount: 120000,
        seats: 50,
        idempotencyKey: 'revenue-e2e-contract',
      },
    },
  );
  const { invoice } = contract.startEnterpriseContract;
  await graphql(
    operator,
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
        invoiceId: invoice.id,
        amount: { amount: invoice.amountDue.amount, currency: 'EUR' },
        reference: 'REV-E2E',
        receivedAt: new Date().toISOString(),
        idempotencyKey: 'revenue-e2e-transfer',
      },
    },
  );

  // The operator enters today's EUR rate on the page; the figures convert with it.
  await operator.reload();
  const today = new Date().toISOString().slice(0, 10);
  const rateForm = operator.getByRole('form', { name: 'Enter a rate' });
  await rateForm.getByLabel('Day').fill(today);
  await rateForm.getByLabel('Currency').fill('EUR');
  await rateForm.getByLabel('Rate in USD').fill('1.25');
  await rateForm.getByRole('button', { name: 'Save rate' }).click();
  await expect(operator.getByText(/^Saved: 1 EUR = 1\.25 USD/)).toBeVisible();
  await expect(operator.getByTestId('rates-used')).toContainText('1 EUR = 1.25 USD');

  // The charts are drawn (SVG with a line and bars), and the EUR row names its rate.
  for (const chart of ['mrr-chart', 'plans-chart', 'movements-chart']) {
    await expect(operator.getByTestId(chart).locator('svg').first()).toBeVisible();
  }
  await expect(operator.getByTestId('mrr-chart').locator('path').first()).toBeAttached();
  const eurRow = operator.getByRole('table', { name: 'Figures by currency' }).getByRole('row', {
    name: /^EUR/,
  });
  await expect(eurRow).toContainText('1.25 USD');
  await screenshots(operator, 'revenue');

  // A CSV with a bad line imports nothing and names the line.
  await operator
    .getByLabel('Import CSV: day,currency,rate per line')
    .fill(`day,currency,rate\n${today},GBP,1.27\n2027-02-30,GBP,1.3`);
  await operator.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(operator.getByRole('list', { name: 'Lines that cannot be imported' })).toContainText(
    'Line 3: "2027-02-30" is not a day written YYYY-MM-DD.',
  );
  await expect(operator.getByRole('table', { name: 'Latest exchange rates' })).not.toContainText(
    'GBP',
  );

  // The plan catalog: every plan with its prices; the editor names a bad amount's field.
  await operator.goto('/operator/plans');
  await expect(operator.getByRole('heading', { level: 1, name: 'Plan catalog' })).toBeVisible();
  await expect(operator.getByRole('table', { name: 'Basic prices' })).toContainText('v1');
  await screenshots(operator, 'plan-catalog');
  await operator.getByRole('button', { name: 'Edit Basic' }).click();
  await operator.getByLabel('Price 1 amount').fill('12.345');
  await operator.getByRole('button', { name: 'Save plan' }).click();
  await expect(operator.getByText('An amount such as 29.00.')).toBeVisible();
  await screenshots(operator, 'plan-editor', { fullPage: false });
  await operator.context().close();
});
