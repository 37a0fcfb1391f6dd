import { expect, test, type Page } from '@playwright/test';
import { newOperatorPage, screenshots, signInWithDevelopmentProvider } from './helpers';

/** A GraphQL request from the signed-in page's own session (same origin, JSON: passes CSRF). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

test('an operator moves the test clock and a trial converts into its first invoice', async ({
  browser,
}) => {
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto('/');
  await signInWithDevelopmentProvider(customer, 'trial@clock.example', 'Tess Trial');
  await expect(customer.getByRole('heading', { level: 1, name: 'Tess Trial' })).toBeVisible();
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
        legalName: 'Tess Trial GmbH',
        billingEmail: 'billing@clock.example',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    },
  );
  const started = await graphql<{ startSubscription: { subscription: { status: string } } }>(
    customer,
    `
      mutation ($input: StartSubscriptionInput!) {
        startSubscription(input: $input) {
          subscription {
            status
          }
        }
      }
    `,
    {
      input: {
        planCode: 'basic',
        interval: 'MONTH',
        currency: 'EUR',
        seats: 1,
        idempotencyKey: 'tess-trial',
      },
    },
  );
  expect(started.startSubscription.subscription.status).toBe('TRIALING');

  const operator = await newOperatorPage(browser, '/operator/test-clock');
  await expect(operator.getByRole('heading', { level: 1, name: 'Test clock' })).toBeVisible();
  await expect(operator.getByText('At real time')).toBeVisible();
  await screenshots(operator, '40-test-clock');

  // Moving back is refused with the reason, and nothing moves.
  await operator.getByLabel('Date and time (UTC)').fill('2020-01-01T00:00');
  await operator.getByRole('button', { name: 'Move the clock' }).click();
  await expect(operator.getByText(/only moves forward/)).toBeVisible();
  await expect(operator.getByText('At real time')).toBeVisible();

  // Five steps of 3 days cross the 14-day trial; each step stays within the 7-day session idle
  // time, so the operator stays signed in.
  for (let step = 1; step <= 5; step++) {
    await operator.getByRole('button', { name: '+3 days' }).click();
    await expect(operator.getByText(`${step * 3} days ahead of real time`)).toBeVisible();
  }
  await expect(operator.getByRole('alert').filter({ hasText: 'Moved to' })).toBeVisible();
  await screenshots(operator, '41-test-clock-moved');

  // The customer was idle for 15 billing days: signed out, and back in to find the invoice.
  await customer.goto('/');
  await signInWithDevelopmentProvider(customer, 'trial@clock.example', 'Tess Trial');
  await expect(customer.getByRole('heading', { level: 1, name: 'Tess Trial' })).toBeVisible();
  await expect
    .poll(
      async () => {
        const data = await graphql<{
          account: { subscription: { status: string } };
          invoices: { edges: { node: { status: string; total: { amount: number } } }[] };
        }>(
          customer,
          `
            {
              account {
                subscription {
                  status
                }
              }
              invoices(first: 5) {
                edges {
                  node {
                    status
                    total {
                      amount
                    }
                  }
                }
              }
            }
          `,
        );
        return {
          status: data.account.subscription.status,
          // Basic monthly in EUR: 27.00 + 19 % German VAT = 32.13, open on bank-transfer terms.
          invoices: data.invoices.edges.map(({ node }) => [node.status, node.total.amount]),
        };
      },
      { timeout: 30_000 },
    )
    .toEqual({ status: 'ACTIVE', invoices: [['OPEN', 3213]] });
  await customerContext.close();
  await operator.context().close();
});
