import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { newId } from '../../../ids.js';
import {
  type Account,
  type BillingDetails,
  getAccount,
  setDefaultPaymentMethodId,
  type TaxIdType,
  getBillingDetails,
} from '../../accounts/index.js';
import type { Clock } from '../../../clock.js';
import type { StripeConfig } from '../../../config.js';
import type { Logger } from '../../../logging.js';
import { type StripeClient, stripeClientFor } from './stripe-client.js';
import { StripeCustomer } from './stripe-customer.entity.js';

/** Our tax id kinds as Stripe names them; OTHER is not sent (Stripe has no generic type). */
const stripeTaxIdTypes: Record<TaxIdType, Stripe.CustomerCreateParams.TaxIdDatum.Type | null> = {
  EU_VAT: 'eu_vat',
  GB_VAT: 'gb_vat',
  US_EIN: 'us_ein',
  OTHER: null,
};

/** What Stripe keeps of the account: name, e-mail and address from its billing details. */
function customerFields(
  account: Account,
  details: BillingDetails | null,
): Stripe.CustomerUpdateParams & { name: string } {
  if (details === null) {
    return { name: account.name, ...(account.billingEmail ? { email: account.billingEmail } : {}) };
  }
  return {
    name: details.legalName,
    email: details.billingEmail,
    address: {
      line1: details.line1,
      line2: details.line2 ?? '',
      city: details.city,
      state: details.region ?? '',
      postal_code: details.postalCode,
      country: details.country,
    },
  };
}

function taxIdOf(details: BillingDetails | null) {
  if (details?.taxIdType == null || details.taxIdValue === null) return null;
  const type = stripeTaxIdTypes[details.taxIdType];
  return type === null ? null : { type, value: details.taxIdValue };
}

/** The account's Stripe customer id, or null when none was created yet (or Stripe deleted it). */
export async function findStripeCustomerId(
  em: EntityManager,
  accountId: string,
): Promise<string | null> {
  const row = await em.findOne(StripeCustomer, { account: accountId, deletedAt: null });
  return row?.stripeCustomerId ?? null;
}

/**
 * The account's Stripe customer, created the first time it is needed (adding a card). Two
 * requests racing to create it both call Stripe, but only one row can exist per account (unique):
 * the loser deletes the customer it made and answers the winner's.
 */
export async function ensureStripeCustomer(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  now: Date,
): Promise<string> {
  const existing = await findStripeCustomerId(em, accountId);
  if (existing !== null) return existing;
  const account = await getAccount(em, accountId);
  const details = await getBillingDetails(em, accountId);
  const taxId = taxIdOf(details);
  const customer = await stripe.customers.create({
    ...customerFields(account, details),
    ...(taxId === null ? {} : { tax_id_data: [taxId] }),
    metadata: { account_id: accountId },
  });
  const inserted = await em.getConnection().execute<{ id: string }[]>(
    `insert into stripe_customer (id, account_id, stripe_customer_id, synced_at, deleted_at, created_at)
     values (?, ?, ?, ?, null, ?)
     on conflict (account_id) do update set stripe_customer_id = excluded.stripe_customer_id,
       synced_at = excluded.synced_at, deleted_at = null
       where stripe_customer.deleted_at is not null
     returning id`,
    [newId('scu'), accountId, customer.id, now, now],
  );
  if (inserted.length === 0) {
    await stripe.customers.del(customer.id);
    const winner = await findStripeCustomerId(em.fork(), accountId);
    if (winner === null) throw new Error(`No Stripe customer for ${accountId} after a race`);
    return winner;
  }
  return customer.id;
}

/**
 * Copies the account's billing details (name, e-mail, address, tax id) to its Stripe customer;
 * nothing when it has none yet (it gets them when created). Call after billing details change.
 */
export async function syncStripeCustomer(
  em: EntityManager,
  stripe: StripeClient,
  accountId: string,
  now: Date,
): Promise<boolean> {
  const customerId = await findStripeCustomerId(em, accountId);
  if (customerId === null) return false;
  const account = await getAccount(em, accountId);
  const details = await getBillingDetails(em, accountId);
  await stripe.customers.update(customerId, customerFields(account, details));
  const wanted = taxIdOf(details);
  const current = (await stripe.customers.listTaxIds(customerId)).data;
  for (const taxId of current) {
    if (wanted === null || taxId.type !== wanted.type || taxId.value !== wanted.value) {
      await stripe.customers.deleteTaxId(customerId, taxId.id);
    }
  }
  if (wanted !== null && !current.some((t) => t.type === wanted.type && t.value === wanted.value)) {
    await stripe.customers.createTaxId(customerId, wanted);
  }
  await em.nativeUpdate(StripeCustomer, { stripeCustomerId: customerId }, { syncedAt: now });
  return true;
}

/**
 * `syncStripeCustomer` after billing details were saved, when card payments are on. The details
 * are saved whatever Stripe answers: a failure is logged, and the next change (or the next
 * `customer.updated` webhook handled) copies them again.
 */
export async function syncStripeCustomerQuietly(
  ctx: { em: EntityManager; config: { stripe: StripeConfig | null }; clock: Clock; log: Logger },
  accountId: string,
): Promise<void> {
  if (ctx.config.stripe === null) return;
  try {
    await syncStripeCustomer(
      ctx.em.fork(),
      stripeClientFor(ctx.config.stripe),
      accountId,
      ctx.clock.now(),
    );
  } catch (error) {
    ctx.log.warn({ err: error, accountId }, 'could not copy billing details to Stripe');
  }
}

/**
 * Stripe says the customer was deleted (`customer.deleted`): its payment methods are gone with it.
 * A new customer is created the next time the account adds a card. Idempotent.
 */
export async function forgetDeletedStripeCustomer(
  em: EntityManager,
  stripeCustomerId: string,
  now: Date,
): Promise<void> {
  await em.transactional(async (tx) => {
    const row = await tx.findOne(StripeCustomer, { stripeCustomerId });
    if (row === null || row.deletedAt !== null) return;
    row.deletedAt = now;
    await tx
      .getConnection()
      .execute(
        `delete from payment_method where account_id = ?`,
        [row.account.id],
        'run',
        tx.getTransactionContext(),
      );
    await setDefaultPaymentMethodId(tx, row.account.id, null);
  });
}
