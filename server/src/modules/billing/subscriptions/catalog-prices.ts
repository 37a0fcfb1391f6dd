import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../errors.js';
import { Account } from '../../accounts/account.entity.js';
import { lockRow } from '../../../db/row-lock.js';
import { type BillingInterval, Plan, PlanPrice } from '../../catalog/plan.entity.js';

const intervalWords: Record<BillingInterval, string> = { MONTH: 'monthly', YEAR: 'annually' };

/** An active catalog plan a customer can subscribe to by themselves. */
export async function subscribablePlan(em: EntityManager, planCode: string): Promise<Plan> {
  const plan = await em.findOne(Plan, { code: planCode as Plan['code'], active: true });
  if (plan === null) throw badInput('planCode', 'Choose a plan from the catalog.');
  if (plan.code === 'free') {
    throw badInput(
      'planCode',
      'The Free plan needs no subscription: cancel your subscription to return to it.',
    );
  }
  if (plan.customPricing) {
    throw badInput(
      'planCode',
      `${plan.name} is priced per account: contact us and we set up your contract.`,
    );
  }
  return plan;
}

/** The newest active price of the plan for an interval and currency (with its plan loaded). */
export async function catalogPrice(
  em: EntityManager,
  plan: Plan,
  interval: BillingInterval,
  currency: string,
): Promise<PlanPrice> {
  const prices = await em.find(
    PlanPrice,
    { plan, active: true, account: null },
    { orderBy: { version: 'desc' }, populate: ['plan'] },
  );
  const price = prices.find((p) => p.interval === interval && p.currency === currency);
  if (price !== undefined) return price;
  const inCurrency = prices.some((p) => p.currency === currency);
  throw inCurrency
    ? badInput('interval', `${plan.name} is not sold ${intervalWords[interval]} in ${currency}.`)
    : badInput('currency', `${plan.name} is not sold in ${currency}.`);
}

/** Prices by id, with their plans, for the rules (old versions included: running subscriptions). */
export async function pricesById(
  em: EntityManager,
  ids: Iterable<string>,
): Promise<Map<string, PlanPrice>> {
  const unique = [...new Set(ids)];
  const prices = await em.find(PlanPrice, { id: { $in: unique } }, { populate: ['plan'] });
  return new Map(prices.map((price) => [price.id, price]));
}

/**
 * A contract price of a custom-priced plan (Enterprise) for one account, set by an operator: a new
 * price version of the plan, owned by the account and never listed in the catalog.
 */
export async function createContractPrice(
  em: EntityManager,
  accountId: string,
  contract: {
    interval: BillingInterval;
    currency: string;
    unitAmount: number;
    perSeatAmount: number | null;
  },
): Promise<PlanPrice> {
  const plan = await em.findOne(
    Plan,
    { customPricing: true, active: true },
    { orderBy: { rank: 'desc' } },
  );
  if (plan === null) throw badInput('planCode', 'The catalog has no custom-priced plan.');
  // Contracts of different accounts take the plan's next version numbers one at a time.
  await lockRow(em, 'plan', plan.id);
  const [latest] = await em.find(
    PlanPrice,
    { plan, interval: contract.interval, currency: contract.currency },
    { orderBy: { version: 'desc' }, limit: 1 },
  );
  const price = em.create(PlanPrice, {
    plan,
    account: em.getReference(Account, accountId),
    interval: contract.interval,
    currency: contract.currency,
    unitAmount: contract.unitAmount,
    perSeatAmount: contract.perSeatAmount,
    version: (latest?.version ?? 0) + 1,
  });
  await em.flush();
  return price;
}
