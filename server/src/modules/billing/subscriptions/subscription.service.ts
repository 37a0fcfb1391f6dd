import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { BillingConfig } from '../../../config.js';
import { AppError, badInput } from '../../../errors.js';
import { Account, type BillingDetails, getBillingDetails } from '../../accounts/index.js';
import { type Actor, recordAuditBy } from '../../audit/index.js';
import { type BillingInterval, Plan, type PlanPrice } from '../../catalog/index.js';
import { enqueueOutboxMessage } from '../../notifications/index.js';
import type { CollectionTerms, Collector } from '../collection.js';
import { performOrReplay } from '../../../db/idempotency.js';
import { creditBalanceIn } from '../invoices/credit-balance.service.js';
import { type BillingReason, Invoice } from '../invoices/invoice.entity.js';
import {
  billingDetailsRequired,
  createFinalizedInvoice,
} from '../invoices/invoice-issue.service.js';
import { lockRow } from '../../../db/row-lock.js';
import {
  type ChangeOutcome,
  type ChangeTiming,
  type CreditBalanceMovement,
  type Currency,
  type InvoiceDraft,
  type Money,
  type SubscriptionChange,
  type SubscriptionChangePlan,
  type TaxContext,
  dateFromInstant,
  instantFromDate,
  BillingRuleError,
  isCurrency,
  planSubscriptionChange,
  previewNextInvoice,
  taxLabel,
  taxTreatment,
} from '../rules/index.js';
import {
  catalogPrice,
  createContractPrice,
  pricesById,
  subscribablePlan,
} from './catalog-prices.js';
import { applyRules } from './rule-errors.js';
import { syncAccountPlan } from './account-plan.js';
import { collectInvoice } from './subscription-payments.js';
import {
  type SubscriptionView,
  applyRuleState,
  rulePrice,
  taxContext,
  toRuleState,
  toSubscriptionView,
} from './rules-adapter.js';
import {
  type CancellationReason,
  Subscription,
  cancellationReasons,
} from './subscription.entity.js';

export { syncAccountPlan };

/** What billing services need besides the database: the time, the seller, the collector. */
export interface BillingDeps {
  clock: Clock;
  billing: BillingConfig;
  /** Who takes the money: the deployment's collector (modules/billing/collection.ts). */
  collector: Collector;
}

/** A customer's (or operator's) request, before prices are looked up. */
export type SubscriptionRequest =
  | {
      type: 'start';
      planCode: string;
      interval: BillingInterval;
      currency: string;
      seats: number;
    }
  | {
      type: 'change';
      planCode?: string | null;
      interval?: BillingInterval | null;
      seats?: number | null;
      timing?: ChangeTiming | null;
    }
  | {
      type: 'cancel';
      timing: ChangeTiming;
      reason: CancellationReason;
      comment?: string | null;
    }
  | { type: 'reactivate' }
  | {
      /** Operators: an Enterprise contract at a price set for this account (starts or upgrades now). */
      type: 'contract';
      interval: BillingInterval;
      currency: string;
      /** Per period, integer minor units. */
      unitAmount: number;
      /** Per seat beyond the plan's included seats, per period; null sells no extra seats. */
      perSeatAmount?: number | null;
      seats: number;
    };

export const MAX_SEATS = 10_000;
/** 10 million in major units of any currency: far above any contract, far below float trouble. */
const MAX_CONTRACT_AMOUNT = 1_000_000_000;

function validContractAmount(field: string, amount: number): number {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_CONTRACT_AMOUNT) {
    throw badInput(field, `Enter a whole amount in minor units from 1 to ${MAX_CONTRACT_AMOUNT}.`);
  }
  return amount;
}

function validSeats(seats: number): number {
  if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS) {
    throw badInput('seats', `Choose between 1 and ${MAX_SEATS} seats.`);
  }
  return seats;
}

/** Checks and normalises the request's own fields (the rest is the rules' job). */
export function validateRequest(request: SubscriptionRequest): SubscriptionRequest {
  switch (request.type) {
    case 'start': {
      const currency = request.currency.trim().toUpperCase();
      if (!isCurrency(currency)) {
        throw badInput('currency', 'Choose a currency the plan is sold in, such as EUR or USD.');
      }
      if (request.planCode.trim() === '') throw badInput('planCode', 'Choose a plan.');
      return {
        ...request,
        planCode: request.planCode.trim(),
        currency,
        seats: validSeats(request.seats),
      };
    }
    case 'change':
      return {
        ...request,
        planCode: request.planCode?.trim() || null,
        seats: request.seats == null ? null : validSeats(request.seats),
      };
    case 'cancel': {
      if (!cancellationReasons.includes(request.reason)) {
        throw badInput('reason', 'Choose a reason for cancelling.');
      }
      const comment = request.comment?.trim() ?? '';
      if (comment.length > 1000) throw badInput('comment', 'Use at most 1000 characters.');
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(comment)) {
        throw badInput('comment', 'Use printable characters only.');
      }
      return { ...request, comment: comment === '' ? null : comment };
    }
    case 'reactivate':
      return request;
    case 'contract': {
      const currency = request.currency.trim().toUpperCase();
      if (!isCurrency(currency)) {
        throw badInput('currency', 'Choose a currency Ledgerline bills in, such as EUR or USD.');
      }
      return {
        ...request,
        currency,
        unitAmount: validContractAmount('unitAmount', request.unitAmount),
        perSeatAmount:
          request.perSeatAmount == null
            ? null
            : validContractAmount('perSeatAmount', request.perSeatAmount),
        seats: validSeats(request.seats),
      };
    }
    default: {
      const unhandled: never = request;
      throw new Error(`Unhandled request ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Everything the rules were given and what they decided; the preview shows it, apply stores it. */
interface PlannedChange {
  account: Account;
  subscription: Subscription | null;
  prices: Map<string, PlanPrice>;
  currency: Currency;
  plan: SubscriptionChangePlan;
  tax: TaxContext;
}

async function liveSubscription(
  tx: EntityManager,
  accountId: string,
  lock: boolean,
): Promise<Subscription | null> {
  const where = { account: accountId, status: { $ne: 'canceled' as const } };
  const populate = ['plan', 'price', 'price.plan'] as const;
  if (!lock) return tx.findOne(Subscription, where, { populate });
  // The caller holds the account lock, so no other change can swap the live subscription; a
  // renewal may still end it, which the refreshed read after the lock sees.
  const found = await tx.findOne(Subscription, where, { fields: ['id'] });
  if (found === null) return null;
  await lockRow(tx, 'subscription', found.id);
  return tx.findOne(Subscription, { ...where, id: found.id }, { populate, refresh: true });
}

const noSubscription = () =>
  new AppError('CONFLICT', 'The account has no subscription to change. Start one first.');

/**
 * Loads what the rules need and asks them: THE function behind both the preview and the change.
 * With `lock`, the account row and then its live subscription are locked (see row-lock.ts), so every
 * change of one account runs one after another (renewal and payments lock the subscription row).
 */
async function planChange(
  tx: EntityManager,
  accountId: string,
  request: SubscriptionRequest,
  now: Date,
  billing: BillingConfig,
  lock: boolean,
): Promise<PlannedChange> {
  const exists = lock ? await lockRow(tx, 'account', accountId) : true;
  const account = exists
    ? await tx.findOne(Account, { id: accountId }, lock ? { refresh: true } : {})
    : null;
  if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
  const subscription = await liveSubscription(tx, accountId, lock);

  const priceIds: string[] = [];
  let change: SubscriptionChange;
  let currency: Currency;
  let target: PlanPrice | null = null;
  if (request.type === 'start') {
    const plan = await subscribablePlan(tx, request.planCode);
    target = await catalogPrice(tx, plan, request.interval, request.currency);
    currency = request.currency as Currency;
    const hadTrial =
      (await tx.count(Subscription, { account: accountId, trialEnd: { $ne: null } })) > 0;
    change = { type: 'start', priceId: target.id, seats: request.seats, useTrial: !hadTrial };
  } else if (request.type === 'contract') {
    if (!lock) throw new Error('A contract is set up, never previewed');
    if (subscription !== null && subscription.currency !== request.currency) {
      throw badInput(
        'currency',
        `The running subscription is billed in ${subscription.currency}; keep that currency.`,
      );
    }
    target = await createContractPrice(tx, accountId, {
      interval: request.interval,
      currency: request.currency,
      unitAmount: request.unitAmount,
      perSeatAmount: request.perSeatAmount ?? null,
    });
    currency = request.currency as Currency;
    change =
      subscription === null
        ? { type: 'start', priceId: target.id, seats: request.seats, useTrial: false }
        : { type: 'change_plan', priceId: target.id, seats: request.seats, timing: 'now' };
    if (subscription !== null) {
      priceIds.push(subscription.price.id);
      if (subscription.scheduledChange !== null) {
        priceIds.push(subscription.scheduledChange.priceId);
      }
    }
  } else {
    if (subscription === null) throw noSubscription();
    currency = subscription.currency as Currency;
    switch (request.type) {
      case 'change': {
        const planCode = request.planCode ?? subscription.plan.code;
        const interval = request.interval ?? subscription.interval;
        // Asking for the running plan and interval keeps its (possibly older) price version.
        target =
          planCode === subscription.plan.code && interval === subscription.interval
            ? subscription.price
            : await catalogPrice(
                tx,
                await subscribablePlan(tx, planCode),
                interval,
                subscription.currency,
              );
        change = {
          type: 'change_plan',
          priceId: target.id,
          ...(request.seats == null ? {} : { seats: request.seats }),
          ...(request.timing == null ? {} : { timing: request.timing }),
        };
        break;
      }
      case 'cancel':
        change = { type: 'cancel', timing: request.timing };
        break;
      case 'reactivate':
        change = { type: 'reactivate' };
        break;
    }
    priceIds.push(subscription.price.id);
    if (subscription.scheduledChange !== null) priceIds.push(subscription.scheduledChange.priceId);
  }
  if (target !== null) priceIds.push(target.id);
  const prices = await pricesById(tx, priceIds);

  const details = await getBillingDetails(tx, accountId);
  if (details === null) throw billingDetailsRequired();
  const creditBalance = await creditBalanceIn(tx, accountId, currency);
  const tax = taxContext(details, billing);
  const plan = applyRules(() =>
    planSubscriptionChange({
      subscription: subscription === null ? null : toRuleState(subscription),
      prices: [...prices.values()].map(rulePrice),
      creditBalance,
      tax,
      change,
      now: instantFromDate(now),
    }),
  );
  return { account, subscription, prices, currency, plan, tax };
}

/** What a preview shows: the same plan the change would carry out, at the same instant. */
export interface SubscriptionChangePreview {
  outcome: ChangeOutcome;
  appliesAt: ChangeTiming;
  effectiveAt: Date;
  currency: Currency;
  /** What is billed now; null when nothing is. */
  invoice: InvoiceDraft | null;
  creditBalance: CreditBalanceMovement;
  nextInvoice: { date: Date; amountDue: Money } | null;
  /** The tax line's label ("VAT 19%"), as the invoice will spell it. */
  taxLabel: string;
  /** How the invoice issued now is collected and when it is due; null when nothing is billed now. */
  collection: CollectionTerms | null;
  /** Whose change this is (members count the seats taken: members/seats.resolver.ts). */
  accountId: string;
  /**
   * Seats the account may fill once the change applies: the resulting subscription's, or the Free
   * plan's after a cancellation. Fewer than `seatsTaken`: everyone stays, new invitations are
   * refused with SEAT_LIMIT until members leave or seats are added (members/invitations.service.ts).
   */
  seatLimit: number;
  /** The subscription afterwards; plan, interval and seats are the scheduled ones if any. */
  result: {
    status: Subscription['status'];
    planId: string;
    interval: BillingInterval;
    seats: number;
    cancelAtPeriodEnd: boolean;
    currentPeriodEnd: Date;
  };
}

function toPreview(
  planned: PlannedChange,
  now: Date,
  extras: Pick<SubscriptionChangePreview, 'collection' | 'accountId' | 'seatLimit'>,
): SubscriptionChangePreview {
  const { plan, prices } = planned;
  const state = plan.subscription;
  const resulting = state.scheduledChange ?? state;
  const resultingPrice = prices.get(resulting.priceId);
  if (resultingPrice === undefined) throw new Error(`Price ${resulting.priceId} was not loaded`);
  const effectiveAt = dateFromInstant(plan.effectiveAt);
  return {
    outcome: plan.outcome,
    appliesAt: plan.effectiveAt > instantFromDate(now) ? 'period_end' : 'now',
    effectiveAt,
    currency: planned.currency,
    taxLabel: taxLabel(plan.invoice?.tax ?? taxTreatment(planned.tax), planned.tax.buyerCountry),
    ...extras,
    invoice: plan.invoice,
    creditBalance: plan.creditBalance,
    nextInvoice:
      plan.nextInvoice === null
        ? null
        : { date: dateFromInstant(plan.nextInvoice.date), amountDue: plan.nextInvoice.amountDue },
    result: {
      status: state.status,
      planId: resulting.planId,
      interval: resultingPrice.interval,
      seats: resulting.seats,
      cancelAtPeriodEnd: state.cancelAtPeriodEnd,
      currentPeriodEnd: dateFromInstant(state.currentPeriodEnd),
    },
  };
}

/**
 * What a change would do, computed by the same code and at the same instant as the change itself,
 * without locking or writing anything.
 */
export async function previewSubscriptionChange(
  em: EntityManager,
  accountId: string,
  request: SubscriptionRequest,
  deps: BillingDeps,
): Promise<SubscriptionChangePreview> {
  const valid = validateRequest(request);
  const now = deps.clock.now();
  const planned = await planChange(em, accountId, valid, now, deps.billing, false);
  const state = planned.plan.subscription;
  const endsOnFree = state.status === 'canceled' || state.cancelAtPeriodEnd;
  const seatLimit = endsOnFree
    ? (await em.findOneOrFail(Plan, { code: 'free' })).includedSeats
    : (state.scheduledChange ?? state).seats;
  const billedNow = planned.plan.invoice !== null && planned.plan.invoice.amountDue.amount > 0;
  return toPreview(planned, now, {
    collection: billedNow ? await deps.collector.termsAt(em, accountId, now) : null,
    accountId,
    seatLimit,
  });
}

/** The stored (and replayed) answer of a subscription mutation: plain JSON. */
export interface SubscriptionChangeReceipt {
  outcome: ChangeOutcome;
  subscription: SubscriptionView;
  /** The invoice issued by the change, if any. */
  invoiceId: string | null;
}

function billingReasonOf(outcome: ChangeOutcome): BillingReason {
  switch (outcome) {
    case 'started':
    case 'trial_started':
    case 'trial_ended_early':
      return 'subscription_create';
    case 'canceled':
      return 'subscription_cancel';
    case 'upgraded':
    case 'downgraded':
    case 'interval_changed':
    case 'plan_switched':
    case 'trial_plan_switched':
    case 'change_scheduled':
    case 'scheduled_change_undone':
    case 'cancel_scheduled':
    case 'reactivated':
      return 'subscription_update';
    default: {
      const unhandled: never = outcome;
      throw new Error(`Unhandled outcome ${String(unhandled)}`);
    }
  }
}

const operationNames: Record<SubscriptionRequest['type'], string> = {
  start: 'startSubscription',
  change: 'changeSubscription',
  cancel: 'cancelSubscription',
  reactivate: 'reactivateSubscription',
  contract: 'startEnterpriseContract',
};

/**
 * Carries out a subscription request in ONE transaction: claim the idempotency key, lock the
 * account and its subscription, plan the change with the rules, store the new state, issue and
 * finalize the invoice for what is billed now (using the credit balance through the ledger), and
 * hand it to the collector; audit and outbox messages commit with it.
 */
async function applySubscriptionRequest(
  em: EntityManager,
  accountId: string,
  request: SubscriptionRequest,
  options: { actor: Actor; idempotencyKey: string | null },
  deps: BillingDeps,
): Promise<SubscriptionChangeReceipt> {
  const valid = validateRequest(request);
  const collector = deps.collector;
  return em.transactional(async (tx) => {
    const perform = async (): Promise<SubscriptionChangeReceipt> => {
      const now = deps.clock.now();
      const planned = await planChange(tx, accountId, valid, now, deps.billing, true);
      const { account, plan, prices } = planned;
      const before =
        planned.subscription === null ? null : toSubscriptionView(planned.subscription);
      let subscription = planned.subscription;
      if (subscription === null) {
        subscription = new Subscription();
        subscription.account = account;
        subscription.createdAt = now;
        tx.persist(subscription);
      }
      applyRuleState(tx, subscription, plan.subscription, prices, now);
      if (valid.type === 'cancel') {
        subscription.cancellationReason = valid.reason;
        subscription.cancellationComment = valid.comment ?? null;
        // No charge after cancelling: scheduled payment retries stop (paying by hand still works).
        await tx.nativeUpdate(
          Invoice,
          { subscription: subscription.id, status: 'open', nextPaymentAttemptAt: { $ne: null } },
          { nextPaymentAttemptAt: null },
        );
      } else if (valid.type === 'reactivate') {
        subscription.cancellationReason = null;
        subscription.cancellationComment = null;
      }
      await syncAccountPlan(tx, account, subscription, now);

      let invoice: Invoice | null = null;
      if (plan.invoice !== null) {
        invoice = await createFinalizedInvoice(
          tx,
          {
            account,
            subscription,
            billingReason: billingReasonOf(plan.outcome),
            draft: plan.invoice,
            creditBalance: plan.creditBalance,
            now,
          },
          deps.billing,
        );
        await collectInvoice(tx, invoice, subscription, collector, now, deps.billing.dunning);
      }
      const after = toSubscriptionView(subscription);
      recordAuditBy(tx, options.actor, {
        action: `subscription.${valid.type}`,
        occurredAt: now,
        accountId,
        target: subscription.id,
        summary: {
          outcome: plan.outcome,
          from: before && { planId: before.planId, priceId: before.priceId, seats: before.seats },
          to: { planId: after.planId, priceId: after.priceId, seats: after.seats },
          status: after.status,
          invoice: invoice?.number ?? null,
          amountDue: invoice?.amountDue ?? 0,
          ...(valid.type === 'cancel' ? { timing: valid.timing, reason: valid.reason } : {}),
        },
      });
      // What the plan is now, or (a scheduled change) what it will be and from when.
      const told =
        plan.outcome === 'change_scheduled' && after.scheduledChange !== null
          ? after.scheduledChange
          : after;
      enqueueOutboxMessage(tx, {
        topic: 'subscription.changed',
        accountId,
        payload: {
          subscriptionId: subscription.id,
          outcome: plan.outcome,
          planId: told.planId,
          seats: told.seats,
          effectiveAt:
            plan.outcome === 'change_scheduled'
              ? (after.scheduledChange?.effectiveAt ?? null)
              : null,
        },
        at: now,
      });
      return { outcome: plan.outcome, subscription: after, invoiceId: invoice?.id ?? null };
    };
    if (options.idempotencyKey === null) return perform();
    const { type: _type, ...input } = valid;
    return performOrReplay(
      tx,
      {
        accountId,
        key: options.idempotencyKey,
        operation: operationNames[valid.type],
        request: input,
        at: deps.clock.now(),
      },
      perform,
    );
  });
}

/** A keyed mutation's input: the request's own fields plus the client's idempotency key. */
type KeyedType = 'start' | 'change' | 'cancel' | 'contract';
export type KeyedInput<T extends KeyedType> = Omit<
  Extract<SubscriptionRequest, { type: T }>,
  'type'
> & { idempotencyKey: string };

type KeyedMutation<T extends KeyedType> = (
  em: EntityManager,
  accountId: string,
  input: KeyedInput<T>,
  actor: Actor,
  deps: BillingDeps,
) => Promise<SubscriptionChangeReceipt>;

function keyedMutation<T extends KeyedType>(type: T): KeyedMutation<T> {
  return (em, accountId, input, actor, deps) => {
    const { idempotencyKey, ...fields } = input;
    const request = { type, ...fields } as unknown as SubscriptionRequest;
    return applySubscriptionRequest(em, accountId, request, { actor, idempotencyKey }, deps);
  };
}

/** Starts a subscription: a trial when the plan has one and the account never had a trial. */
export const startSubscription = keyedMutation('start');

/** Changes plan, interval or seats; asking for the running plan takes back a scheduled change. */
export const changeSubscription = keyedMutation('change');

/** Cancels now (a fee may be billed) or at the period end (revocable until then). */
export const cancelSubscription = keyedMutation('cancel');

/**
 * Operators: puts the account on an Enterprise contract at its own price — a start, or a change
 * from the running plan now (prorated like any upgrade). Idempotent per key.
 */
export const startEnterpriseContract = keyedMutation('contract');

/** Takes back a cancel-at-period-end. Moves no money, so it needs no idempotency key. */
export function reactivateSubscription(
  em: EntityManager,
  accountId: string,
  actor: Actor,
  deps: BillingDeps,
): Promise<SubscriptionChangeReceipt> {
  return applySubscriptionRequest(
    em,
    accountId,
    { type: 'reactivate' },
    { actor, idempotencyKey: null },
    deps,
  );
}

/**
 * `currentSubscription` of many accounts in one statement, in the order asked (a list of accounts
 * in the back office, or the one account of the Overview's several fields).
 */
export async function currentSubscriptions(
  em: EntityManager,
  accountIds: readonly string[],
): Promise<(Subscription | null)[]> {
  const subscriptions = await em.find(
    Subscription,
    { account: { $in: [...new Set(accountIds)] } },
    { orderBy: [...currentFirst], populate: ['plan', 'price', 'price.plan'] },
  );
  const current = new Map<string, Subscription>();
  for (const subscription of subscriptions) {
    if (!current.has(subscription.account.id)) current.set(subscription.account.id, subscription);
  }
  return accountIds.map((id) => current.get(id) ?? null);
}

// Live ones first ('canceled' sorts after the live statuses only by this expression).
const currentFirst = [{ endedAt: 'desc nulls first' }, { createdAt: 'desc' }] as const;

/** The live subscription, or else the most recently ended one; null if the account never had one. */
export async function currentSubscription(
  em: EntityManager,
  accountId: string,
): Promise<Subscription | null> {
  return em.findOne(
    Subscription,
    { account: accountId },
    { orderBy: [...currentFirst], populate: ['plan', 'price', 'price.plan'] },
  );
}

/**
 * `previewUpcomingInvoice` of the subscription with this id; null when there is none. A request
 * passes its own reader of the billing details (`billingDetailsFor`), so they are read once
 * whatever else in the request needs them.
 */
export async function previewUpcomingInvoiceOf(
  em: EntityManager,
  subscriptionId: string,
  billing: BillingConfig,
  billingDetailsOf: (accountId: string) => Promise<BillingDetails | null> = (accountId) =>
    getBillingDetails(em, accountId),
): Promise<{ date: Date; amountDue: Money } | null> {
  const subscription = await em.findOne(
    Subscription,
    { id: subscriptionId },
    { populate: ['plan', 'price', 'price.plan'] },
  );
  if (subscription === null) return null;
  return previewUpcomingInvoice(
    em,
    subscription,
    await billingDetailsOf(subscription.account.id),
    billing,
  );
}

/**
 * The invoice the subscription will issue at the end of its current period (or trial), with the
 * credit balance it has now; null when it will not renew, bills nothing, or cannot be taxed yet
 * (`details` null: the account has no billing details).
 */
export async function previewUpcomingInvoice(
  em: EntityManager,
  subscription: Subscription,
  details: BillingDetails | null,
  billing: BillingConfig,
): Promise<{ date: Date; amountDue: Money } | null> {
  if (details === null) return null;
  const ids = [subscription.price.id];
  if (subscription.scheduledChange !== null) ids.push(subscription.scheduledChange.priceId);
  const prices = await pricesById(em, ids);
  const currency = subscription.currency as Currency;
  try {
    const next = previewNextInvoice({
      subscription: toRuleState(subscription),
      prices: [...prices.values()].map(rulePrice),
      creditBalance: await creditBalanceIn(em, subscription.account.id, currency),
      tax: taxContext(details, billing),
    });
    return next === null ? null : { date: dateFromInstant(next.date), amountDue: next.amountDue };
  } catch (error) {
    if (error instanceof BillingRuleError) return null;
    throw error;
  }
}
