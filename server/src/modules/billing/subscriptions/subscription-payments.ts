import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../../accounts/index.js';
import { recordAudit } from '../../audit/index.js';
import { enqueueOutboxMessage } from '../../notifications/index.js';
import type { CollectionOutcome, Collector } from '../collection.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { lockRow } from '../../../db/row-lock.js';
import { syncAccountPlan } from './account-plan.js';
import {
  type DunningPolicy,
  type SubscriptionStatus,
  dateFromInstant,
  instantFromDate,
  nextDunningStep,
  statusAfterPayment,
} from '../rules/index.js';
import { Subscription } from './subscription.entity.js';

/** Why an account is suspended when dunning suspended it (paying lifts exactly this one). */
export const dunningSuspension = 'dunning';

/**
 * Hands an issued invoice to the collector and moves the subscription as the outcome says
 * (`statusAfterPayment`). A pending outcome (bank transfer) changes nothing: the invoice waits. A
 * failed one starts dunning (`recordFailedCollection`).
 */
export async function collectInvoice(
  tx: EntityManager,
  invoice: Invoice,
  subscription: Subscription,
  collector: Collector,
  now: Date,
  dunning: DunningPolicy,
): Promise<CollectionOutcome | null> {
  if (invoice.status !== 'open') return null;
  const outcome = await collector.collect(tx, invoice);
  switch (outcome.status) {
    case 'pending':
      return outcome;
    case 'succeeded':
    case 'failed': {
      const next = statusAfterPayment(subscription.status, outcome.status);
      if (next !== subscription.status) {
        subscription.status = next;
        subscription.updatedAt = now;
      }
      if (outcome.status === 'failed') {
        await recordFailedCollection(tx, invoice, subscription, outcome.message, now, dunning);
      }
      return outcome;
    }
    default: {
      const unhandled: never = outcome;
      throw new Error(`Unhandled collection outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * After a failed attempt on an open invoice (locked by the caller, with its subscription): counts
 * it and either schedules the next retry (the rules' `nextDunningStep`, counted from the first
 * failure) or, when every retry has failed, takes the final action — cancel the subscription and
 * mark the invoice uncollectible, or suspend the account until the invoice is paid. Each step
 * writes an outbox message for the admin ("update your payment method") and an audit event.
 */
export async function recordFailedCollection(
  tx: EntityManager,
  invoice: Invoice,
  subscription: Subscription | null,
  message: string,
  now: Date,
  dunning: DunningPolicy,
): Promise<void> {
  invoice.failedPaymentAttempts += 1;
  invoice.paymentFailedAt ??= now;
  const step = nextDunningStep(
    instantFromDate(invoice.paymentFailedAt),
    invoice.failedPaymentAttempts,
    dunning,
  );
  const accountId = invoice.account.id;
  let outcome: string;
  if (step.kind === 'retry') {
    invoice.nextPaymentAttemptAt = dateFromInstant(step.at);
    outcome = 'retry_scheduled';
  } else {
    invoice.nextPaymentAttemptAt = null;
    if (step.action === 'cancel' && subscription !== null && subscription.status !== 'canceled') {
      subscription.status = 'canceled';
      subscription.canceledAt ??= now;
      subscription.endedAt = now;
      subscription.cancelAtPeriodEnd = false;
      subscription.scheduledChange = null;
      subscription.updatedAt = now;
      invoice.status = 'uncollectible';
      const account = await tx.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
      await syncAccountPlan(tx, account, subscription, now);
      outcome = 'subscription_canceled';
    } else if (step.action === 'suspend') {
      const account = await tx.findOneOrFail(Account, { id: accountId });
      if (account.suspendedAt === null) {
        account.suspendedAt = now;
        account.suspensionReason = dunningSuspension;
        account.updatedAt = now;
      }
      outcome = 'account_suspended';
    } else {
      invoice.status = 'uncollectible';
      outcome = 'invoice_uncollectible';
    }
  }
  recordAudit(tx, {
    action: 'payment.failed',
    occurredAt: now,
    accountId,
    target: invoice.id,
    outcome: 'failure',
    summary: {
      invoice: invoice.number,
      attempt: invoice.failedPaymentAttempts,
      message,
      dunning: outcome,
      nextAttemptAt: invoice.nextPaymentAttemptAt?.toISOString() ?? null,
    },
  });
  enqueueOutboxMessage(tx, {
    topic: 'payment.failed',
    accountId,
    payload: {
      invoiceId: invoice.id,
      number: invoice.number,
      amountDue: invoice.amountDue,
      currency: invoice.currency,
      attempt: invoice.failedPaymentAttempts,
      retriesPlanned: dunning.retryDays.length,
      nextAttemptAt: invoice.nextPaymentAttemptAt?.toISOString() ?? null,
      dunning: outcome,
      reason: message,
      method: invoice.collectionMethod === 'bank_transfer' ? 'bank transfer' : 'your card',
      // The e-mail asks the admin to update the payment method (or pay another way).
      link: '/billing/invoices/' + invoice.id,
    },
    at: now,
  });
}

/**
 * After an invoice of the subscription was paid: once none of its invoices is still open, an
 * `incomplete` or `past_due` subscription becomes active (the rules' `statusAfterPayment`) and a
 * suspension that dunning imposed is lifted — any successful payment ends dunning. Locks the
 * subscription row, like every change to it.
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
    { refresh: true, populate: ['account'] },
  );
  await tx.flush();
  const stillOpen = await tx.count(Invoice, { subscription: subscriptionId, status: 'open' });
  if (stillOpen > 0) return null;
  const account = subscription.account;
  if (account.suspendedAt !== null && account.suspensionReason === dunningSuspension) {
    account.suspendedAt = null;
    account.suspensionReason = null;
    account.updatedAt = now;
  }
  const from = subscription.status;
  const to = statusAfterPayment(from, 'succeeded');
  if (to === from) return null;
  subscription.status = to;
  subscription.updatedAt = now;
  return { from, to };
}
