import type { EntityManager } from '@mikro-orm/postgresql';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';

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
