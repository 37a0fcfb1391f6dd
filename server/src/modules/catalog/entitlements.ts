import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.js';
import { Account } from '../accounts/account.entity.js';
import { Invitation } from '../members/invitation.entity.js';
import { Membership } from '../members/membership.entity.js';
import { ApiToken } from '../tokens/api-token.entity.js';
import {
  monthStartUtc,
  monthlyRequestLimitKey,
  nextMonthStartUtc,
} from '../tokens/api-request-quota.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import { featureLabels, limitLabels } from './catalog.seed.js';
import { listPlans } from './catalog.service.js';
import type { Plan } from './plan.entity.js';

/**
 * What a plan lets an account do (SPEC §4 "Plan catalog"): feature flags, checked on the server
 * for every request that needs one (`requireFeature`, the shield's `planFeature` rule), and usage
 * against the plan's limits, shown on the Overview.
 */

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

/** The PLAN_LIMIT error when the account's plan lacks `feature`, else null. */
export async function missingFeature(
  em: EntityManager,
  accountId: string,
  feature: string,
): Promise<AppError | null> {
  const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
  const plan = account.plan;
  return plan.features.includes(feature) ? null : featureUnavailable(em, plan, feature);
}

export interface UsageMeter {
  key: string;
  label: string;
  used: number;
  /** null: unlimited. */
  limit: number | null;
  /** When `used` starts again from zero; null for a limit that does not reset. */
  resetsAt: Date | null;
}

/** Seats the account may fill: those it subscribes to, at least the plan's included seats. */
export async function seatsAllowed(em: EntityManager, account: Account): Promise<number> {
  const live = await em.findOne(
    Subscription,
    { account: account.id, status: { $ne: 'canceled' } },
    { fields: ['seats'] },
  );
  return Math.max(account.plan.includedSeats, live?.seats ?? 0);
}

/** Seats taken: members, and open invitations (each holds a seat until it is used or expires). */
export async function seatsInUse(em: EntityManager, accountId: string, now: Date) {
  const members = await em.count(Membership, { account: accountId });
  const invitations = await em.count(Invitation, {
    account: accountId,
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { $gt: now },
  });
  return { members, invitations, used: members + invitations };
}

/** Usage against each of the plan's limits, plus seats (members and open invitations). */
export async function accountUsage(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<UsageMeter[]> {
  const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
  const limits = account.plan.limits;
  const [requests] = await em
    .getConnection()
    .execute<{ count: number }[]>(
      `select count from api_request_counter where account_id = ? and period_start = ?`,
      [accountId, monthStartUtc(now)],
    );
  const liveTokens = await em.count(ApiToken, {
    account: accountId,
    revokedAt: null,
    $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
  });
  const seats = await seatsInUse(em, accountId, now);
  const meters: UsageMeter[] = [
    {
      key: 'seats',
      label: 'Seats',
      used: seats.used,
      limit: await seatsAllowed(em, account),
      resetsAt: null,
    },
    {
      key: monthlyRequestLimitKey,
      label: limitLabels[monthlyRequestLimitKey] ?? monthlyRequestLimitKey,
      used: requests?.count ?? 0,
      limit: limits[monthlyRequestLimitKey] ?? null,
      resetsAt: nextMonthStartUtc(now),
    },
    {
      key: 'api_tokens',
      label: limitLabels.api_tokens ?? 'api_tokens',
      used: liveTokens,
      limit: limits.api_tokens ?? null,
      resetsAt: null,
    },
  ];
  return meters;
}
