import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../errors.js';
import { featureUnavailable } from '../catalog/index.js';
import { Account } from './account.entity.js';

/**
 * The PLAN_LIMIT error when the account's plan lacks `feature`, else null: checked on the server
 * for every request that needs a feature (the shield's `planFeature` rule, graphql/permissions.ts).
 */
export async function missingFeature(
  em: EntityManager,
  accountId: string,
  feature: string,
): Promise<AppError | null> {
  const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
  const plan = account.plan;
  return plan.features.includes(feature) ? null : featureUnavailable(em, plan, feature);
}
