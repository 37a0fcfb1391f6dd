import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Clock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import { type Actor, recordAudit } from '../../audit/index.js';
import {
  recordCreditBalanceEntry,
  Invoice,
  applyPaymentToInvoice,
  lockIssuedInvoice,
  settleSubscriptionAfterPayment,
} from '../../billing/index.js';
import { money, parseCurrency } from '../../billing/rules/index.js';
import { enqueueOutboxMessage } from '../../notifications/index.js';
import { validateIdempotencyKey } from '../../../db/idempotency.js';
import { Payment } from '../payment.entity.js';
import { PaymentMethod } from './payment-method.entity.js';
import { paymentMethodLabel } from './payment-methods.service.js';
import type { StripeClient } from './stripe-client.js';
import { findStripeCustomerId } from './stripe-customers.service.js';

/** Where a card payment stands after a request or a webhook. */
export interface CardPaymentResult {
  paymentId: string;
  invoiceId: string;
  status: Payment['status'];
  /** For `requires_action`: what Stripe.js needs to run 3-D Secure in the browser. */
  clientSecret: string | null;
  failureMessage: string | null;
}

/**
 * Hooks the charge's caller adds to what a final state does: dunning reacts to an off-session
 * failure, the receipt goes out on success. Called inside the transaction that records the state.
 */
export interface CardPaymentHooks {
  onSucceeded?(tx: EntityManager, payment: Payment, invoice: Invoice, now: Date): Promise<void>;
  onFailed?(tx: EntityManager, payment: Payment, invoice: Invoice, now: Date): Promise<void>;
}

/** Stripe's idempotency key of a charge: one per (invoice, attempt), the same on every retry. */
export function chargeIdempotencyKey(invoiceId: string, attempt: number): string {
  return `ledgerline:${invoiceId}:attempt:${attempt}`;
}

const inFlight = ['pending', 'requires_action'] as const;

function resultOf(payment: Payment, clientSecret: string | null = null): CardPaymentResult {
  return {
    paymentId: payment.id,
    invoiceId: payment.invoice.id,
    status: payment.status,
    clientSecret,
    failureMessage: payment.failureMessage,
  };
}

export interface ClaimedCharge {
  payment: Payment;
  stripePaymentMethodId: string;
  customerId: string;
}

/**
 * Phase one of a charge, in one transaction holding the invoice row: checks the invoice is open
 * with something due and no other card payment in flight, and records a `pending` payment for
 * attempt n+1. Only then is Stripe called, outside any transaction: two requests can never both
 * reach Stripe for one invoice (the invoice lock, and the unique in-flight index behind it), which
 * is what makes charges exactly-once even though the stand-in ignores idempotency keys.
 */
async function claimCharge(
  tx: EntityManager,
  input: {
    accountId: string;
    invoiceId: string;
    paymentMethod: PaymentMethod;
    idempotencyKey: string;
    offSession: boolean;
    now: Date;
  },
): Promise<ClaimedCharge> {
  const invoice = await lockIssuedInvoice(tx, input.invoiceId);
  if (invoice.account.id !== input.accountId) throw new AppError('NOT_FOUND', 'Invoice not found.');
  return claimChargeOn(tx, invoice, input);
}

/**
 * `claimCharge` on an invoice the caller holds locked (dunning's retry job does). The key may
 * depend on the attempt number.
 */
export async function claimChargeOn(
  tx: EntityManager,
  invoice: Invoice,
  input: {
    paymentMethod: PaymentMethod;
    idempotencyKey: string | ((attempt: number) => string);
    offSession: boolean;
    now: Date;
  },
): Promise<ClaimedCharge> {
  if (invoice.status !== 'open') {
    throw new AppError(
      'CONFLICT',
      `Invoice ${invoice.number} is ${invoice.status}; only an open invoice can be paid.`,
    );
  }
  if (invoice.amountDue <= 0) {
    throw new AppError('CONFLICT', `Nothing is due on invoice ${invoice.number}.`);
  }
  const running = await tx.findOne(Payment, {
    invoice: invoice.id,
    method: 'card',
    status: { $in: [...inFlight] },
  });
  if (running !== null) {
    throw new AppError(
      'CONFLICT',
      running.status === 'requires_action'
        ? `A card payment of invoice ${invoice.number} is waiting for the cardholder's authentication. Finish it first.`
        : `A card payment of invoice ${invoice.number} is in progress.`,
    );
  }
  const accountId = invoice.account.id;
  const customerId = await findStripeCustomerId(tx, accountId);
  if (customerId === null) throw new AppError('NOT_FOUND', 'Payment method not found.');
  const attempt =
    (await tx.count(Payment, { invoice: invoice.id, method: 'card', attempt: { $ne: null } })) + 1;
  const currency = parseCurrency(invoice.currency);
  const payment = tx.create(Payment, {
    account: invoice.account,
    invoice,
    method: 'card',
    amount: invoice.amountDue,
    appliedAmount: 0,
    currency,
    status: 'pending',
    reference: '',
    idempotencyKey:
      typeof input.idempotencyKey === 'string'
        ? input.idempotencyKey
        : input.idempotencyKey(attempt),
    paymentMethodLabel: paymentMethodLabel(input.paymentMethod),
    attempt,
    offSession: input.offSession,
    receivedAt: input.now,
    createdAt: input.now,
  });
  await tx.flush();
  return { payment, stripePaymentMethodId: input.paymentMethod.stripePaymentMethodId, customerId };
}

/** Phase two: the PaymentIntent, created and confirmed at once. Failures become a final state. */
export async function sendCharge(
  stripe: StripeClient,
  claimed: ClaimedCharge,
): Promise<{ intent: Stripe.PaymentIntent } | { declined: string }> {
  const { payment } = claimed;
  try {
    const intent = await stripe.paymentIntents.create(
      {
        amount: payment.amount,
        currency: payment.currency.toLowerCase(),
        customer: claimed.customerId,
        payment_method: claimed.stripePaymentMethodId,
        confirm: true,
        ...(payment.offSession ? { off_session: true } : {}),
        metadata: {
          payment_id: payment.id,
          invoice_id: payment.invoice.id,
          account_id: payment.account.id,
        },
      },
      { idempotencyKey: chargeIdempotencyKey(payment.invoice.id, payment.attempt ?? 1) },
    );
    return { intent };
  } catch (error) {
    if (error instanceof Error && 'type' in error && error.type === 'StripeCardError') {
      // Real Stripe answers 402 with the intent; the stand-in with the charge only.
      const raw = error as Error & { payment_intent?: Stripe.PaymentIntent };
      if (raw.payment_intent?.id !== undefined) return { intent: raw.payment_intent };
      return { declined: error.message };
    }
    throw error;
  }
}

/**
 * Records what Stripe says of a card payment: the PaymentIntent's current state (from a request,
 * or re-read by a webhook handler). Idempotent and never backwards: a succeeded payment stays
 * succeeded; a failed one can only turn succeeded (Stripe is the truth of the money). On success
 * the invoice is paid (anything beyond what is still due — say it was paid by transfer meanwhile
 * — goes to the credit balance), dunning ends and the subscription settles.
 */
export async function applyPaymentIntentState(
  em: EntityManager,
  intent: Stripe.PaymentIntent,
  clock: Clock,
  hooks: CardPaymentHooks = {},
): Promise<CardPaymentResult | null> {
  const paymentId = intent.metadata?.payment_id;
  return em.transactional(async (tx) => {
    const found =
      (paymentId !== undefined ? await tx.findOne(Payment, { id: paymentId }) : null) ??
      (await tx.findOne(Payment, { stripePaymentIntentId: intent.id }));
    if (found === null) return null;
    const invoice = await lockIssuedInvoice(tx, found.invoice.id);
    const payment = await tx.findOneOrFail(Payment, { id: found.id }, { refresh: true });
    const now = clock.now();
    if (payment.stripePaymentIntentId === null) {
      payment.stripePaymentIntentId = intent.id;
      payment.reference = intent.id;
    }
    if (payment.status === 'succeeded') return resultOf(payment);
    switch (intent.status) {
      case 'succeeded':
        await recordSucceeded(tx, payment, invoice, now, hooks);
        return resultOf(payment);
      case 'requires_action':
        if (payment.status !== 'pending') return resultOf(payment);
        payment.status = 'requires_action';
        return resultOf(payment, intent.client_secret);
      case 'processing':
        return resultOf(payment);
      case 'requires_payment_method':
      case 'canceled': {
        if (payment.status === 'failed') return resultOf(payment);
        if (intent.status === 'requires_payment_method' && intent.last_payment_error == null) {
          return resultOf(payment);
        }
        const message =
          intent.last_payment_error?.message ??
          (intent.status === 'canceled' ? 'The payment was canceled.' : 'The card was declined.');
        await recordFailed(tx, payment, invoice, message, now, hooks);
        return resultOf(payment);
      }
      default:
        return resultOf(payment);
    }
  });
}

async function recordSucceeded(
  tx: EntityManager,
  payment: Payment,
  invoice: Invoice,
  now: Date,
  hooks: CardPaymentHooks,
): Promise<void> {
  const currency = parseCurrency(payment.currency);
  const received = money(payment.amount, currency);
  const accountId = payment.account.id;
  let applied = money(0, currency);
  let excess = received;
  if (invoice.status === 'open') {
    const outcome = applyPaymentToInvoice(invoice, received, now);
    applied = outcome.applied;
    excess = outcome.excess;
  }
  payment.status = 'succeeded';
  payment.appliedAmount = applied.amount;
  payment.failureMessage = null;
  payment.receivedAt = now;
  recordCreditBalanceEntry(tx, {
    accountId,
    amount: excess,
    reason: 'overpayment',
    invoice,
    payment,
    at: now,
  });
  const settled =
    invoice.status === 'paid' && invoice.subscription !== null
      ? await settleSubscriptionAfterPayment(tx, invoice.subscription.id, now)
      : null;
  recordAudit(tx, {
    action: 'payment.card_succeeded',
    occurredAt: now,
    accountId,
    target: invoice.id,
    summary: {
      invoice: invoice.number,
      payment: payment.id,
      amount: received.amount,
      currency,
      method: payment.paymentMethodLabel,
      offSession: payment.offSession,
      creditedToBalance: excess.amount,
      invoiceStatus: invoice.status,
      subscriptionStatus: settled,
    },
  });
  enqueueOutboxMessage(tx, {
    topic: 'payment.received',
    accountId,
    payload: {
      paymentId: payment.id,
      invoiceId: invoice.id,
      number: invoice.number,
      amount: received.amount,
      currency,
      method: payment.paymentMethodLabel ?? 'card',
    },
    at: now,
  });
  await hooks.onSucceeded?.(tx, payment, invoice, now);
}

async function recordFailed(
  tx: EntityManager,
  payment: Payment,
  invoice: Invoice,
  message: string,
  now: Date,
  hooks: CardPaymentHooks,
): Promise<void> {
  payment.status = 'failed';
  payment.failureMessage = message;
  recordAudit(tx, {
    action: 'payment.card_failed',
    occurredAt: now,
    accountId: payment.account.id,
    target: invoice.id,
    outcome: 'failure',
    summary: {
      invoice: invoice.number,
      payment: payment.id,
      method: payment.paymentMethodLabel,
      offSession: payment.offSession,
      message,
    },
  });
  if (invoice.status === 'open') await hooks.onFailed?.(tx, payment, invoice, now);
}

/** Records a decline the stand-in reported without an intent (its 402 carries the charge only). */
export async function applyChargeDecline(
  em: EntityManager,
  paymentId: string,
  message: string,
  clock: Clock,
  hooks: CardPaymentHooks,
): Promise<CardPaymentResult> {
  return em.transactional(async (tx) => {
    const found = await tx.findOneOrFail(Payment, { id: paymentId });
    const invoice = await lockIssuedInvoice(tx, found.invoice.id);
    const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { refresh: true });
    if (payment.status === 'pending' || payment.status === 'requires_action') {
      await recordFailed(tx, payment, invoice, message, clock.now(), hooks);
    }
    return resultOf(payment);
  });
}

/**
 * Charges an open invoice with one of the account's payment methods: claim (our database), then
 * Stripe, then record Stripe's answer. Whatever happens after the claim leaves a payment row that
 * a webhook (`payment_intent.*`, whose metadata names the payment) brings to its final state.
 */
export async function chargeInvoice(
  em: EntityManager,
  stripe: StripeClient,
  input: {
    accountId: string;
    invoiceId: string;
    paymentMethod: PaymentMethod;
    idempotencyKey: string;
    offSession: boolean;
  },
  clock: Clock,
  hooks: CardPaymentHooks = {},
): Promise<CardPaymentResult> {
  let claimed: ClaimedCharge;
  try {
    claimed = await em
      .fork()
      .transactional((tx) => claimCharge(tx, { ...input, now: clock.now() }));
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError('CONFLICT', 'This invoice is being paid by another request.');
    }
    throw error;
  }
  const sent = await sendCharge(stripe, claimed).catch(async (error: unknown) => {
    // Not a decline: Stripe could not be reached or refused the request. Nothing was charged
    // unless Stripe says otherwise later (a payment_intent webhook naming this payment).
    await applyChargeDecline(
      em.fork(),
      claimed.payment.id,
      'The payment could not be sent to the card network. Nothing was charged; try again.',
      clock,
      hooks,
    );
    throw error;
  });
  if ('declined' in sent) {
    return applyChargeDecline(em.fork(), claimed.payment.id, sent.declined, clock, hooks);
  }
  const result = await applyPaymentIntentState(em.fork(), sent.intent, clock, hooks);
  if (result === null) throw new Error(`Payment ${claimed.payment.id} vanished`);
  return result;
}

/**
 * `payInvoice`: a member pays an open invoice now with one of the account's payment methods.
 * The client's idempotency key names the attempt: the same key answers the same payment (paid,
 * waiting for 3-D Secure with its client secret, or the same decline); another key while a payment
 * is in flight or after the invoice was paid answers CONFLICT. A decline is PAYMENT_FAILED with
 * Stripe's message, after the failed attempt is recorded.
 */
export async function payInvoice(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  input: { invoiceId: string; paymentMethodId: string; idempotencyKey: string },
  actor: Actor,
  clock: Clock,
  hooks: CardPaymentHooks = {},
): Promise<CardPaymentResult> {
  const key = validateIdempotencyKey(input.idempotencyKey);
  const replay = await replayPayment(em.fork(), stripe, accountId, key, input);
  if (replay !== null) return replay;
  const paymentMethod = await em.fork().findOne(PaymentMethod, {
    id: input.paymentMethodId,
    account: accountId,
  });
  if (paymentMethod === null) throw new AppError('NOT_FOUND', 'Payment method not found.');
  let result: CardPaymentResult;
  try {
    result = await chargeInvoice(
      em,
      stripe,
      { ...input, accountId, paymentMethod, idempotencyKey: key, offSession: false },
      clock,
      hooks,
    );
  } catch (error) {
    // The same key sent twice at once: the second lost the race for the key, not the invoice.
    const again =
      error instanceof AppError && error.code === 'CONFLICT'
        ? await replayPayment(em.fork(), stripe, accountId, key, input)
        : null;
    if (again !== null) return again;
    throw error;
  }
  await em.fork().transactional((tx) => {
    recordAudit(tx, {
      action: 'payment.card_requested',
      occurredAt: clock.now(),
      actorUserId: actor.userId,
      accountId,
      target: input.invoiceId,
      ip: actor.ip,
      requestId: actor.requestId,
      summary: { payment: result.paymentId, status: result.status },
    });
    return Promise.resolve();
  });
  return failIfDeclined(result);
}

function failIfDeclined(result: CardPaymentResult): CardPaymentResult {
  if (result.status === 'failed') {
    throw new AppError(
      'PAYMENT_FAILED',
      result.failureMessage ?? 'The card was declined.',
      undefined,
      {
        paymentId: result.paymentId,
      },
    );
  }
  return result;
}

async function replayPayment(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  key: string,
  input: { invoiceId: string; paymentMethodId: string },
): Promise<CardPaymentResult | null> {
  const earlier = await em.findOne(Payment, { account: accountId, idempotencyKey: key });
  if (earlier === null) return null;
  if (earlier.invoice.id !== input.invoiceId || earlier.method !== 'card') {
    throw new AppError(
      'CONFLICT',
      'This idempotency key was already used for a different request. Send a new key for a new request.',
      'idempotencyKey',
    );
  }
  let clientSecret: string | null = null;
  if (earlier.status === 'requires_action' && earlier.stripePaymentIntentId !== null) {
    clientSecret = (await stripe.paymentIntents.retrieve(earlier.stripePaymentIntentId))
      .client_secret;
  }
  return failIfDeclined(resultOf(earlier, clientSecret));
}

/**
 * After the browser finished 3-D Secure: re-reads the intent from Stripe and records its state
 * (the webhook would too; whichever is first wins, the other changes nothing).
 */
export async function confirmCardPayment(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  paymentId: string,
  clock: Clock,
  hooks: CardPaymentHooks = {},
): Promise<CardPaymentResult> {
  const payment = await em.fork().findOne(Payment, { id: paymentId, account: accountId });
  if (payment === null || payment.method !== 'card') {
    throw new AppError('NOT_FOUND', 'Payment not found.');
  }
  if (payment.stripePaymentIntentId === null) return failIfDeclined(resultOf(payment));
  const intent = await stripe.paymentIntents.retrieve(payment.stripePaymentIntentId);
  const result = await applyPaymentIntentState(em.fork(), intent, clock, hooks);
  return failIfDeclined(result ?? resultOf(payment));
}

/**
 * For the `payment_intent.*` webhooks: re-reads the intent from Stripe (never trusting the
 * event's copy, which may be stale or out of order) and records its current state.
 */
export async function syncPaymentIntentFromStripe(
  em: EntityManager,
  stripe: StripeClient,
  paymentIntentId: string,
  clock: Clock,
  hooks: CardPaymentHooks = {},
): Promise<CardPaymentResult | null> {
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  return applyPaymentIntentState(em, intent, clock, hooks);
}

/** The invoice's card payment waiting for 3-D Secure, if any (the Pay dialog resumes it). */
export async function pendingAuthentication(
  em: EntityManager,
  invoiceId: string,
): Promise<Payment | null> {
  return em.findOne(Payment, { invoice: invoiceId, method: 'card', status: 'requires_action' });
}
