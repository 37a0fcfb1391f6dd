import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Clock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import { newId } from '../../../ids.js';
import { type Actor, recordAudit } from '../../audit/index.js';
import { setDefaultPaymentMethodId } from '../../accounts/index.js';
import { lockRow } from '../../../db/row-lock.js';
import { PaymentMethod, type PaymentMethodType } from './payment-method.entity.js';
import type { StripeClient } from './stripe-client.js';
import { ensureStripeCustomer, findStripeCustomerId } from './stripe-customers.service.js';
import { StripeCustomer } from './stripe-customer.entity.js';

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** "Visa •••• 4242"; a SEPA debit: "SEPA Direct Debit •••• 3000". */
export function paymentMethodLabel(
  method: Pick<PaymentMethod, 'type' | 'brand' | 'last4'>,
): string {
  const name =
    method.type === 'sepa_debit'
      ? 'SEPA Direct Debit'
      : (brandNames[method.brand] ?? method.brand.charAt(0).toUpperCase() + method.brand.slice(1));
  return `${name} •••• ${method.last4}`;
}

/** A card that expires this month or next (the Payment methods page warns about it). */
export function expiresSoon(
  method: Pick<PaymentMethod, 'expMonth' | 'expYear'>,
  now: Date,
): boolean {
  if (method.expMonth === null || method.expYear === null) return false;
  const monthsLeft =
    (method.expYear - now.getUTCFullYear()) * 12 + (method.expMonth - (now.getUTCMonth() + 1));
  return monthsLeft <= 1;
}

/** The account's payment methods: the default first, then the newest. */
export async function listPaymentMethods(
  em: EntityManager,
  accountId: string,
): Promise<PaymentMethod[]> {
  return em.find(
    PaymentMethod,
    { account: accountId },
    { orderBy: { isDefault: 'desc', createdAt: 'desc', id: 'desc' } },
  );
}

export async function getDefaultPaymentMethod(
  em: EntityManager,
  accountId: string,
): Promise<PaymentMethod | null> {
  return em.findOne(PaymentMethod, { account: accountId, isDefault: true });
}

/**
 * Starts adding a payment method: a SetupIntent on the account's Stripe customer (created now if
 * it has none). The browser confirms it with Stripe.js, so card data never reaches our server.
 */
export async function createSetupIntent(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  clock: Clock,
): Promise<{ setupIntentId: string; clientSecret: string }> {
  const customer = await ensureStripeCustomer(em, stripe, accountId, clock.now());
  const intent = await stripe.setupIntents.create({
    customer,
    usage: 'off_session',
    metadata: { account_id: accountId },
  });
  if (intent.client_secret === null) throw new Error(`SetupIntent ${intent.id} has no secret`);
  return { setupIntentId: intent.id, clientSecret: intent.client_secret };
}

interface StripeMethodFields {
  type: PaymentMethodType;
  brand: string;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
}

function fieldsOf(method: Stripe.PaymentMethod): StripeMethodFields | null {
  if (method.type === 'card' && method.card != null) {
    return {
      type: 'card',
      brand: method.card.brand,
      last4: method.card.last4,
      expMonth: method.card.exp_month,
      expYear: method.card.exp_year,
    };
  }
  if (method.type === 'sepa_debit' && method.sepa_debit != null) {
    return {
      type: 'sepa_debit',
      brand: method.sepa_debit.bank_code ?? 'sepa',
      last4: method.sepa_debit.last4 ?? '????',
      expMonth: null,
      expYear: null,
    };
  }
  return null;
}

function customerIdOf(method: Stripe.PaymentMethod): string | null {
  const { customer } = method;
  if (customer === null) return null;
  return typeof customer === 'string' ? customer : customer.id;
}

/**
 * Records (or refreshes) a payment method attached to the account's Stripe customer. Once per
 * Stripe payment method (unique `stripe_payment_method_id`), whichever comes first: the browser's
 * confirmation or the webhook. The account's first method becomes its default. Returns the row and
 * whether it just became the default.
 */
async function recordPaymentMethod(
  tx: EntityManager,
  accountId: string,
  method: Stripe.PaymentMethod,
  now: Date,
): Promise<{ method: PaymentMethod; becameDefault: boolean; created: boolean }> {
  const fields = fieldsOf(method);
  if (fields === null) {
    throw new AppError('BAD_USER_INPUT', 'Only cards and SEPA Direct Debit can be added.');
  }
  await lockRow(tx, 'account', accountId);
  const inserted = await tx.getConnection().execute<{ id: string }[]>(
    `insert into payment_method (id, account_id, stripe_payment_method_id, type, brand, last4,
       exp_month, exp_year, is_default, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)
     on conflict (stripe_payment_method_id) do update set brand = excluded.brand,
       last4 = excluded.last4, exp_month = excluded.exp_month, exp_year = excluded.exp_year,
       updated_at = excluded.updated_at
       where payment_method.account_id = excluded.account_id
     returning id, (xmax = 0) as created`,
    [
      newId('pmt'),
      accountId,
      method.id,
      fields.type,
      fields.brand,
      fields.last4,
      fields.expMonth,
      fields.expYear,
      now,
      now,
    ],
    'all',
    tx.getTransactionContext(),
  );
  const row = inserted[0] as { id: string; created: boolean } | undefined;
  if (row === undefined) throw new AppError('NOT_FOUND', 'Payment method not found.');
  const stored = await tx.findOneOrFail(PaymentMethod, { id: row.id }, { refresh: true });
  const hasDefault = (await tx.count(PaymentMethod, { account: accountId, isDefault: true })) > 0;
  if (!hasDefault) {
    await markDefault(tx, accountId, stored, now);
    return { method: stored, becameDefault: true, created: row.created };
  }
  return { method: stored, becameDefault: false, created: row.created };
}

/** Makes `method` the account's only default (the account row is locked by the caller). */
async function markDefault(
  tx: EntityManager,
  accountId: string,
  method: PaymentMethod,
  now: Date,
): Promise<void> {
  await tx.nativeUpdate(
    PaymentMethod,
    { account: accountId, isDefault: true, id: { $ne: method.id } },
    { isDefault: false, updatedAt: now },
  );
  // The partial unique index needs the old default cleared before the new one is set.
  await tx.flush();
  method.isDefault = true;
  method.updatedAt = now;
  await tx.flush();
  await setDefaultPaymentMethodId(tx, accountId, method.id);
}

/** What happened when a method was added or made the default. */
export interface PaymentMethodChange {
  method: PaymentMethod;
  /** It is now the default (a new default may retry an invoice in dunning at once). */
  becameDefault: boolean;
}

/**
 * Finishes adding a payment method after the browser confirmed the SetupIntent: checks the intent
 * belongs to the account and succeeded, attaches its payment method to the customer (Stripe does
 * on confirmation; the localstripe stand-in does not, so it is attached here when it is not yet)
 * and records it. Safe to repeat: the same intent answers the same method.
 */
export async function confirmPaymentMethodSetup(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  setupIntentId: string,
  actor: Actor,
  clock: Clock,
): Promise<PaymentMethodChange> {
  const customerId = await findStripeCustomerId(em, accountId);
  const intent = await retrieveSetupIntent(stripe, setupIntentId);
  const intentCustomer =
    typeof intent?.customer === 'string' ? intent.customer : (intent?.customer?.id ?? null);
  if (intent === null || customerId === null || intentCustomer !== customerId) {
    throw new AppError('NOT_FOUND', 'This card setup was not found. Add the card again.');
  }
  if (intent.status !== 'succeeded') {
    const reason = intent.last_setup_error?.message;
    throw new AppError(
      'PAYMENT_FAILED',
      reason !== undefined
        ? `The card was not added: ${reason}`
        : 'The card was not confirmed yet. Finish the card check in the form, then try again.',
    );
  }
  const methodId =
    typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
  if (methodId === undefined) throw new AppError('PAYMENT_FAILED', 'The card was not added.');
  let method = await stripe.paymentMethods.retrieve(methodId);
  if (customerIdOf(method) === null) {
    try {
      method = await stripe.paymentMethods.attach(methodId, { customer: customerId });
    } catch (error) {
      throw declined(error, 'The card was not added');
    }
  } else if (customerIdOf(method) !== customerId) {
    throw new AppError('NOT_FOUND', 'This card setup was not found. Add the card again.');
  }
  const now = clock.now();
  const change = await em.transactional(async (tx) => {
    const recorded = await recordPaymentMethod(tx, accountId, method, now);
    if (recorded.created) {
      recordAudit(tx, {
        action: 'payment_method.added',
        occurredAt: now,
        actorUserId: actor.userId,
        accountId,
        target: recorded.method.id,
        ip: actor.ip,
        requestId: actor.requestId,
        summary: { method: paymentMethodLabel(recorded.method), default: recorded.becameDefault },
      });
    }
    return { method: recorded.method, becameDefault: recorded.becameDefault };
  });
  if (change.becameDefault) await setStripeDefault(stripe, customerId, method.id);
  return change;
}

async function retrieveSetupIntent(
  stripe: StripeClient,
  id: string,
): Promise<Stripe.SetupIntent | null> {
  if (!/^seti_[A-Za-z0-9]+$/.test(id)) return null;
  try {
    return await stripe.setupIntents.retrieve(id);
  } catch (error) {
    if (error instanceof Error && 'statusCode' in error && error.statusCode === 404) return null;
    throw error;
  }
}

/** A card error from Stripe as PAYMENT_FAILED with Stripe's own message. */
export function declined(error: unknown, what: string): Error {
  if (
    error instanceof Error &&
    'type' in error &&
    (error.type === 'StripeCardError' || error.type === 'StripeInvalidRequestError')
  ) {
    return new AppError('PAYMENT_FAILED', `${what}: ${error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function setStripeDefault(
  stripe: StripeClient,
  customerId: string,
  stripeMethodId: string | null,
): Promise<void> {
  await stripe.customers.update(customerId, {
    invoice_settings: { default_payment_method: stripeMethodId ?? '' },
  });
}

async function accountMethod(
  tx: EntityManager,
  accountId: string,
  paymentMethodId: string,
): Promise<PaymentMethod> {
  const method = await tx.findOne(
    PaymentMethod,
    { id: paymentMethodId, account: accountId },
    { refresh: true },
  );
  if (method === null) throw new AppError('NOT_FOUND', 'Payment method not found.');
  return method;
}

/** Makes one of the account's methods its default, here and at Stripe. */
export async function setDefaultPaymentMethod(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  paymentMethodId: string,
  actor: Actor,
  clock: Clock,
): Promise<PaymentMethodChange> {
  const now = clock.now();
  const change = await em.transactional(async (tx) => {
    await lockRow(tx, 'account', accountId);
    const method = await accountMethod(tx, accountId, paymentMethodId);
    if (method.isDefault) return { method, becameDefault: false };
    await markDefault(tx, accountId, method, now);
    recordAudit(tx, {
      action: 'payment_method.default_set',
      occurredAt: now,
      actorUserId: actor.userId,
      accountId,
      target: method.id,
      ip: actor.ip,
      requestId: actor.requestId,
      summary: { method: paymentMethodLabel(method) },
    });
    return { method, becameDefault: true };
  });
  const customerId = await findStripeCustomerId(em, accountId);
  if (change.becameDefault && customerId !== null) {
    await setStripeDefault(stripe, customerId, change.method.stripePaymentMethodId);
  }
  return change;
}

/** Whether the account has a live subscription to a paid plan (its last method must stay). */
async function hasPaidPlan(tx: EntityManager, accountId: string): Promise<boolean> {
  const rows = await tx.getConnection().execute<{ one: number }[]>(
    `select 1 as one from subscription s join plan p on p.id = s.plan_id
     where s.account_id = ? and s.status in ('trialing', 'active', 'past_due', 'incomplete')
       and p.code <> 'free' limit 1`,
    [accountId],
    'all',
    tx.getTransactionContext(),
  );
  return rows.length > 0;
}

/**
 * Removes a payment method (detached at Stripe too). The last one cannot go while a paid plan is
 * live: CONFLICT saying so. Removing the default makes the newest remaining method the default.
 */
export async function removePaymentMethod(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  paymentMethodId: string,
  actor: Actor,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const removed = await em.transactional(async (tx) => {
    await lockRow(tx, 'account', accountId);
    const method = await accountMethod(tx, accountId, paymentMethodId);
    const count = await tx.count(PaymentMethod, { account: accountId });
    if (count === 1 && (await hasPaidPlan(tx, accountId))) {
      throw new AppError(
        'CONFLICT',
        'This is your only payment method and your plan renews with it. Add another method first, or cancel the plan.',
      );
    }
    const wasDefault = method.isDefault;
    tx.remove(method);
    await tx.flush();
    let successor: PaymentMethod | null = null;
    if (wasDefault) {
      successor = await tx.findOne(
        PaymentMethod,
        { account: accountId },
        { orderBy: { createdAt: 'desc', id: 'desc' } },
      );
      if (successor !== null) await markDefault(tx, accountId, successor, now);
      else await setDefaultPaymentMethodId(tx, accountId, null);
    }
    recordAudit(tx, {
      action: 'payment_method.removed',
      occurredAt: now,
      actorUserId: actor.userId,
      accountId,
      target: method.id,
      ip: actor.ip,
      requestId: actor.requestId,
      summary: { method: paymentMethodLabel(method) },
    });
    return { stripeId: method.stripePaymentMethodId, successor };
  });
  try {
    await stripe.paymentMethods.detach(removed.stripeId);
  } catch (error) {
    // Already detached (a webhook, or Stripe's dashboard): nothing left to do there.
    if (!(error instanceof Error && 'statusCode' in error && error.statusCode === 404)) throw error;
  }
  const customerId = await findStripeCustomerId(em, accountId);
  if (removed.successor !== null && customerId !== null) {
    await setStripeDefault(stripe, customerId, removed.successor.stripePaymentMethodId);
  }
}

/**
 * Brings a payment method in step with Stripe (for the `payment_method.attached`, `.updated`,
 * `.detached` and `setup_intent.succeeded` webhooks): re-reads it from Stripe, records it on the
 * account whose customer holds it, refreshes its expiry, or forgets it once detached. Idempotent,
 * and safe in any order: it applies Stripe's current state, not the event's.
 */
export async function syncPaymentMethodFromStripe(
  em: EntityManager,
  stripe: StripeClient,
  stripePaymentMethodId: string,
  clock: Clock,
): Promise<'recorded' | 'removed' | 'ignored'> {
  let method: Stripe.PaymentMethod | null;
  try {
    method = await stripe.paymentMethods.retrieve(stripePaymentMethodId);
  } catch (error) {
    if (!(error instanceof Error && 'statusCode' in error && error.statusCode === 404)) throw error;
    method = null;
  }
  const customerId = method === null ? null : customerIdOf(method);
  const now = clock.now();
  if (method === null || customerId === null) {
    return em.transactional(async (tx) => {
      const stored = await tx.findOne(PaymentMethod, { stripePaymentMethodId });
      if (stored === null) return 'ignored';
      const accountId = stored.account.id;
      await lockRow(tx, 'account', accountId);
      const wasDefault = stored.isDefault;
      tx.remove(stored);
      await tx.flush();
      if (wasDefault) {
        const successor = await tx.findOne(
          PaymentMethod,
          { account: accountId },
          { orderBy: { createdAt: 'desc', id: 'desc' } },
        );
        if (successor !== null) await markDefault(tx, accountId, successor, now);
        else await setDefaultPaymentMethodId(tx, accountId, null);
      }
      return 'removed';
    });
  }
  const owner = await em.findOne(StripeCustomer, { stripeCustomerId: customerId, deletedAt: null });
  if (owner === null || fieldsOf(method) === null) return 'ignored';
  const live = method;
  await em.transactional((tx) => recordPaymentMethod(tx, owner.account.id, live, now));
  return 'recorded';
}

/**
 * For the `customer.updated` webhook: the customer's default payment method at Stripe (chosen in
 * Stripe's Customer Portal, say) becomes the account's default. Re-reads the customer; records the
 * method first when its own `payment_method.attached` has not arrived yet, so the events converge
 * in any order. Idempotent.
 */
export async function syncDefaultPaymentMethodFromStripe(
  em: EntityManager,
  stripe: StripeClient,
  stripeCustomerId: string,
  clock: Clock,
): Promise<'changed' | 'unchanged' | 'ignored'> {
  const owner = await em.findOne(StripeCustomer, { stripeCustomerId, deletedAt: null });
  if (owner === null) return 'ignored';
  const customer = await stripe.customers.retrieve(stripeCustomerId);
  if (customer.deleted === true) return 'ignored';
  const wanted = customer.invoice_settings?.default_payment_method;
  const wantedId = typeof wanted === 'string' ? wanted : (wanted?.id ?? null);
  if (wantedId === null) return 'unchanged';
  const accountId = owner.account.id;
  let method = await em.findOne(PaymentMethod, {
    account: accountId,
    stripePaymentMethodId: wantedId,
  });
  if (method === null) {
    if ((await syncPaymentMethodFromStripe(em, stripe, wantedId, clock)) !== 'recorded') {
      return 'ignored';
    }
    method = await em.findOneOrFail(PaymentMethod, {
      account: accountId,
      stripePaymentMethodId: wantedId,
    });
  }
  const stored = method;
  const now = clock.now();
  return em.transactional(async (tx) => {
    await lockRow(tx, 'account', accountId);
    const current = await tx.findOneOrFail(PaymentMethod, { id: stored.id }, { refresh: true });
    if (current.isDefault) return 'unchanged';
    await markDefault(tx, accountId, current, now);
    recordAudit(tx, {
      action: 'payment_method.default_set',
      occurredAt: now,
      accountId,
      target: current.id,
      summary: { method: paymentMethodLabel(current), via: 'stripe' },
    });
    return 'changed';
  });
}
