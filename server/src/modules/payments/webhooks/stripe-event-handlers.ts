import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Config } from '../../../config.js';
import { lockIssuedInvoice, retryDunningNow } from '../../billing/index.js';
import { Payment } from '../payment.entity.js';
import { recordStripeDispute, recordStripeRefund } from '../refunds.service.js';
import {
  syncDefaultPaymentMethodFromStripe,
  syncPaymentMethodFromStripe,
} from '../stripe/payment-methods.service.js';
import { StripeCustomer } from '../stripe/stripe-customer.entity.js';
import { forgetDeletedStripeCustomer } from '../stripe/stripe-customers.service.js';
import type { BillingAdminEmails } from '../billing-contacts.js';
import { offSessionHooks, onSessionHooks } from '../stripe/card-collection.js';
import {
  type CardPaymentHooks,
  syncPaymentIntentFromStripe,
} from '../stripe/stripe-payments.service.js';
import type { StripeEvent } from './stripe-event.entity.js';
import type { StripeEventHandler, StripeEventHandlers } from './stripe-events.service.js';

/**
 * What handlers use besides the transaction: the Stripe API (to re-read objects), settings, and
 * who the Billing Admins are (for the card hooks' mail; billing-contacts.ts).
 */
export interface StripeEventDeps {
  stripe: Stripe;
  config: Config;
  billingAdminEmails: BillingAdminEmails;
  /**
   * Asks for the payment-retry job once the event's transaction has committed (the wiring runs it
   * after processing): a new default card during dunning is charged at once.
   */
  requestPaymentRetry: () => void;
}

type Handler = StripeEventHandler<StripeEventDeps>;

/** An expandable Stripe field: the id whether it came as a string or as the object. */
function idOf(field: string | { id: string } | null | undefined): string | null {
  if (field === null || field === undefined) return null;
  return typeof field === 'string' ? field : field.id;
}

function objectIdOf(event: StripeEvent): string {
  if (event.objectId === null) throw new Error(`Event ${event.id} names no object`);
  return event.objectId;
}

/** The event's object as Stripe sent it (signed); handlers re-read what can change. */
function sentObject<T>(event: StripeEvent): T {
  return (event.payload.data as { object: T }).object;
}

async function paymentOfCharge(
  tx: EntityManager,
  charge: Stripe.Charge,
): Promise<Payment | string> {
  const paymentIntent = idOf(charge.payment_intent);
  if (paymentIntent === null) return `nothing to do: charge ${charge.id} has no PaymentIntent`;
  const payment = await tx.findOne(Payment, { stripePaymentIntentId: paymentIntent });
  return payment ?? `nothing to do: no payment of ours for ${paymentIntent}`;
}

/**
 * A charge was refunded, here or in Stripe's dashboard: re-reads the charge and its refunds and
 * records each one we do not have yet (with its credit note). A refund `refundPayment` already
 * recorded is skipped by its Stripe id.
 */
const chargeRefunded: Handler = async (event, { tx, now, deps }) => {
  const charge = await deps.stripe.charges.retrieve(objectIdOf(event));
  const payment = await paymentOfCharge(tx, charge);
  if (typeof payment === 'string') return payment;
  const invoice = await lockIssuedInvoice(tx, payment.invoice.id);
  const refunds = await deps.stripe.refunds.list({ charge: charge.id, limit: 100 });
  const recorded: string[] = [];
  for (const refund of refunds.data) {
    if (refund.status !== 'succeeded' && refund.status !== 'pending') continue;
    const reason =
      refund.metadata?.reason ??
      `Refunded in Stripe${refund.reason ? ` (${refund.reason.replace(/_/g, ' ')})` : ''}`;
    const row = await recordStripeRefund(
      tx,
      invoice,
      payment,
      { id: refund.id, amount: refund.amount, currency: refund.currency },
      { reason, requestedBy: null, now },
    );
    if (row !== null) recorded.push(refund.id);
  }
  return recorded.length === 0
    ? 'nothing to do: its refunds were already recorded'
    : `recorded ${recorded.join(', ')} with credit notes on ${invoice.number}`;
};

/**
 * A cardholder disputed a charge. Stripe's test stand-in has no disputes API, and a dispute's
 * creation cannot be undone, so the dispute's own facts come from the signed event; the charge it
 * names is re-read to find our payment.
 */
const chargeDisputeCreated: Handler = async (event, { tx, now, deps }) => {
  const dispute = sentObject<Stripe.Dispute>(event);
  const chargeId = idOf(dispute.charge);
  if (chargeId === null) throw new Error(`Dispute ${dispute.id} names no charge`);
  const charge = await deps.stripe.charges.retrieve(chargeId);
  const payment = await paymentOfCharge(tx, charge);
  if (typeof payment === 'string') return payment;
  const recorded = await recordStripeDispute(
    tx,
    payment,
    {
      id: dispute.id,
      amount: dispute.amount,
      currency: dispute.currency,
      reason: dispute.reason,
    },
    deps.config,
    now,
  );
  return recorded === null
    ? 'nothing to do: the dispute was already recorded'
    : `payment ${payment.id} marked disputed; operators e-mailed`;
};

/**
 * What a final state does, as the request or job that charged would have done: a receipt on
 * success; for a charge nobody was present for (renewal, retry), dunning and the "fix your card"
 * mail on failure. An on-session payment that fails later (3-D Secure refused) only records it.
 */
function cardHooks(deps: StripeEventDeps): CardPaymentHooks {
  const onSession = onSessionHooks(deps);
  const offSession = offSessionHooks(deps);
  return {
    onSucceeded: (tx, payment, invoice, now) =>
      (payment.offSession ? offSession : onSession).onSucceeded?.(tx, payment, invoice, now) ??
      Promise.resolve(),
    onFailed: (tx, payment, invoice, now) =>
      payment.offSession
        ? (offSession.onFailed?.(tx, payment, invoice, now) ?? Promise.resolve())
        : Promise.resolve(),
  };
}

/** A fixed clock at the event's processing time, for services that take a clock. */
const at = (now: Date) => ({ now: () => now });

/**
 * `payment_intent.succeeded`, `.payment_failed`, `.requires_action`: whatever the event says, the
 * intent is re-read and its current state recorded, which only ever moves a payment forward (a
 * late `payment_failed` after `succeeded` re-reads "succeeded" and changes nothing).
 */
const paymentIntentChanged: Handler = async (event, { tx, now, deps }) => {
  const result = await syncPaymentIntentFromStripe(
    tx,
    deps.stripe,
    objectIdOf(event),
    at(now),
    cardHooks(deps),
  );
  return result === null
    ? `nothing to do: no payment of ours for ${event.objectId}`
    : `payment ${result.paymentId} is ${result.status}`;
};

/** `setup_intent.succeeded`: the card it set up, re-read and recorded on its account. */
const setupIntentSucceeded: Handler = async (event, { tx, now, deps }) => {
  const intent = await deps.stripe.setupIntents.retrieve(objectIdOf(event));
  const method = idOf(intent.payment_method);
  if (intent.status !== 'succeeded' || method === null) {
    return `nothing to do: the SetupIntent is ${intent.status}`;
  }
  const outcome = await syncPaymentMethodFromStripe(tx, deps.stripe, method, at(now));
  return `payment method ${method} ${outcome}`;
};

/** `payment_method.attached`, `.updated`, `.detached`: the card's current state at Stripe. */
const paymentMethodChanged: Handler = async (event, { tx, now, deps }) => {
  const method = objectIdOf(event);
  const outcome = await syncPaymentMethodFromStripe(tx, deps.stripe, method, at(now));
  return `payment method ${method} ${outcome}`;
};

/**
 * `customer.updated`: the default card may have been changed in Stripe's Customer Portal; the
 * customer is re-read and its default, when it is one of the account's cards, becomes ours. A new
 * default during dunning retries the open invoice at once (`retryDunningNow`), as in the app.
 */
const customerUpdated: Handler = async (event, { tx, now, deps }) => {
  const customerId = objectIdOf(event);
  const outcome = await syncDefaultPaymentMethodFromStripe(tx, deps.stripe, customerId, at(now));
  if (outcome === 'ignored') {
    return `nothing to do: no recorded card of an account of ours is ${customerId}'s default`;
  }
  if (outcome === 'unchanged') return 'default payment method unchanged';
  // As when a card is made the default in the app: an invoice in dunning is retried at once.
  const owner = await tx.findOneOrFail(StripeCustomer, { stripeCustomerId: customerId });
  const due = await retryDunningNow(tx, owner.account.id, now);
  if (due === 0) return 'default payment method changed';
  deps.requestPaymentRetry();
  return `default payment method changed; ${due} invoice${due === 1 ? '' : 's'} in dunning retried now`;
};

/** `customer.deleted`: Stripe's word is final here (a deleted customer cannot be re-read). */
const customerDeleted: Handler = async (event, { tx, now }) => {
  const customerId = objectIdOf(event);
  const known = await tx.count(StripeCustomer, { stripeCustomerId: customerId, deletedAt: null });
  if (known === 0) return `nothing to do: ${customerId} is no account's live customer`;
  await forgetDeletedStripeCustomer(tx, customerId, now);
  return `forgot ${customerId} and its cards`;
};

/** Every event type Ledgerline acts on (SPEC §4); anything else is stored and marked processed. */
export const stripeEventHandlers: StripeEventHandlers<StripeEventDeps> = {
  'payment_intent.succeeded': paymentIntentChanged,
  'payment_intent.payment_failed': paymentIntentChanged,
  'payment_intent.requires_action': paymentIntentChanged,
  'setup_intent.succeeded': setupIntentSucceeded,
  'payment_method.attached': paymentMethodChanged,
  'payment_method.updated': paymentMethodChanged,
  'payment_method.detached': paymentMethodChanged,
  'charge.refunded': chargeRefunded,
  'charge.dispute.created': chargeDisputeCreated,
  'customer.updated': customerUpdated,
  'customer.deleted': customerDeleted,
};
