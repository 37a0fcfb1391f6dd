import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../logging.js';
import { getBillingDetails } from '../../accounts/billing-details.service.js';
import { recordAudit } from '../../audit/audit.service.js';
import { enqueueOutboxMessage } from '../../notifications/outbox.service.js';
import { type Collector, defaultCollector } from '../../payments/collection.js';
import { creditBalanceIn } from '../invoices/credit-balance.service.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { createFinalizedInvoice } from '../invoices/invoice.service.js';
import {
  type Currency,
  type TaxContext,
  dateFromInstant,
  instantFromDate,
  renewalInvoice,
} from '../rules/index.js';
import { pricesById } from './catalog-prices.js';
import { applyRules } from './rule-errors.js';
import { collectInvoice } from './subscription-payments.js';
import { applyRuleState, rulePrice, taxContext, toRuleState } from './subscription-state.js';
import { syncAccountPlan } from './subscription.service.js';
import { Subscription } from './subscription.entity.js';

export interface RenewalOptions {
  /** Subscriptions claimed (and locked) per transaction. Default 50. */
  batchSize?: number;
  /** Seller and payment terms for the invoices (the job passes its config). */
  config: Pick<Config, 'billing'>;
  /** Defaults to the deployment's collector (bank transfer). */
  collector?: Collector;
  log?: Logger;
}

export interface RenewalRun {
  /** Periods advanced (renewed, trials converted or expired, subscriptions ended). */
  renewed: number;
  /** Subscriptions that could not be renewed this run (logged; retried on the next run). */
  failed: number;
}

/**
 * Renews every subscription whose period ended at or before the clock's `now`: bills the next
 * period in advance (applying credit and any scheduled change), converts or expires trials, ends
 * subscriptions set to cancel. For the job queue; safe to run from any number of workers at once.
 *
 * Each batch claims due subscriptions, with their accounts, `FOR NO KEY UPDATE SKIP LOCKED`: a
 * worker skips what another worker holds, and an account in the middle of a customer's change
 * (which locks the account, then the subscription) is left for the next run rather than waited
 * for, which could deadlock. Each claimed subscription renews in its own savepoint, so one failure
 * (say, billing details removed) is logged and skipped without undoing the others. The period's
 * invoice carries a unique key (subscription, period start): a period is invoiced once whatever
 * crashes or races. A subscription several periods behind advances one period per claim until it
 * is current. Running it again at the same instant finds nothing due and does nothing.
 */
export async function renewDueSubscriptions(
  em: EntityManager,
  clock: Clock,
  options: RenewalOptions,
): Promise<RenewalRun> {
  const batchSize = options.batchSize ?? 50;
  const collector = options.collector ?? defaultCollector(options.config.billing);
  const now = clock.now();
  const failedIds: string[] = [];
  let renewed = 0;
  for (;;) {
    const claimed = await em.fork().transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select s.id from subscription s join account a on a.id = s.account_id
         where s.status in ('trialing', 'active', 'past_due') and s.current_period_end <= ?
           and s.id not in (select jsonb_array_elements_text(?::jsonb))
         order by s.current_period_end, s.id
         limit ?
         for no key update of s, a skip locked`,
        [now, JSON.stringify(failedIds), batchSize],
        'all',
        tx.getTransactionContext(),
      );
      let done = 0;
      for (const { id } of rows) {
        try {
          // A fresh unit of work per subscription: a failed one leaves nothing behind to flush.
          const advanced = await tx.transactional(
            (inner) => renewOnePeriod(inner, id, now, options.config, collector),
            { clear: true },
          );
          if (advanced) done += 1;
        } catch (error) {
          failedIds.push(id);
          options.log?.error({ err: error, subscriptionId: id }, 'subscription renewal failed');
        }
      }
      return { rows: rows.length, done };
    });
    renewed += claimed.done;
    // Nothing claimable is left (other workers hold the rest, or it all failed this run).
    if (claimed.done === 0) break;
  }
  return { renewed, failed: failedIds.length };
}

/** The buyer's tax context; a subscription that only ends or expires needs none. */
async function renewalTaxContext(
  tx: EntityManager,
  accountId: string,
  billing: Config['billing'],
): Promise<TaxContext> {
  const details = await getBillingDetails(tx, accountId);
  if (details !== null) return taxContext(details, billing);
  // Nothing can be invoiced without billing details (finalization refuses); ending still works.
  return {
    sellerCountry: billing.seller.country,
    buyerCountry: billing.seller.country,
    buyerType: 'individual',
    buyerVatId: null,
  };
}

/** Advances one locked, due subscription by one period. False if it is not due (any more). */
async function renewOnePeriod(
  tx: EntityManager,
  subscriptionId: string,
  now: Date,
  config: Pick<Config, 'billing'>,
  collector: Collector,
): Promise<boolean> {
  const subscription = await tx.findOneOrFail(
    Subscription,
    { id: subscriptionId },
    { populate: ['account', 'account.plan', 'plan', 'price', 'price.plan'], refresh: true },
  );
  const renewable = ['trialing', 'active', 'past_due'].includes(subscription.status);
  if (!renewable || subscription.currentPeriodEnd > now) return false;

  const accountId = subscription.account.id;
  const ids = [subscription.price.id];
  if (subscription.scheduledChange !== null) ids.push(subscription.scheduledChange.priceId);
  const prices = await pricesById(tx, ids);
  const creditBalance = await creditBalanceIn(tx, accountId, subscription.currency as Currency);
  const tax = await renewalTaxContext(tx, accountId, config.billing);
  const paymentMethodOnFile = await collector.canCollect(tx, accountId);
  const plan = applyRules(() =>
    renewalInvoice({
      subscription: toRuleState(subscription),
      prices: [...prices.values()].map(rulePrice),
      creditBalance,
      tax,
      now: instantFromDate(now),
      paymentMethodOnFile,
    }),
  );
  const boundary = subscription.currentPeriodEnd;
  applyRuleState(tx, subscription, plan.subscription, prices, now);
  await syncAccountPlan(tx, subscription.account, subscription, now);

  let invoice: Invoice | null = null;
  if (plan.invoice !== null) {
    const periodStart = dateFromInstant(plan.subscription.currentPeriodStart);
    const already = await tx.findOne(Invoice, {
      subscription: subscriptionId,
      periodStart,
      billingReason: 'subscription_cycle',
    });
    // The unique (subscription, period start) key makes a second invoice impossible; finding one
    // means the period was billed already, so only the subscription row had to catch up.
    if (already === null) {
      invoice = await createFinalizedInvoice(
        tx,
        {
          account: subscription.account,
          subscription,
          billingReason: 'subscription_cycle',
          draft: plan.invoice,
          creditBalance: plan.creditBalance,
          now,
        },
        config.billing,
      );
      await collectInvoice(tx, invoice, subscription, collector, now, config.billing.dunning);
    }
  }
  recordAudit(tx, {
    action: 'subscription.renew',
    occurredAt: now,
    accountId,
    target: subscription.id,
    summary: {
      outcome: plan.outcome,
      periodEnded: boundary.toISOString(),
      status: subscription.status,
      invoice: invoice?.number ?? null,
      amountDue: invoice?.amountDue ?? 0,
    },
  });
  enqueueOutboxMessage(tx, {
    topic: 'subscription.changed',
    accountId,
    payload: { subscriptionId: subscription.id, outcome: plan.outcome },
    at: now,
  });
  return true;
}
