import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.js';
import { type FeatureOffer, featureLabels, offeredFeatures } from './catalog.seed.js';
import { listPlans } from './catalog.service.js';
import { Plan } from './plan.entity.js';

/** PLAN_LIMIT naming the lowest plan that has `feature`, e.g. "… Advanced includes it." */
export async function featureUnavailable(
  em: EntityManager,
  plan: Plan,
  feature: string,
): Promise<AppError> {
  const upgrade = (await listPlans(em)).find(
    (candidate) => candidate.rank > plan.rank && candidate.features.includes(feature),
  );
  const what = featureLabels[feature] ?? feature;
  const message =
    upgrade === undefined
      ? `${what} is not part of your ${plan.name} plan.`
      : `${what} is not part of your ${plan.name} plan; ${upgrade.name} includes it.`;
  return new AppError('PLAN_LIMIT', message, undefined, {
    feature,
    upgradePlan: upgrade?.code ?? null,
  });
}

/** The features a plan includes, with the labels people read. */
export async function planFeatures(
  em: EntityManager,
  planId: string,
  offer: FeatureOffer,
): Promise<{ key: string; label: string }[]> {
  const plan = await em.findOneOrFail(Plan, { id: planId });
  return offeredFeatures(plan.features, offer);
}
