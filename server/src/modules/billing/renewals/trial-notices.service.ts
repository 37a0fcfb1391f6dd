import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { recordAudit } from '../../audit/index.js';
import { enqueueOutboxMessage } from '../../notifications/index.js';

/** docs/API.md "Subscriptions": the admin is told this long before a trial ends. */
export const trialEndingNoticeDays = 3;
const DAY_MS = 86_400_000;

/**
 * Records a "trial ends in 3 days" notice (outbox, delivered by notifications; audit) for every
 * trialing subscription whose trial ends within the notice window, once per trial end: the
 * claiming UPDATE marks the subscription in the same statement that selects it (`SKIP LOCKED`),
 * so concurrent runs never notify twice, and a trial whose end moved is told again. A trial
 * already over (the renewal converts or ends it) gets none. Returns how many were recorded.
 */
export async function recordTrialEndingNotices(
  em: EntityManager,
  clock: Clock,
  batchSize = 500,
): Promise<number> {
  const now = clock.now();
  const windowEnd = new Date(now.getTime() + trialEndingNoticeDays * DAY_MS);
  let total = 0;
  for (;;) {
    const noticed = await em.fork().transactional(async (tx) => {
      const rows = await tx
        .getConnection()
        .execute<{ id: string; account_id: string; trial_end: Date; plan_id: string }[]>(
          `update subscription s set trial_ending_notice_for = s.trial_end
         where s.id in (
           select id from subscription
           where status = 'trialing' and trial_end > ? and trial_end <= ?
             and trial_ending_notice_for is distinct from trial_end
           order by trial_end, id
           limit ?
           for no key update skip locked)
         returning s.id, s.account_id, s.trial_end, s.plan_id`,
          [now, windowEnd, batchSize],
          'all',
          tx.getTransactionContext(),
        );
      for (const row of rows) {
        const trialEnd = new Date(row.trial_end);
        enqueueOutboxMessage(tx, {
          topic: 'trial.ending',
          accountId: row.account_id,
          payload: {
            subscriptionId: row.id,
            planId: row.plan_id,
            trialEnd: trialEnd.toISOString(),
          },
          at: now,
        });
        recordAudit(tx, {
          action: 'subscription.trial_ending_notice',
          occurredAt: now,
          accountId: row.account_id,
          target: row.id,
          summary: { trialEnd: trialEnd.toISOString() },
        });
      }
      return rows.length;
    });
    total += noticed;
    if (noticed < batchSize) return total;
  }
}
