import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Config } from '../../../config.js';
import { lockIssuedInvoice } from '../../billing/invoices/invoice.service.js';
import { Payment } from '../payment.entity.js';
import { recordStripeDispute, recordStripeRefund } from '../refunds.service.js';
import type { StripeEvent } from './stripe-event.entity.js';
import type { StripeEventHandler, StripeEventHandlers } from './stripe-events.service.js';

/** What handlers use besides the transaction: the Stripe API (to re-read objects), settings. */
export interface StripeEventDeps {
  stripe: Stripe;
  config: Config;
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

/** Every event type Ledgerline acts on (SPEC §4); anything else is stored and marked processed. */
export const stripeEventHandlers: StripeEventHandlers<StripeEventDeps> = {
  'charge.refunded': chargeRefunded,
  'charge.dispute.created': chargeDisputeCreated,
};
