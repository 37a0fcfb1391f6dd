import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
import { User } from './user.entity.js';

/**
 * Remembers that this person is done with the guided tour (finished it, or "Don't show again").
 * The first time counts; later calls change nothing. Restarting it from the user menu is the web
 * app's business and does not clear this.
 */
export async function dismissTour(
  em: EntityManager,
  accountId: string | null,
  actor: Actor,
  clock: Clock,
): Promise<Date> {
  return em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: actor.userId }, { refresh: true });
    if (user.tourDismissedAt !== null) return user.tourDismissedAt;
    const now = clock.now();
    user.tourDismissedAt = now;
    recordAuditBy(tx, actor, {
      action: 'user.tour_dismiss',
      occurredAt: now,
      accountId,
      target: actor.userId,
    });
    return now;
  });
}
