import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../invoices/invoice.entity.js';
import { lockRow } from '../invoices/row-lock.js';
import type { Collector } from '../../payments/collection.js';
import { type SubscriptionStatus, statusAfterPayment } from '../rules/index.js';
import { Subscription } from './subscription.entity.js';

/**
 * Hands an issued invoice to the collector and moves the subscription as the outcome says
 * (`statusAfterPayment`). A pending outcome (bank transfer) changes nothing: the invoice waits.
 */
export async function collectInvoice(
  tx: EntityManager,
  invoice: Invoice,
  subscription: Subscription,
  collector: Collector,
  now: Date,
): Promise<void> {
  if (invoice.status !== 'open') return;
  const outcome = await collector.collect(tx, invoice);
  switch (outcome.status) {
    case 'pending':
      return;
    case 'succeeded':
    case 'failed': {
      const next = statusAfterPayment(subscription.status, outcome.status);
      if (next !== subscription.status) {
        subscription.status = next;
        subscription.updatedAt = now;
      }
      return;
    }
    default: {
      const unhandled: never = outcome;
      throw new Error(`Unhandled collection outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * After an invoice of the subscription was paid: once none of its invoices is still open, an
 * `incomplete` or `past_due` subscription becomes active (the rules' `statusAfterPayment`).
 * Locks the subscription row, like every change to it.
 */
export async function settleSubscriptionAfterPayment(
  tx: EntityManager,
  subscriptionId: string,
  now: Date,
): Promise<{ from: SubscriptionStatus; to: SubscriptionStatus } | null> {
  if (!(await lockRow(tx, 'subscription', subscriptionId))) return null;
  const subscription = await tx.findOneOrFail(
    Subscription,
    { id: subscriptionId },
    { refresh: true },
  );
  await tx.flush();
  const stillOpen = await tx.count(Invoice, { subscription: subscriptionId, status: 'open' });
  if (stillOpen > 0) return null;
  const from = subscription.status;
  const to = statusAfterPayment(from, 'succeeded');
  if (to === from) return null;
  subscription.status = to;
  subscription.updatedAt = now;
  return { from, to };
}
