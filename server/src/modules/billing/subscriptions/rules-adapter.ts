import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingConfig } from '../../../config.js';
import type { BillingDetails } from '../../accounts/index.js';
import { type BillingInterval, Plan, PlanPrice } from '../../catalog/index.js';
import {
  type BillingInterval as RuleInterval,
  type PlanPrice as RulePlanPrice,
  type SubscriptionState,
  type TaxContext,
  dateFromInstant,
  instantFromDate,
  money,
  parseCurrency,
} from '../rules/index.js';
import type { CancellationReason, Subscription } from './subscription.entity.js';

/**
 * The translation between storage and the pure rules: entities hold `Date`s and catalog rows, the
 * rules whole-second instants and price snapshots. Nothing here decides anything.
 */

export function ruleInterval(interval: BillingInterval): RuleInterval {
  return interval === 'MONTH' ? 'month' : 'year';
}

/** A catalog price (with its plan loaded) as the rules see it. */
export function rulePrice(price: PlanPrice): RulePlanPrice {
  const currency = parseCurrency(price.currency);
  const plan = price.plan;
  return {
    priceId: price.id,
    planId: plan.id,
    planName: plan.name,
    interval: ruleInterval(price.interval),
    unitAmount: money(price.unitAmount, currency),
    includedSeats: plan.includedSeats,
    extraSeatAmount: price.perSeatAmount === null ? null : money(price.perSeatAmount, currency),
    trialDays: plan.trialDays,
    cancellationFeeBps: plan.cancellationFeeBps,
  };
}

const optionalInstant = (date: Date | null) => (date === null ? null : instantFromDate(date));
const optionalDate = (instant: number | null) =>
  instant === null ? null : dateFromInstant(instant);

export function toRuleState(subscription: Subscription): SubscriptionState {
  return {
    status: subscription.status,
    planId: subscription.plan.id,
    priceId: subscription.price.id,
    seats: subscription.seats,
    billingAnchor: instantFromDate(subscription.billingAnchor),
    currentPeriodStart: instantFromDate(subscription.currentPeriodStart),
    currentPeriodEnd: instantFromDate(subscription.currentPeriodEnd),
    trialEnd: optionalInstant(subscription.trialEnd),
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    canceledAt: optionalInstant(subscription.canceledAt),
    endedAt: optionalInstant(subscription.endedAt),
    scheduledChange: subscription.scheduledChange,
  };
}

/** Writes the state the rules returned onto the row; `prices` must hold the state's price. */
export function applyRuleState(
  em: EntityManager,
  subscription: Subscription,
  state: SubscriptionState,
  prices: ReadonlyMap<string, PlanPrice>,
  now: Date,
): void {
  const price = prices.get(state.priceId);
  if (price === undefined) throw new Error(`Price ${state.priceId} was not loaded`);
  subscription.status = state.status;
  subscription.plan = em.getReference(Plan, state.planId);
  subscription.price = price;
  subscription.currency = price.currency;
  subscription.interval = price.interval;
  subscription.seats = state.seats;
  subscription.billingAnchor = dateFromInstant(state.billingAnchor);
  subscription.currentPeriodStart = dateFromInstant(state.currentPeriodStart);
  subscription.currentPeriodEnd = dateFromInstant(state.currentPeriodEnd);
  subscription.trialEnd = optionalDate(state.trialEnd);
  subscription.cancelAtPeriodEnd = state.cancelAtPeriodEnd;
  subscription.canceledAt = optionalDate(state.canceledAt);
  subscription.endedAt = optionalDate(state.endedAt);
  subscription.scheduledChange = state.scheduledChange;
  subscription.updatedAt = now;
}

/** Reverse charge needs a VAT id: a tax id on the billing details makes the buyer a business. */
export function taxContext(details: BillingDetails, billing: BillingConfig): TaxContext {
  return {
    sellerCountry: billing.seller.country,
    buyerCountry: details.country,
    buyerType: details.taxIdType === null ? 'individual' : 'business',
    buyerVatId: details.taxIdType === 'EU_VAT' ? details.taxIdValue : null,
  };
}

/**
 * A subscription as the API returns it: plain JSON (instants as ISO strings), so the response of a
 * money-moving mutation can be stored with its idempotency key and replayed exactly.
 */
export interface SubscriptionView {
  id: string;
  accountId: string;
  status: Subscription['status'];
  planId: string;
  priceId: string;
  currency: string;
  interval: BillingInterval;
  seats: number;
  billingAnchor: string;
  currentPeriodStart: string;
  currentPeriodEnd: string;
  trialEnd: string | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: string | null;
  endedAt: string | null;
  cancellationReason: CancellationReason | null;
  cancellationComment: string | null;
  scheduledChange: { planId: string; priceId: string; seats: number; effectiveAt: string } | null;
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function toSubscriptionView(subscription: Subscription): SubscriptionView {
  const scheduled = subscription.scheduledChange;
  return {
    id: subscription.id,
    accountId: subscription.account.id,
    status: subscription.status,
    planId: subscription.plan.id,
    priceId: subscription.price.id,
    currency: subscription.currency,
    interval: subscription.interval,
    seats: subscription.seats,
    billingAnchor: subscription.billingAnchor.toISOString(),
    currentPeriodStart: subscription.currentPeriodStart.toISOString(),
    currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    trialEnd: iso(subscription.trialEnd),
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    canceledAt: iso(subscription.canceledAt),
    endedAt: iso(subscription.endedAt),
    cancellationReason: subscription.cancellationReason,
    cancellationComment: subscription.cancellationComment,
    scheduledChange:
      scheduled === null
        ? null
        : {
            planId: scheduled.planId,
            priceId: scheduled.priceId,
            seats: scheduled.seats,
            effectiveAt: dateFromInstant(scheduled.effectiveAt).toISOString(),
          },
  };
}
