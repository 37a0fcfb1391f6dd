import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/index.js';
import { seatsAllowed } from '../billing/index.js';
import { limitLabels } from '../catalog/index.js';
import { seatsInUse } from '../members/index.js';
import {
  apiRequestsThisMonth,
  countLiveApiTokens,
  monthlyRequestLimitKey,
  nextMonthStartUtc,
} from '../tokens/index.js';

/**
 * Usage against the plan's limits, shown on the Overview. Each module counts what it owns (seats
 * allowed: billing; seats taken: members; tokens and requests: tokens); this module only puts the
 * counts beside the plan's limits. Feature flags are checked by `missingFeature`
 * (modules/accounts).
 */
export interface UsageMeter {
  key: string;
  label: string;
  used: number;
  /** null: unlimited. */
  limit: number | null;
  /** When `used` starts again from zero; null for a limit that does not reset. */
  resetsAt: Date | null;
}

/** Usage against each of the plan's limits, plus seats (members and open invitations). */
export async function accountUsage(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<UsageMeter[]> {
  const account = await em.findOneOrFail(Account, { id: accountId }, { populate: ['plan'] });
  const limits = account.plan.limits;
  const requests = await apiRequestsThisMonth(em, accountId, now);
  const liveTokens = await countLiveApiTokens(em, accountId, now);
  const seats = await seatsInUse(em, accountId, now);
  return [
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
      used: requests,
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
}
