import type { EntityManager } from '@mikro-orm/postgresql';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';

/**
 * `seatsInUse(…).used` as an SQL integer expression over two SQL expressions (the account id and
 * the instant), for a statement that reads several counts at once (the Overview's usage,
 * modules/entitlements). The same filters as `seatsInUse`.
 */
export function seatsInUseSql(accountIdSql: string, nowSql: string): string {
  return `((select count(*) from membership where account_id = ${accountIdSql})
      + (select count(*) from invitation where account_id = ${accountIdSql}
           and accepted_at is null and revoked_at is null and expires_at > ${nowSql}))::int`;
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
