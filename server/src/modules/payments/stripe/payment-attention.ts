import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { type Invoice, getAccountInvoice, listOpenInvoices } from '../../billing/index.js';
import { Payment } from '../payment.entity.js';
import { notChargedPrefix } from './card-collection.js';
import { checkFixPaymentLink } from './payment-links.js';

/**
 * A payment the account should see to now (the Overview and billing pages show it as a banner with
 * the way to fix it):
 * - `past_due`: the subscription is past due (a renewal was not paid); the invoice to pay;
 * - `payment_failed`: a card payment of an open invoice failed (on or off session) and nothing
 *   has paid it since.
 */
export interface PaymentAttention {
  kind: 'past_due' | 'payment_failed';
  invoice: Invoice;
  /** The issuer's decline message of the last failed card attempt, if any. */
  failureMessage: string | null;
  failedAt: Date | null;
  /** When dunning charges the card again by itself; null when no retry is scheduled. */
  nextAttemptAt: Date | null;
}

/**
 * What needs paying most urgently: the most recent failed card payment of an open invoice (a
 * past-due subscription's invoice says `past_due`), else the open invoice of a past-due
 * subscription (a bank transfer not received). Null when nothing is owed late or failed.
 * A claimed charge dropped because it was no longer wanted (`notChargedPrefix`) is no failure.
 */
export async function paymentAttentionOf(
  em: EntityManager,
  accountId: string,
): Promise<PaymentAttention | null> {
  const open = await listOpenInvoices(em, accountId);
  if (open.length === 0) return null;
  const pastDue = (invoice: Invoice) => invoice.subscription?.status === 'past_due';
  const cardPayments = await em.find(
    Payment,
    { account: accountId, invoice: { $in: open.map((invoice) => invoice.id) }, method: 'card' },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  const latest = new Map<string, Payment>();
  for (const payment of cardPayments) {
    if (!latest.has(payment.invoice.id)) latest.set(payment.invoice.id, payment);
  }
  const failures = open
    .map((invoice) => ({ invoice, payment: latest.get(invoice.id) }))
    .filter(
      (entry): entry is { invoice: Invoice; payment: Payment } =>
        entry.payment?.status === 'failed' &&
        !(entry.payment.failureMessage ?? '').startsWith(notChargedPrefix),
    )
    .sort((a, b) => b.payment.createdAt.getTime() - a.payment.createdAt.getTime());
  const failed = failures[0];
  if (failed !== undefined) {
    return {
      kind: pastDue(failed.invoice) ? 'past_due' : 'payment_failed',
      invoice: failed.invoice,
      failureMessage: failed.payment.failureMessage,
      failedAt: failed.payment.createdAt,
      nextAttemptAt: failed.invoice.nextPaymentAttemptAt,
    };
  }
  const late = open.find(pastDue);
  if (late === undefined) return null;
  return {
    kind: 'past_due',
    invoice: late,
    failureMessage: null,
    failedAt: null,
    nextAttemptAt: late.nextPaymentAttemptAt,
  };
}

/**
 * The link in a payment-failed e-mail, checked when the app opens it: the invoice it names when
 * the signature holds, the link has not expired, and the invoice is the signed-in account's.
 * Clear errors otherwise (BAD_USER_INPUT for a tampered or expired link, NOT_FOUND for another
 * account's invoice). An invoice paid meanwhile is answered as it is: the page says so.
 */
export async function openFixPaymentLink(
  em: EntityManager,
  config: Pick<Config, 'stripe'>,
  accountId: string,
  link: { invoice: string; expires: string; signature: string },
  now: Date,
): Promise<Invoice> {
  if (config.stripe === null) {
    throw new AppError(
      'CONFLICT',
      'Card payments are not set up on this portal, so this link cannot be used. Open the invoice from Invoices to pay it by bank transfer.',
    );
  }
  const checked = checkFixPaymentLink(config, link, now);
  if (!checked.ok) {
    throw new AppError(
      'BAD_USER_INPUT',
      checked.problem === 'expired'
        ? 'This payment link has expired. Open the invoice from Invoices to pay it, or add a card below.'
        : 'This payment link is not valid: it may have been cut short or changed. Open the invoice from Invoices to pay it.',
      'link',
    );
  }
  try {
    return await getAccountInvoice(em, accountId, checked.invoiceId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError(
        'NOT_FOUND',
        'This payment link is for an invoice of another account. Switch to that account and open the link again.',
      );
    }
    throw error;
  }
}
