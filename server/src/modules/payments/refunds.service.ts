import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { AppError, badInput } from '../../errors.js';
import { type Actor, recordAudit } from '../audit/index.js';
import { getAccount } from '../accounts/index.js';
import { Invoice, issueCreditNote, lockIssuedInvoice } from '../billing/index.js';
import { enqueueMail, type MailSettings } from '../notifications/index.js';
import { performOrReplay } from '../../db/idempotency.js';
import { Payment } from './payment.entity.js';
import { PaymentDispute, PaymentRefund } from './refund.entity.js';

/** A refund as Stripe reports it; only what we record. */
export interface StripeRefundFacts {
  id: string;
  amount: number;
  currency: string;
}

/**
 * Records a Stripe refund of a card payment, once by its Stripe id, with a credit note for the
 * amount; the caller holds the lock of the payment's invoice (so a refund and a webhook about it
 * cannot both record it). The invoice stays paid: the credit note documents the money given back
 * to the card. Returns null when the refund was already recorded.
 */
export async function recordStripeRefund(
  tx: EntityManager,
  invoice: Invoice,
  payment: Payment,
  refund: StripeRefundFacts,
  options: { reason: string; requestedBy: Actor | null; now: Date },
): Promise<PaymentRefund | null> {
  const known = await tx.findOne(PaymentRefund, { stripeRefundId: refund.id });
  if (known !== null) return null;
  if (refund.currency.toUpperCase() !== payment.currency) {
    throw new Error(
      `Refund ${refund.id} is in ${refund.currency}, payment ${payment.id} in ${payment.currency}`,
    );
  }
  const { now, reason, requestedBy } = options;
  const creditNote = await issueCreditNote(tx, invoice, refund.amount, reason, now);
  const recorded = tx.create(PaymentRefund, {
    payment,
    account: payment.account,
    amount: refund.amount,
    currency: payment.currency,
    stripeRefundId: refund.id,
    creditNote,
    reason,
    requestedBy: requestedBy?.userId ?? null,
    createdAt: now,
  });
  recordAudit(tx, {
    action: 'payment.refunded',
    occurredAt: now,
    actorUserId: requestedBy?.userId ?? null,
    accountId: payment.account.id,
    target: payment.id,
    ip: requestedBy?.ip ?? null,
    requestId: requestedBy?.requestId ?? null,
    summary: {
      invoice: invoice.number,
      amount: refund.amount,
      currency: payment.currency,
      creditNote: creditNote.number,
      stripeRefund: refund.id,
      reason,
      // Refunds made in Stripe's dashboard reach us by webhook, with no person of ours behind them.
      via: requestedBy === null ? 'stripe' : 'back_office',
    },
  });
  return recorded;
}

/** What is left to refund on a payment: what it took, less what was already given back. */
export async function refundableAmount(tx: EntityManager, payment: Payment): Promise<number> {
  const refunds = await tx.find(PaymentRefund, { payment: payment.id }, { fields: ['amount'] });
  return payment.amount - refunds.reduce((sum, refund) => sum + refund.amount, 0);
}

export interface RefundPaymentInput {
  paymentId: string;
  /** Minor units; null refunds everything still refundable. */
  amount: number | null;
  reason: string;
  idempotencyKey: string;
}

export interface RefundReceipt {
  refundId: string;
  paymentId: string;
  invoiceId: string;
}

function validReason(raw: string): string {
  const reason = raw.trim().replace(/\s+/g, ' ');
  if (reason.length === 0) throw badInput('reason', 'Say why the payment is refunded.');
  if (reason.length > 500) throw badInput('reason', 'Use at most 500 characters.');
  return reason;
}

/**
 * Operator: gives back all or part of a card payment through Stripe and issues the credit note.
 * The invoice row stays locked from the check of what is refundable to the commit, so concurrent
 * refunds of one payment cannot together give back more than it took (Stripe's test stand-in does
 * not refuse that). Idempotent per (account, key); Stripe gets a key derived from ours as well.
 * Should the commit fail after Stripe refunded, the `charge.refunded` webhook records the refund.
 */
export async function refundPayment(
  em: EntityManager,
  input: RefundPaymentInput,
  actor: Actor,
  clock: Clock,
  stripe: Stripe,
): Promise<RefundReceipt> {
  const reason = validReason(input.reason);
  if (input.amount !== null && (!Number.isSafeInteger(input.amount) || input.amount <= 0)) {
    throw badInput('amount', 'Enter the amount to refund in minor units (cents), above zero.');
  }
  return em.transactional(async (tx) => {
    const found = await tx.findOne(Payment, { id: input.paymentId });
    if (found === null) throw new AppError('NOT_FOUND', 'Payment not found.');
    const accountId = found.account.id;
    const { idempotencyKey, ...request } = input;
    return performOrReplay(
      tx,
      { accountId, key: idempotencyKey, operation: 'refundPayment', request, at: clock.now() },
      async () => {
        const invoice = await lockIssuedInvoice(tx, found.invoice.id);
        const payment = await tx.findOneOrFail(Payment, { id: found.id }, { refresh: true });
        const paymentIntent = payment.stripePaymentIntentId;
        if (payment.method !== 'card' || paymentIntent === null) {
          throw new AppError(
            'CONFLICT',
            'Only card payments are refunded here; give back a bank transfer by bank transfer.',
          );
        }
        if (payment.status !== 'succeeded') {
          throw new AppError('CONFLICT', `This payment is ${payment.status}; nothing was taken.`);
        }
        const left = await refundableAmount(tx, payment);
        const amount = input.amount ?? left;
        if (left <= 0) throw new AppError('CONFLICT', 'This payment was already refunded in full.');
        if (amount > left) {
          throw badInput('amount', `At most ${left} (minor units) is left to refund.`);
        }
        const refund = await stripe.refunds.create(
          { payment_intent: paymentIntent, amount, metadata: { ledgerline_payment: payment.id } },
          { idempotencyKey: `refund:${payment.id}:${idempotencyKey}` },
        );
        const recorded = await recordStripeRefund(
          tx,
          invoice,
          payment,
          { id: refund.id, amount: refund.amount, currency: refund.currency },
          { reason, requestedBy: actor, now: clock.now() },
        );
        const refundRow =
          recorded ?? (await tx.findOneOrFail(PaymentRefund, { stripeRefundId: refund.id }));
        return { refundId: refundRow.id, paymentId: payment.id, invoiceId: invoice.id };
      },
    );
  });
}

/** A dispute as Stripe reports it; only what we record. */
export interface StripeDisputeFacts {
  id: string;
  amount: number;
  currency: string;
  reason: string;
}

/**
 * Marks a card payment disputed (once per Stripe dispute id), records it in the account's audit
 * log, and e-mails every operator (OPERATOR_EMAILS) in the same transaction. Returns null when the
 * dispute was already recorded.
 */
export async function recordStripeDispute(
  tx: EntityManager,
  payment: Payment,
  dispute: StripeDisputeFacts,
  config: MailSettings & Pick<Config, 'operatorEmails'>,
  now: Date,
): Promise<PaymentDispute | null> {
  const inserted = await tx.getConnection().execute<{ id: string }[]>(
    `insert into payment_dispute (id, payment_id, account_id, stripe_dispute_id, amount, currency, reason, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (stripe_dispute_id) do nothing returning id`,
    [
      new PaymentDispute().id,
      payment.id,
      payment.account.id,
      dispute.id,
      dispute.amount,
      dispute.currency.toUpperCase(),
      dispute.reason,
      now,
    ],
    'all',
    tx.getTransactionContext(),
  );
  const id = inserted[0]?.id;
  if (id === undefined) return null;
  const account = await getAccount(tx, payment.account.id);
  const invoice = await tx.findOneOrFail(Invoice, { id: payment.invoice.id });
  const invoiceNumber = invoice.number ?? invoice.id;
  recordAudit(tx, {
    action: 'payment.disputed',
    occurredAt: now,
    accountId: account.id,
    target: payment.id,
    outcome: 'failure',
    summary: {
      invoice: invoiceNumber,
      amount: dispute.amount,
      currency: dispute.currency.toUpperCase(),
      reason: dispute.reason,
      stripeDispute: dispute.id,
    },
  });
  for (const operator of [...config.operatorEmails].sort()) {
    enqueueMail(tx, config, {
      to: operator,
      template: 'paymentDisputed',
      data: {
        accountName: account.name,
        invoiceNumber,
        amount: dispute.amount,
        currency: dispute.currency.toUpperCase(),
        reason: dispute.reason,
        disputeId: dispute.id,
        disputedAt: now,
      },
      accountId: account.id,
      at: now,
    });
  }
  return tx.findOneOrFail(PaymentDispute, { id });
}
