import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { BillingConfig, Config } from '../../../config.js';
import type { JobQueue } from '../../../jobs/queue.js';
import type { Logger } from '../../../logging.js';
import { type Account, getAccount } from '../../accounts/index.js';
import {
  type Invoice,
  lockIssuedInvoice,
  recordFailedCollection,
  retryDunningNow,
  Subscription,
  type CollectionOutcome,
  type Collector,
} from '../../billing/index.js';
import { lockRow } from '../../../db/row-lock.js';
import { statusAfterPayment } from '../../billing/rules/index.js';
import { requestMailDelivery } from '../../notifications/index.js';
import { bankTransferCollector } from '../bank-transfer.collector.js';
import type { BillingAdminEmails } from '../billing-contacts.js';
import { Payment } from '../payment.entity.js';
import { PaymentMethod } from './payment-method.entity.js';
import { paymentMethodLabel } from './payment-methods.service.js';
import { stripeClientFor } from './stripe-client.js';
import { findStripeCustomerId } from './stripe-customers.service.js';
import {
  type CardPaymentHooks,
  type CardPaymentResult,
  applyChargeDecline,
  claimChargeOn,
  sendCharge,
  applyPaymentIntentState,
} from './stripe-payments.service.js';

/**
 * The collector when card payments are on: an account with a default card is charged by card,
 * any other by bank transfer (as without Stripe).
 *
 * It only sets terms when an invoice is issued (`setsTermsOnly`), so renewals keep their batch
 * path. That holds although `collect` reads the account's default card: it reads
 * `Account.defaultPaymentMethodId` from the invoice's account, which the renewal batch has
 * already loaded with its subscriptions (no query, no write beyond the invoice's own fields); only
 * an invoice whose account is not loaded costs one read, outside the batch. A card invoice is due
 * on issue and its first attempt is scheduled for then
 * (`nextPaymentAttemptAt`), which the payment-retry job picks up like any dunning retry. There
 * (`collect` of an invoice collected before) the attempt is claimed — a pending payment recorded
 * under the invoice lock — and answered `pending`; the `charge-card-payment` job then sends it to
 * Stripe, one job per payment with bounded concurrency (jobs/workers.ts), and its outcome drives
 * dunning (`offSessionHooks`). Stripe is never called while billing holds its locks.
 */
export function cardOrTransferCollector(billing: BillingConfig, clock: Clock): Collector {
  const transfer = bankTransferCollector(billing);
  return {
    method: 'card',
    setsTermsOnly: true,
    // Bank transfer is always possible, so a trial converts with or without a card.
    canCollect: () => Promise.resolve(true),
    // With a default card an invoice is charged on issue; without one it is a bank transfer's.
    async termsAt(tx, accountId, issuedAt) {
      const account = await getAccount(tx, accountId);
      const card =
        account.defaultPaymentMethodId === null
          ? null
          : await tx.findOne(PaymentMethod, { id: account.defaultPaymentMethodId });
      if (card === null) return transfer.termsAt(tx, accountId, issuedAt);
      return { method: 'card', dueAt: issuedAt, chargedTo: paymentMethodLabel(card) };
    },
    async collect(tx, invoice): Promise<CollectionOutcome> {
      const account = await loadedAccount(tx, invoice);
      const card = account.defaultPaymentMethodId;
      if (invoice.collectionMethod === null) {
        if (card === null) return transfer.collect(tx, invoice);
        if (invoice.issuedAt === null) {
          throw new Error(`Invoice ${invoice.id} is collected before it is finalized`);
        }
        invoice.collectionMethod = 'card';
        invoice.dueAt = invoice.issuedAt;
        invoice.paymentInstructions = null;
        invoice.nextPaymentAttemptAt = invoice.issuedAt;
        return { status: 'pending', method: 'card' };
      }
      if (invoice.collectionMethod === 'bank_transfer') return transfer.collect(tx, invoice);
      if (card === null) {
        return {
          status: 'failed',
          method: 'card',
          message: 'There is no card on file to charge.',
        };
      }
      const method = await tx.findOneOrFail(PaymentMethod, { id: card });
      const customerId = await findStripeCustomerId(tx, account.id);
      if (customerId === null) {
        return { status: 'failed', method: 'card', message: 'There is no card on file to charge.' };
      }
      await claimChargeOn(tx, invoice, {
        paymentMethod: method,
        idempotencyKey: (attempt) => `off-session:${invoice.id}:${attempt}`,
        offSession: true,
        now: clock.now(),
      });
      return { status: 'pending', method: 'card' };
    },
  };
}

async function loadedAccount(tx: EntityManager, invoice: Invoice): Promise<Account> {
  const account = invoice.account;
  if (wrap(account).isInitialized()) return account;
  return getAccount(tx, account.id);
}

type MailConfig = Pick<Config, 'mail' | 'publicUrl' | 'stripe'> & {
  billing: Pick<Config['billing'], 'seller' | 'dunning'>;
};

/** What the card hooks need besides the transaction: settings, and who the Billing Admins are. */
export interface CardHookDeps {
  config: MailConfig;
  billingAdminEmails: BillingAdminEmails;
}

/**
 * On-session payments (`payInvoice`): the receipt comes from the `payment.received` event (the
 * notifications module e-mails it); a decline is the caller's answer.
 */
export function onSessionHooks(_deps: CardHookDeps): CardPaymentHooks {
  return {};
}

/**
 * Off-session charges (renewals, upgrades, retries): a failure moves the subscription to
 * `past_due` and schedules the next retry (or takes the final action) through billing's dunning,
 * whose `payment.failed` event e-mails the Billing Admins a signed link to update the payment
 * method (notifications, docs/OPERATIONS.md "Notifications"); a success's receipt comes from the
 * `payment.received` event (billing settles the subscription when the invoice is paid).
 */
export function offSessionHooks(deps: CardHookDeps): CardPaymentHooks {
  const { config } = deps;
  return {
    async onFailed(tx, payment, invoice, now) {
      const subscriptionId = invoice.subscription?.id ?? null;
      const subscription =
        subscriptionId !== null && (await lockRow(tx, 'subscription', subscriptionId))
          ? await tx.findOneOrFail(Subscription, { id: subscriptionId }, { refresh: true })
          : null;
      if (subscription !== null) {
        const next = statusAfterPayment(subscription.status, 'failed');
        if (next !== subscription.status) {
          subscription.status = next;
          subscription.updatedAt = now;
        }
      }
      const message = payment.failureMessage ?? 'The card was declined.';
      await recordFailedCollection(tx, invoice, subscription, message, now, config.billing.dunning);
    },
  };
}

/** Claimed off-session charges not sent to Stripe yet. */
export async function unsentCharges(em: EntityManager): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select id from payment where method = 'card' and status = 'pending' and off_session
       and stripe_payment_intent_id is null order by created_at, id`,
  );
  return rows.map((row) => row.id);
}

/** One `charge-card-payment` job per claimed charge (a job already waiting absorbs a repeat). */
export async function enqueueUnsentCharges(em: EntityManager, jobs: JobQueue): Promise<number> {
  const ids = await unsentCharges(em);
  for (const paymentId of ids) {
    await jobs.enqueue('charge-card-payment', { paymentId }, { singletonKey: paymentId });
  }
  return ids.length;
}

/** How a claimed charge that was no longer wanted is recorded: not a failure to pay. */
export const notChargedPrefix = 'Not charged: ';

/**
 * The `charge-card-payment` job: sends one claimed off-session charge to Stripe with the
 * account's default card and records the answer. Only one sender can take a payment (`reference`
 * is claimed with the job id); a retry of the same job sends again with the same Stripe
 * idempotency key. Nothing is sent when the charge is no longer wanted: the invoice was paid or
 * voided meanwhile, or the subscription was cancelled (no charge after cancelling).
 */
export async function sendClaimedCharge(
  em: EntityManager,
  config: Config,
  paymentId: string,
  jobId: string,
  clock: Clock,
  billingAdminEmails: BillingAdminEmails,
): Promise<CardPaymentResult | null> {
  if (config.stripe === null) return null;
  const stripe = stripeClientFor(config.stripe);
  const hooks = offSessionHooks({ config, billingAdminEmails });
  const taken = await em.fork().transactional(async (tx) => {
    const found = await tx.findOne(Payment, { id: paymentId });
    if (found === null) return null;
    const invoice = await lockIssuedInvoice(tx, found.invoice.id);
    const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { refresh: true });
    if (payment.status !== 'pending' || payment.stripePaymentIntentId !== null) return null;
    if (payment.reference !== '' && payment.reference !== `sending:${jobId}`) return null;
    const subscription =
      invoice.subscription === null
        ? null
        : await tx.findOne(Subscription, { id: invoice.subscription.id }, { refresh: true });
    const unwanted =
      invoice.status !== 'open'
        ? `${notChargedPrefix}invoice ${invoice.number} is ${invoice.status}.`
        : subscription !== null &&
            (subscription.status === 'canceled' || subscription.cancelAtPeriodEnd)
          ? `${notChargedPrefix}the subscription was cancelled.`
          : null;
    if (unwanted !== null) {
      payment.status = 'failed';
      payment.failureMessage = unwanted;
      return null;
    }
    const method = await tx.findOne(PaymentMethod, {
      account: payment.account.id,
      isDefault: true,
    });
    const customerId = await findStripeCustomerId(tx, payment.account.id);
    if (method === null || customerId === null) return { noCard: true as const, payment };
    payment.reference = `sending:${jobId}`;
    payment.paymentMethodLabel = paymentMethodLabel(method);
    return { noCard: false as const, payment, customerId, stripeId: method.stripePaymentMethodId };
  });
  if (taken === null) return null;
  if (taken.noCard) {
    return applyChargeDecline(
      em.fork(),
      paymentId,
      'There is no card on file to charge.',
      clock,
      hooks,
    );
  }
  const sent = await sendCharge(stripe, {
    payment: taken.payment,
    customerId: taken.customerId,
    stripePaymentMethodId: taken.stripeId,
  });
  if ('declined' in sent) {
    return applyChargeDecline(em.fork(), paymentId, sent.declined, clock, hooks);
  }
  return applyPaymentIntentState(em.fork(), sent.intent, clock, hooks);
}

/** What the resolvers and jobs need to react to card events: hooks, and "retry dunning now". */
export function cardPaymentHooks(ctx: {
  em: EntityManager;
  config: Config;
  clock: Clock;
  jobs: JobQueue;
  log: Logger;
  billingAdminEmails: BillingAdminEmails;
}) {
  return {
    onSession: onSessionHooks(ctx),
    /** After a request that wrote mail committed. */
    deliverMail: () => requestMailDelivery(ctx),
    async newDefaultMethod(accountId: string): Promise<void> {
      const due = await retryDunningNow(ctx.em.fork(), accountId, ctx.clock.now());
      if (due === 0) return;
      try {
        await ctx.jobs.enqueue('retry-failed-payments', {});
      } catch (error) {
        ctx.log.warn({ err: error }, 'could not start the payment retry; the next run retries');
      }
    },
  };
}
