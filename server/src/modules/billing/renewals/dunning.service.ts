import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../logging.js';
import type { Collector } from '../collection.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { lockRow } from '../../../db/row-lock.js';
import {
  recordFailedCollection,
  settleSubscriptionAfterPayment,
} from '../subscriptions/subscription-payments.js';
import { Subscription } from '../subscriptions/subscription.entity.js';

export interface DunningOptions {
  /** Invoices claimed (and locked) per transaction. Default 50. */
  batchSize?: number;
  config: Pick<Config, 'billing'>;
  /** Who takes the money: the deployment's collector (modules/billing/collection.ts). */
  collector: Collector;
  log?: Logger;
}

export interface DunningRun {
  /** Retries that collected the invoice (dunning ended). */
  recovered: number;
  /** Retries that failed again (next retry scheduled, or the final action taken). */
  failed: number;
  /** Retries handed to a collector that takes the money later (e.g. a bank transfer). */
  pending: number;
  /** Invoices that could not be retried this run (logged; tried again on the next run). */
  errors: number;
}

/**
 * Retries collection of every open invoice whose dunning retry is due by the clock's `now`
 * (docs/API.md "Dunning"). For the job queue; safe from any number of workers at once.
 *
 * Each batch claims due invoices with their accounts `FOR NO KEY UPDATE SKIP LOCKED`, like
 * renewals: a worker skips what another holds, and an account in the middle of a customer's change
 * is left for the next run instead of waited for. Holding the invoice row makes each attempt happen
 * once; the attempt count and next retry instant are written in the same transaction, so a crash
 * repeats at most an attempt that never committed. A success settles the subscription (active
 * again, a dunning suspension lifted); a failure schedules the next retry or takes the final
 * action. An invoice paid or voided meanwhile is no longer `open` and is not picked.
 */
export async function retryDuePayments(
  em: EntityManager,
  clock: Clock,
  options: DunningOptions,
): Promise<DunningRun> {
  const batchSize = options.batchSize ?? 50;
  const collector = options.collector;
  const dunning = options.config.billing.dunning;
  const now = clock.now();
  const run: DunningRun = { recovered: 0, failed: 0, pending: 0, errors: 0 };
  const erroredIds: string[] = [];
  for (;;) {
    const claimed = await em.fork().transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select i.id from invoice i join account a on a.id = i.account_id
         where i.status = 'open' and i.next_payment_attempt_at <= ?
           and a.suspended_at is null
           and i.id not in (select jsonb_array_elements_text(?::jsonb))
         order by i.next_payment_attempt_at, i.id
         limit ?
         for no key update of i, a skip locked`,
        [now, JSON.stringify(erroredIds), batchSize],
        'all',
        tx.getTransactionContext(),
      );
      let done = 0;
      for (const { id } of rows) {
        try {
          const result = await tx.transactional(
            async (inner) => {
              const invoice = await inner.findOneOrFail(
                Invoice,
                { id },
                { populate: ['account', 'subscription'], refresh: true },
              );
              // Re-checked under the lock: paid, voided or rescheduled since it was selected.
              const due = invoice.nextPaymentAttemptAt;
              if (invoice.status !== 'open' || due === null || due > now) return 'skipped';
              // A bank transfer settles the subscription holding only its invoice and this row.
              const subscriptionId = invoice.subscription?.id ?? null;
              const subscription =
                subscriptionId !== null && (await lockRow(inner, 'subscription', subscriptionId))
                  ? await inner.findOneOrFail(
                      Subscription,
                      { id: subscriptionId },
                      { refresh: true },
                    )
                  : null;
              invoice.nextPaymentAttemptAt = null;
              const outcome = await collector.collect(inner, invoice);
              switch (outcome.status) {
                case 'succeeded':
                  if (subscription !== null) {
                    await settleSubscriptionAfterPayment(inner, subscription.id, now);
                  }
                  return 'recovered';
                case 'failed':
                  await recordFailedCollection(
                    inner,
                    invoice,
                    subscription,
                    outcome.message,
                    now,
                    dunning,
                  );
                  return 'failed';
                case 'pending':
                  return 'pending';
                default: {
                  const unhandled: never = outcome;
                  throw new Error(`Unhandled collection outcome ${JSON.stringify(unhandled)}`);
                }
              }
            },
            { clear: true },
          );
          if (result !== 'skipped') {
            run[result] += 1;
            done += 1;
          }
        } catch (error) {
          erroredIds.push(id);
          run.errors += 1;
          options.log?.error({ err: error, invoiceId: id }, 'payment retry failed');
        }
      }
      return done;
    });
    if (claimed === 0) break;
  }
  return run;
}

/**
 * A new default payment method during dunning: every open invoice of the account waiting for a
 * retry by card is due now instead of on its retry day (payments calls this when a card becomes
 * the default). Returns how many; the caller starts the retry job.
 */
export async function retryDunningNow(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<number> {
  return em
    .getConnection()
    .execute(
      `update invoice set next_payment_attempt_at = ?
     where account_id = ? and status = 'open' and collection_method = 'card'
       and failed_payment_attempts > 0 and next_payment_attempt_at > ?`,
      [now, accountId, now],
      'run',
      em.getTransactionContext(),
    )
    .then((result) => (result as { affectedRows?: number }).affectedRows ?? 0);
}
