import { AppError } from '../../../errors.js';
import type { Clock } from '../../../clock.js';
import {
  type BillingTestDatabase,
  createCustomer,
  customerActor,
  depsAt,
} from '../../billing/subscriptions/billing.fixture.js';
import type { BillingDeps } from '../../billing/subscriptions/subscription.service.js';
import {
  cancelSubscription,
  startSubscription,
} from '../../billing/subscriptions/subscription.service.js';
import { confirmPaymentMethodSetup, createSetupIntent } from './payment-methods.service.js';
import type { StripeClient } from './stripe-client.js';

/**
 * An account on Advanced monthly (EUR, a French business) whose first invoice, 89.00, is open:
 * its trial was cancelled and the plan started again without one.
 */
export async function accountWithOpenInvoice(
  database: BillingTestDatabase,
  name: string,
  clock: Clock,
  deps: BillingDeps = depsAt(clock),
): Promise<{ accountId: string; invoiceId: string }> {
  const accountId = await createCustomer(database.em(), name, 'fr_business', clock.now());
  const start = { planCode: 'advanced', interval: 'MONTH' as const, currency: 'EUR', seats: 1 };
  await startSubscription(
    database.em(),
    accountId,
    { ...start, idempotencyKey: 't' },
    customerActor,
    deps,
  );
  await cancelSubscription(
    database.em(),
    accountId,
    { timing: 'now', reason: 'other', idempotencyKey: 'c' },
    customerActor,
    deps,
  );
  const paid = await startSubscription(
    database.em(),
    accountId,
    { ...start, idempotencyKey: 'p' },
    customerActor,
    deps,
  );
  return { accountId, invoiceId: paid.invoiceId! };
}

/**
 * What Stripe.js's confirmCardSetup does with a card typed into the Card Element (the same API
 * calls), then the portal's confirmation.
 */
export async function addCard(
  database: BillingTestDatabase,
  stripe: StripeClient,
  accountId: string,
  number: string,
  clock: Clock,
) {
  const setup = await createSetupIntent(database.em(), stripe, accountId, clock);
  const card = await stripe.paymentMethods.create({
    type: 'card',
    card: { number, exp_month: 12, exp_year: 2040, cvc: '123' },
  });
  let intent = await stripe.setupIntents.confirm(setup.setupIntentId, { payment_method: card.id });
  // A 3-D Secure card: the browser shows the bank's check; confirming again completes it.
  if (intent.status === 'requires_action') {
    intent = await stripe.setupIntents.confirm(setup.setupIntentId);
  }
  if (intent.status !== 'succeeded') throw new Error(`SetupIntent ${intent.status}`);
  const change = await confirmPaymentMethodSetup(
    database.em(),
    stripe,
    accountId,
    setup.setupIntentId,
    customerActor,
    clock,
  );
  return { ...change, setupIntentId: setup.setupIntentId, stripeId: card.id };
}

/** The AppError a call fails with. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
