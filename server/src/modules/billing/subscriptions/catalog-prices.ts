import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../errors.js';
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
    { plan, active: true },
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
