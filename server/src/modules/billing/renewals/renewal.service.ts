import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../logging.js';
import {
  DetachedRows,
  type EntitySink,
  TrackedRows,
  unitOfWork,
} from '../../../db/detached-rows.js';
import { Account, BillingDetails, getBillingDetails } from '../../accounts/index.js';
import { AuditEvent, recordAuditTo } from '../../audit/index.js';
import { enqueueOutboxMessageTo, OutboxMessage } from '../../notifications/index.js';
import type { Collector } from '../collection.js';
import { creditBalanceIn, creditBalancesIn } from '../invoices/credit-balance.service.js';
import { allocateDocumentNumbers } from '../invoices/invoice-numbering.js';
import { CreditBalanceEntry } from '../invoices/credit-balance.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import {
  announceIssuedInvoice,
  applyFinalization,
  billingDetailsRequired,
  createDraftInvoiceIn,
  issueInvoice,
} from '../invoices/invoice-issue.service.js';
import { lockIssuedInvoice } from '../invoices/invoice-query.service.js';
import { voidLockedInvoice } from '../invoices/invoice-void.service.js';
import {
  type Currency,
  type Money,
  type RenewalPlan,
  type TaxContext,
  instantFromDate,
  renewalInvoice,
} from '../rules/index.js';
import type { PlanPrice } from '../../catalog/index.js';
import { pricesById } from '../subscriptions/catalog-prices.js';
import { applyRules } from '../subscriptions/rule-errors.js';
import { collectInvoice } from '../subscriptions/subscription-payments.js';
import {
  applyRuleState,
  rulePrice,
  taxContext,
  toRuleState,
} from '../subscriptions/rules-adapter.js';
import { syncAccountPlan } from '../subscriptions/subscription.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';

export interface RenewalOptions {
  /** Subscriptions claimed (and locked) per transaction. Default 50. */
  batchSize?: number;
  /** Seller and payment terms for the invoices (the job passes its config). */
  config: Pick<Config, 'billing'>;
  /** Who takes the money: the deployment's collector (modules/billing/collection.ts). */
  collector: Collector;
  log?: Logger;
  /**
   * Renew every subscription one per savepoint through the unit of work, as the fallback of a
   * failed batch does, instead of writing batches in bulk. For the test that proves both paths
   * write the same rows.
   */
  oneByOne?: boolean;
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
 * for, which could deadlock. The claimed batch then renews as a whole in one savepoint
 * (`renewBatch`): its rows read with a handful of statements, the rules applied to each
 * subscription, and the common case written with one statement per table. A subscription the
 * rules refuse (say, billing details removed) is logged and skipped without touching the others;
 * if the batch fails anyway, it is rolled back to the savepoint and renewed one subscription per
 * savepoint, so one failure still leaves the rest renewed.
 *
 * The period's invoice carries a unique key (subscription, period start): a period is invoiced once
 * whatever crashes or races. A subscription several periods behind advances one period per claim
 * until it is current. Running it again at the same instant finds nothing due and does nothing.
 * Suspended accounts are not renewed (docs/OPERATIONS.md "Suspending an account"): their due
 * periods wait, and renew one by one once the account is reactivated.
 */
export async function renewDueSubscriptions(
  em: EntityManager,
  clock: Clock,
  options: RenewalOptions,
): Promise<RenewalRun> {
  const batchSize = options.batchSize ?? 50;
  const run: RenewalContext = {
    now: clock.now(),
    config: options.config,
    collector: options.collector,
    log: options.log,
    oneByOne: options.oneByOne ?? false,
  };
  const failedIds: string[] = [];
  let renewed = 0;
  for (;;) {
    const done = await em.fork().transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select s.id from subscription s join account a on a.id = s.account_id
         where s.status in ('trialing', 'active', 'past_due', 'incomplete') and s.current_period_end <= ?
           and a.suspended_at is null
           and s.id not in (select jsonb_array_elements_text(?::jsonb))
         order by s.current_period_end, s.id
         limit ?
         for no key update of s, a skip locked`,
        [run.now, JSON.stringify(failedIds), batchSize],
        'all',
        tx.getTransactionContext(),
      );
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) return 0;
      let outcome: BatchOutcome;
      try {
        outcome = await tx.transactional((inner) => renewBatch(inner, ids, run), { clear: true });
      } catch (error) {
        run.log?.warn(
          { err: error, subscriptions: ids.length },
          'renewal batch failed; renewing its subscriptions one at a time',
        );
        outcome = await renewOneByOne(tx, ids, run);
      }
      failedIds.push(...outcome.failed);
      return outcome.renewed;
    });
    renewed += done;
    // Nothing claimable is left (other workers hold the rest, or it all failed this run).
    if (done === 0) break;
  }
  return { renewed, failed: failedIds.length };
}

/** What every renewal of one run shares. */
interface RenewalContext {
  now: Date;
  config: Pick<Config, 'billing'>;
  collector: Collector;
  log?: Logger;
  oneByOne: boolean;
}

interface BatchOutcome {
  renewed: number;
  /** Subscriptions that could not be renewed (logged). */
  failed: string[];
}

/** What renewing one subscription reads besides the subscription itself. */
interface RenewalInputs {
  /** At least the subscription's price and its scheduled change's, with their plans. */
  prices: ReadonlyMap<string, PlanPrice>;
  creditBalance: Money;
  details: BillingDetails | null;
}

/** A due subscription with what the rules decided for its next period; nothing written yet. */
interface PlannedRenewal {
  subscription: Subscription;
  prices: Map<string, PlanPrice>;
  plan: RenewalPlan;
  /** The period end the renewal happens at (before the subscription moves on). */
  boundary: Date;
  details: BillingDetails | null;
  /** A scheduled change (downgrade, fewer seats …) takes effect with this renewal. */
  appliesScheduledChange: boolean;
}

const renewalPopulate = ['account', 'account.plan', 'plan', 'price', 'price.plan'] as const;

/**
 * Renews the claimed (locked) subscriptions together. Reads: the subscriptions with their accounts,
 * their prices, credit balances and billing details, and which new periods are invoiced already —
 * one statement each. The rules then decide each subscription's next period.
 *
 * The common case — a period renewed or a trial converted, collected by a collector that only sets
 * terms (bank transfer) — is written without the ORM's unit of work, whose change tracking cost
 * more than everything else in a renewal: the subscriptions were read outside the identity map and
 * go back in one UPDATE of the columns that changed (the accounts likewise, when their plan moved),
 * and the invoices, their lines and credit-balance entries, the audit events and the outbox
 * messages are built by the same functions as everywhere else (`createDraftInvoiceIn`,
 * `applyFinalization`, `recordAuditTo`, …) into a `DetachedRows` and inserted with one statement
 * per table. The invoice numbers are allocated just before those inserts, so the month's counter
 * (which serialises every finalization) is held only for them and the commit.
 *
 * Everything else (ends, expiries, a collector that charges) is renewed one subscription per
 * savepoint through the unit of work, as the fallback does.
 */
async function renewBatch(
  tx: EntityManager,
  ids: readonly string[],
  run: RenewalContext,
): Promise<BatchOutcome> {
  // Outside the identity map: the batch writes them itself (TrackedRows). Plans and prices come
  // with the prices below, once for the batch instead of joined onto every row.
  const loaded = await tx.find(
    Subscription,
    { id: { $in: [...ids] } },
    // The accounts by primary key in a second statement: joined, PostgreSQL would hash the whole
    // account table for every batch once it is large enough to look cheaper than 50 lookups.
    { populate: ['account'], strategy: 'select-in', disableIdentityMap: true },
  );
  // In claim order, so invoice numbers follow it as they would one at a time.
  const position = new Map(ids.map((id, i) => [id, i]));
  const subscriptions = loaded.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const accountIds = subscriptions.map((subscription) => subscription.account.id);
  if (new Set(accountIds).size !== accountIds.length) {
    // One live subscription per account makes this impossible; balances read once would be wrong.
    throw new Error('Two claimed subscriptions belong to one account');
  }
  const prices = await pricesById(tx, subscriptions.flatMap(renewalPriceIds));
  const balances = await creditBalancesIn(
    tx,
    subscriptions.map((s) => ({ accountId: s.account.id, currency: s.currency as Currency })),
  );
  const details = new Map(
    (
      await tx.find(BillingDetails, { account: { $in: accountIds } }, { disableIdentityMap: true })
    ).map((d) => [d.account.id, d]),
  );

  const failed: string[] = [];
  const skip = (subscriptionId: string, error: unknown) => {
    failed.push(subscriptionId);
    run.log?.error({ err: error, subscriptionId }, 'subscription renewal failed');
  };
  const planned: PlannedRenewal[] = [];
  for (const subscription of subscriptions) {
    const accountId = subscription.account.id;
    try {
      const renewal = await planRenewal(
        tx,
        subscription,
        {
          prices,
          creditBalance: balances.get(accountId)!,
          details: details.get(accountId) ?? null,
        },
        run,
      );
      if (renewal !== null) planned.push(renewal);
    } catch (error) {
      skip(subscription.id, error);
    }
  }
  const invoiced = await periodsInvoiced(tx, planned);
  const batched: { renewal: PlannedRenewal; invoice: boolean }[] = [];
  const oneByOne: string[] = [];
  for (const renewal of planned) {
    if (!writtenInBatch(renewal, run)) {
      oneByOne.push(renewal.subscription.id);
      continue;
    }
    try {
      batched.push({ renewal, invoice: needsInvoice(renewal, invoiced) });
    } catch (error) {
      skip(renewal.subscription.id, error);
    }
  }

  const rows = new DetachedRows();
  const subscriptionRows = new TrackedRows(
    tx,
    Subscription,
    batched.map(({ renewal }) => renewal.subscription),
  );
  const accountRows = new TrackedRows(
    tx,
    Account,
    batched.map(({ renewal }) => renewal.subscription.account),
  );
  const drafts: (Invoice | null)[] = [];
  for (const { renewal, invoice } of batched) {
    drafts.push(await advanceSubscription(tx, rows, renewal, invoice, run));
  }
  await subscriptionRows.write();
  await accountRows.write();
  const numbers = await allocateDocumentNumbers(
    tx,
    'INV',
    run.now,
    drafts.filter((draft) => draft !== null).length,
  );
  let next = 0;
  for (const [i, { renewal }] of batched.entries()) {
    const draft = drafts[i] ?? null;
    let invoice: Invoice | null = null;
    if (draft !== null) {
      // writtenInBatch: billing details exist for every invoiced renewal.
      invoice = applyFinalization(
        draft,
        renewal.details!,
        run.config.billing,
        numbers[next++]!,
        run.now,
      );
      announceIssuedInvoice(rows, invoice, run.now);
      const outcome = await collectInvoice(
        tx,
        invoice,
        renewal.subscription,
        run.collector,
        run.now,
        run.config.billing.dunning,
      );
      if (outcome !== null && outcome.status !== 'pending') {
        throw new Error(`A terms-only collector answered ${outcome.status}`);
      }
    }
    recordRenewal(rows, renewal, invoice, run.now);
  }
  await rows.insertAll(tx, [Invoice, InvoiceLine, CreditBalanceEntry, AuditEvent, OutboxMessage]);
  const rest = await renewOneByOne(tx, oneByOne, run);
  return { renewed: batched.length + rest.renewed, failed: [...failed, ...rest.failed] };
}

/**
 * Whether the batch writes this renewal itself: the next period starts (renewed, or a trial
 * converted), so nothing but the subscription, possibly its account's plan, and new rows change;
 * and the collector only sets terms. Ends and expiries (which void invoices and move accounts to
 * Free) and charging collectors go through the unit of work.
 */
function writtenInBatch(renewal: PlannedRenewal, run: RenewalContext): boolean {
  const startsPeriod =
    renewal.plan.outcome === 'renewed' || renewal.plan.outcome === 'trial_converted';
  return startsPeriod && run.collector.setsTermsOnly === true && !run.oneByOne;
}

/** The fallback of a failed batch: each subscription in its own savepoint, numbered one by one. */
async function renewOneByOne(
  tx: EntityManager,
  ids: readonly string[],
  run: RenewalContext,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { renewed: 0, failed: [] };
  for (const id of ids) {
    try {
      // A fresh unit of work per subscription: a failed one leaves nothing behind to flush.
      const advanced = await tx.transactional((inner) => renewOnePeriod(inner, id, run), {
        clear: true,
      });
      if (advanced) outcome.renewed += 1;
    } catch (error) {
      outcome.failed.push(id);
      run.log?.error({ err: error, subscriptionId: id }, 'subscription renewal failed');
    }
  }
  return outcome;
}

/** Advances one locked, due subscription by one period. False if it is not due (any more). */
async function renewOnePeriod(
  tx: EntityManager,
  subscriptionId: string,
  run: RenewalContext,
): Promise<boolean> {
  const subscription = await tx.findOneOrFail(
    Subscription,
    { id: subscriptionId },
    { populate: renewalPopulate, refresh: true },
  );
  if (!isDue(subscription, run.now)) return false;
  const accountId = subscription.account.id;
  const renewal = await planRenewal(
    tx,
    subscription,
    {
      prices: await pricesById(tx, renewalPriceIds(subscription)),
      creditBalance: await creditBalanceIn(tx, accountId, subscription.currency as Currency),
      details: await getBillingDetails(tx, accountId),
    },
    run,
  );
  if (renewal === null) return false;
  const invoice = needsInvoice(renewal, await periodsInvoiced(tx, [renewal]));
  const draft = await advanceSubscription(tx, unitOfWork(tx), renewal, invoice, run);
  // Numbered here, one at a time.
  await completeRenewal(tx, renewal, draft, run);
  return true;
}

function isDue(subscription: Subscription, now: Date): boolean {
  // `incomplete`: its first period ended unpaid, so it expires (the rules' incomplete_expired).
  const renewable = ['trialing', 'active', 'past_due', 'incomplete'].includes(subscription.status);
  return renewable && subscription.currentPeriodEnd <= now;
}

/** The prices the rules need: the subscription's own and its scheduled change's. */
function renewalPriceIds(subscription: Subscription): string[] {
  const ids = [subscription.price.id];
  if (subscription.scheduledChange !== null) ids.push(subscription.scheduledChange.priceId);
  return ids;
}

/** The buyer's tax context; a subscription that only ends or expires needs none. */
function renewalTaxContext(details: BillingDetails | null, billing: Config['billing']): TaxContext {
  if (details !== null) return taxContext(details, billing);
  // Nothing can be invoiced without billing details (finalization refuses); ending still works.
  return {
    sellerCountry: billing.seller.country,
    buyerCountry: billing.seller.country,
    buyerType: 'individual',
    buyerVatId: null,
  };
}

/** What the rules decide for a due subscription's next period; null if it is not due. Writes nothing. */
async function planRenewal(
  tx: EntityManager,
  subscription: Subscription,
  inputs: RenewalInputs,
  run: RenewalContext,
): Promise<PlannedRenewal | null> {
  if (!isDue(subscription, run.now)) return null;
  const prices = new Map<string, PlanPrice>();
  for (const id of renewalPriceIds(subscription)) {
    const price = inputs.prices.get(id);
    if (price !== undefined) prices.set(id, price);
  }
  const paymentMethodOnFile = await run.collector.canCollect(tx, subscription.account.id);
  const plan = applyRules(() =>
    renewalInvoice({
      subscription: toRuleState(subscription),
      prices: [...prices.values()].map(rulePrice),
      creditBalance: inputs.creditBalance,
      tax: renewalTaxContext(inputs.details, run.config.billing),
      now: instantFromDate(run.now),
      paymentMethodOnFile,
    }),
  );
  return {
    subscription,
    prices,
    plan,
    boundary: subscription.currentPeriodEnd,
    details: inputs.details,
    appliesScheduledChange:
      subscription.scheduledChange !== null &&
      (plan.outcome === 'renewed' || plan.outcome === 'trial_converted'),
  };
}

const periodKey = (subscriptionId: string, periodStart: number) =>
  `${subscriptionId} ${periodStart}`;

/** Which of the renewals' new periods already have their invoice (keys of `periodKey`). */
async function periodsInvoiced(
  tx: EntityManager,
  renewals: readonly PlannedRenewal[],
): Promise<Set<string>> {
  const billed = renewals.filter((renewal) => renewal.plan.invoice !== null);
  if (billed.length === 0) return new Set();
  const rows = await tx.getConnection().execute<{ subscription_id: string; start: string }[]>(
    `select subscription_id, extract(epoch from period_start)::bigint as start from invoice
     where billing_reason = 'subscription_cycle'
       and subscription_id in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(billed.map((renewal) => renewal.subscription.id))],
    'all',
    tx.getTransactionContext(),
  );
  return new Set(rows.map((row) => periodKey(row.subscription_id, Number(row.start))));
}

/**
 * Whether the renewal issues an invoice. The unique (subscription, period start) key makes a
 * second invoice impossible; finding one means the period was billed already, so only the
 * subscription row has to catch up. Without billing details there is nothing to address it to:
 * refused here, before anything changed, as finalization would refuse it.
 */
function needsInvoice(renewal: PlannedRenewal, invoiced: ReadonlySet<string>): boolean {
  if (renewal.plan.invoice === null) return false;
  const periodStart = renewal.plan.subscription.currentPeriodStart;
  if (invoiced.has(periodKey(renewal.subscription.id, periodStart))) return false;
  if (renewal.details === null) throw billingDetailsRequired();
  return true;
}

/** Moves the subscription (and its account's plan) on; the invoice as a draft, not numbered yet. */
async function advanceSubscription(
  tx: EntityManager,
  sink: EntitySink,
  renewal: PlannedRenewal,
  invoice: boolean,
  run: RenewalContext,
): Promise<Invoice | null> {
  const { subscription, plan } = renewal;
  applyRuleState(tx, subscription, plan.subscription, renewal.prices, run.now);
  await syncAccountPlan(tx, subscription.account, subscription, run.now);
  if (plan.outcome === 'incomplete_expired')
    await voidUnpaidFirstInvoice(tx, subscription, run.now);
  if (!invoice || plan.invoice === null) return null;
  return createDraftInvoiceIn(sink, {
    account: subscription.account,
    subscription,
    billingReason: 'subscription_cycle',
    draft: plan.invoice,
    creditBalance: plan.creditBalance,
    now: run.now,
  });
}

/**
 * An unpaid first period expired: the invoice for it is withdrawn (voided, any part payment
 * refunded to the credit balance), since the service it billed was never given.
 */
async function voidUnpaidFirstInvoice(
  tx: EntityManager,
  subscription: Subscription,
  now: Date,
): Promise<void> {
  const open = await tx.find(
    Invoice,
    { subscription: subscription.id, status: 'open' },
    { fields: ['id'] },
  );
  for (const { id } of open) {
    const invoice = await lockIssuedInvoice(tx, id);
    await voidLockedInvoice(
      tx,
      invoice,
      'The first payment did not arrive before the first period ended; the subscription expired.',
      now,
      { userId: null, ip: null, requestId: null },
    );
  }
}

/** Issues the draft, collects it, and records the renewal (the one-at-a-time path). */
async function completeRenewal(
  tx: EntityManager,
  renewal: PlannedRenewal,
  draft: Invoice | null,
  run: RenewalContext,
): Promise<void> {
  const { subscription } = renewal;
  let invoice: Invoice | null = null;
  if (draft !== null) {
    invoice = await issueInvoice(tx, draft, run.now, run.config.billing);
    await collectInvoice(
      tx,
      invoice,
      subscription,
      run.collector,
      run.now,
      run.config.billing.dunning,
    );
  }
  recordRenewal(unitOfWork(tx), renewal, invoice, run.now);
}

/** The renewal's audit event and its `subscription.changed` message. */
function recordRenewal(
  sink: EntitySink,
  renewal: PlannedRenewal,
  invoice: Invoice | null,
  now: Date,
): void {
  const { subscription, plan } = renewal;
  const accountId = subscription.account.id;
  recordAuditTo(sink, {
    action: 'subscription.renew',
    occurredAt: now,
    accountId,
    target: subscription.id,
    summary: {
      outcome: plan.outcome,
      periodEnded: renewal.boundary.toISOString(),
      status: subscription.status,
      invoice: invoice?.number ?? null,
      amountDue: invoice?.amountDue ?? 0,
    },
  });
  enqueueOutboxMessageTo(sink, {
    topic: 'subscription.changed',
    accountId,
    payload: {
      subscriptionId: subscription.id,
      outcome: plan.outcome,
      planId: subscription.plan.id,
      seats: subscription.seats,
      scheduledChangeApplied: renewal.appliesScheduledChange,
    },
    at: now,
  });
}
