import type { EntityManager } from '@mikro-orm/postgresql';

/** The plan limit key (catalog.seed.ts) for token requests per calendar month. */
export const monthlyRequestLimitKey = 'api_requests_per_month';

/** First instant of `at`'s calendar month, UTC. */
export function monthStartUtc(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** First instant of the month after `at`'s, UTC: when a monthly limit resets. */
export function nextMonthStartUtc(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

export type RequestQuotaOutcome =
  { allowed: true; used: number } | { allowed: false; limit: number; resetAt: Date };

/**
 * Counts one token request against the account's monthly limit (null: unlimited, still counted).
 *
 * One statement, so concurrent requests in any number of processes never lose a count or both
 * take the last one: the upsert increments the (account, month) row only while it is under the
 * limit; no row back means the limit was already reached, and a refused request is not counted.
 */
export async function countApiRequest(
  em: EntityManager,
  accountId: string,
  limit: number | null,
  now: Date,
): Promise<RequestQuotaOutcome> {
  const periodStart = monthStartUtc(now);
  const refused = () => ({
    allowed: false as const,
    limit: limit ?? 0,
    resetAt: nextMonthStartUtc(now),
  });
  if (limit !== null && limit <= 0) return refused();
  const underLimit = limit === null ? '' : 'where api_request_counter.count < ?';
  const rows = await em.getConnection().execute<{ count: number }[]>(
    `insert into api_request_counter (account_id, period_start, count) values (?, ?, 1)
     on conflict (account_id, period_start)
     do update set count = api_request_counter.count + 1 ${underLimit}
     returning count`,
    limit === null ? [accountId, periodStart] : [accountId, periodStart, limit],
    'all',
  );
  const used = rows[0]?.count;
  return used === undefined ? refused() : { allowed: true, used };
}

/**
 * `apiRequestsThisMonth` as an SQL integer expression, over SQL expressions for the account id and
 * the first instant of the month (`monthStartUtc`).
 */
export function apiRequestsInMonthSql(accountIdSql: string, monthStartSql: string): string {
  return `coalesce((select count from api_request_counter
      where account_id = ${accountIdSql} and period_start = ${monthStartSql}), 0)`;
}

/** The account's API requests counted this calendar month (UTC). */
export async function apiRequestsThisMonth(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<number> {
  const [requests] = await em
    .getConnection()
    .execute<{ count: number }[]>(
      `select count from api_request_counter where account_id = ? and period_start = ?`,
      [accountId, monthStartUtc(now)],
    );
  return requests?.count ?? 0;
}
