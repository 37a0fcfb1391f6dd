import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import { liveSubscriptionsByPrice } from '../billing/index.js';
import {
  catalogVocabulary,
  listCatalogForOperators,
  type PlanDraft,
  savePlanIn,
  setPlanArchivedIn,
} from '../catalog/index.js';
import { toCatalogPlan, type CatalogPlan, type PlanCatalog } from './catalog-admin.types.js';

async function catalogPlanOf(em: EntityManager, planId: string): Promise<CatalogPlan> {
  const plans = await listCatalogForOperators(em.fork());
  const plan = plans.find((candidate) => candidate.id === planId);
  if (plan === undefined) throw new Error(`Plan ${planId} vanished after saving`);
  return toCatalogPlan(plan, await liveSubscriptionsByPrice(em));
}

/** The whole catalog with the words for feature and limit keys. */
export async function planCatalog(em: EntityManager): Promise<PlanCatalog> {
  const [plans, live] = await Promise.all([
    listCatalogForOperators(em),
    liveSubscriptionsByPrice(em),
  ]);
  return { plans: plans.map((plan) => toCatalogPlan(plan, live)), ...catalogVocabulary() };
}

/** Creates or edits a plan and records what changed, in one transaction. */
export async function savePlan(
  em: EntityManager,
  draft: PlanDraft,
  actor: Actor,
  clock: Clock,
): Promise<CatalogPlan> {
  const now = clock.now();
  const planId = await em.transactional(async (tx) => {
    const { plan, summary } = await savePlanIn(tx, draft, now);
    recordAuditBy(tx, actor, {
      action: summary.created ? 'plan.create' : 'plan.update',
      occurredAt: now,
      target: plan.id,
      summary: { code: plan.code, ...summary },
    });
    return plan.id;
  });
  return catalogPlanOf(em, planId);
}

/** Archives a plan or brings it back; recorded only when it changed. */
export async function archivePlan(
  em: EntityManager,
  planId: string,
  archived: boolean,
  actor: Actor,
  clock: Clock,
): Promise<CatalogPlan> {
  const now = clock.now();
  await em.transactional(async (tx) => {
    const { plan, changed } = await setPlanArchivedIn(tx, planId, archived);
    if (!changed) return;
    recordAuditBy(tx, actor, {
      action: archived ? 'plan.archive' : 'plan.restore',
      occurredAt: now,
      target: plan.id,
      summary: { code: plan.code },
    });
  });
  return catalogPlanOf(em, planId);
}
