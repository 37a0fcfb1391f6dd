import 'reflect-metadata';
import { startLocalstripe, type Localstripe } from '../../../test/localstripe.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import type { CookieClient } from '../../../test/browser.js';
import { retryDuePayments } from '../../billing/renewals/dunning.service.js';
import { Invoice } from '../../billing/invoices/invoice.entity.js';
import { createCustomer } from '../../billing/subscriptions/billing.fixture.js';
import { billingAdminEmails } from '../../members/billing-admins.js';
import { deploymentCollector } from '../collectors.js';
import { sendClaimedCharge, unsentCharges } from './card-collection.js';
import { stripeClientFor, type StripeClient } from './stripe-client.js';

const previewUpgrade = `query {
  previewSubscriptionChange(input: { action: CHANGE, seats: 4 }) {
    amountDueToday { amount } collectionMethod dueAt chargedTo
  }
}`;

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function dataOf<T>(answer: Answer<T>): T {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

/**
 * A card invoice issued by a change (a start, an upgrade) is charged at once: the mutation asks
 * for the payment-retry job right away instead of leaving the attempt to the job's next minute.
 * Workers are off in test servers, so the test looks at the queue (pgboss.job) and then runs the
 * jobs' functions itself, in the order the queue would (jobs/workers.ts), against localstripe.
 */
describe('charging an upgrade by card at once', () => {
  let standIn: Localstripe;
  let server: TestServer;
  let stripe: StripeClient;
  let admin: CookieClient;
  let accountId: string;

  beforeAll(async () => {
    standIn = await startLocalstripe();
    server = await startTestServer({ env: standIn.env });
    stripe = stripeClientFor(server.config.stripe!);
    accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Prompt Payers SARL',
      'fr_business',
      server.clock.now(),
    );
    admin = await memberOf(server, accountId, 'BILLING_ADMIN');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await standIn?.stop();
  });

  const em = () => server.db.orm.em.fork();

  async function waitingRetryJobs(): Promise<number> {
    const jobs = await server.jobs.findJobs('retry-failed-payments');
    return jobs.filter((job) => job.state === 'created').length;
  }
  async function forgetRetryJobs(): Promise<void> {
    await em()
      .getConnection()
      .execute(`delete from pgboss.job where name = 'retry-failed-payments'`, [], 'run');
  }

  /** What the queue would run: the retry job's claim, then each charge job it enqueues. */
  async function runPaymentJobs(): Promise<void> {
    await retryDuePayments(em(), server.clock, {
      config: server.config,
      collector: deploymentCollector(server.config.billing, server.clock),
    });
    for (const paymentId of await unsentCharges(em())) {
      await sendClaimedCharge(
        em(),
        server.config,
        paymentId,
        'job-1',
        server.clock,
        billingAdminEmails,
      );
    }
  }

  async function addCard(number: string): Promise<string> {
    const setup = dataOf(
      await admin.graphql<{ createSetupIntent: { setupIntentId: string } }>(
        'mutation { createSetupIntent { setupIntentId } }',
      ),
    ).createSetupIntent;
    const card = await stripe.paymentMethods.create({
      type: 'card',
      card: { number, exp_month: 12, exp_year: 2040, cvc: '123' },
    });
    await stripe.setupIntents.confirm(setup.setupIntentId, { payment_method: card.id });
    return dataOf(
      await admin.graphql<{ confirmPaymentMethodSetup: { label: string } }>(
        'mutation($id: String!) { confirmPaymentMethodSetup(input: { setupIntentId: $id }) { label } }',
        { id: setup.setupIntentId },
      ),
    ).confirmPaymentMethodSetup.label;
  }

  async function subscriptionMutation(query: string, key: string) {
    await forgetRetryJobs();
    const result = dataOf(
      await admin.graphql<Record<string, { outcome: string; invoice: { id: string } | null }>>(
        query,
        { key },
      ),
    );
    return Object.values(result)[0]!;
  }

  it('says the upgrade is charged now to the default card, asks for the charge at once, and pays it', async () => {
    expect(await addCard('4242424242424242')).toBe('Visa •••• 4242');
    const start = (key: string) =>
      subscriptionMutation(
        `mutation($key: String!) { startSubscription(input: { planCode: "basic", interval: MONTH, currency: "EUR", seats: 1, idempotencyKey: $key }) { outcome invoice { id } } }`,
        key,
      );
    // A trial first (no invoice, nothing asked), ended, then Basic started: its invoice is charged.
    expect((await start('trial')).outcome).toBe('TRIAL_STARTED');
    expect(await waitingRetryJobs()).toBe(0);
    await subscriptionMutation(
      `mutation($key: String!) { cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: $key }) { outcome invoice { id } } }`,
      'end-trial',
    );
    const started = await start('paid');
    expect(await waitingRetryJobs()).toBe(1);
    await runPaymentJobs();
    expect(await em().findOneOrFail(Invoice, { id: started.invoice!.id })).toMatchObject({
      status: 'paid',
      collectionMethod: 'card',
    });

    // The preview of a fourth seat says what will happen, in the collector's words.
    const preview = dataOf(
      await admin.graphql<{
        previewSubscriptionChange: {
          amountDueToday: { amount: number };
          collectionMethod: string;
          dueAt: string;
          chargedTo: string | null;
        };
      }>(previewUpgrade),
    ).previewSubscriptionChange;
    expect(preview.amountDueToday.amount).toBeGreaterThan(0);
    expect(preview).toMatchObject({ collectionMethod: 'CARD', chargedTo: 'Visa •••• 4242' });

    const upgraded = await subscriptionMutation(
      `mutation($key: String!) { changeSubscription(input: { seats: 4, idempotencyKey: $key }) { outcome invoice { id } } }`,
      'upgrade',
    );
    expect(upgraded.outcome).toBe('UPGRADED');
    // Asked for at once: the job is waiting now, not at the next minute's schedule.
    expect(await waitingRetryJobs()).toBe(1);
    await runPaymentJobs();
    expect(await em().findOneOrFail(Invoice, { id: upgraded.invoice!.id })).toMatchObject({
      status: 'paid',
      collectionMethod: 'card',
    });
  });
});
