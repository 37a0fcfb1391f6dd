import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/index.js';
import { seatsAllowedSql } from '../billing/index.js';
import { limitLabels } from '../catalog/index.js';
import { seatsInUseSql } from '../members/index.js';
import {
  apiRequestsInMonthSql,
  liveApiTokensSql,
  monthlyRequestLimitKey,
  monthStartUtc,
  nextMonthStartUtc,
} from '../tokens/index.js';

/**
 * Usage against the plan's limits, shown on the Overview. Each module counts what it owns (seats
 * allowed: billing; seats taken: members; tokens and requests: tokens); this module only puts the
 * counts beside the plan's limits, reading them in one statement from the SQL expressions each
 * module publishes for its count. Feature flags are checked by `missingFeature`
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
  const [counts] = await em
    .getConnection()
    .execute<
      { seats_used: number; seats_allowed: number; requests: number; live_tokens: number }[]
    >(
      `select ${seatsInUseSql('at.account_id', 'at.now')} as seats_used,
        ${seatsAllowedSql('at.account_id', 'at.included_seats')} as seats_allowed,
        ${apiRequestsInMonthSql('at.account_id', 'at.month_start')} as requests,
        ${liveApiTokensSql('at.account_id', 'at.now')} as live_tokens
     from (select ?::text as account_id, ?::timestamptz as now, ?::timestamptz as month_start,
                  ?::int as included_seats) at`,
      [accountId, now, monthStartUtc(now), account.plan.includedSeats],
      'all',
      em.getTransactionContext(),
    );
  if (counts === undefined) throw new Error('the usage statement returned no row');
  return [
    {
      key: 'seats',
      label: 'Seats',
      used: counts.seats_used,
      limit: counts.seats_allowed,
      resetsAt: null,
    },
    {
      key: monthlyRequestLimitKey,
      label: limitLabels[monthlyRequestLimitKey] ?? monthlyRequestLimitKey,
      used: Number(counts.requests),
      limit: limits[monthlyRequestLimitKey] ?? null,
      resetsAt: nextMonthStartUtc(now),
    },
    {
      key: 'api_tokens',
      label: limitLabels.api_tokens ?? 'api_tokens',
      used: counts.live_tokens,
      limit: limits.api_tokens ?? null,
      resetsAt: null,
    },
  ];
}
