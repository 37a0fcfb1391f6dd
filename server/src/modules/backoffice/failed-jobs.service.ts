import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.js';
import type { FailedJob, JobQueue } from '../../jobs/queue.js';
import { type Actor, recordAuditBy } from '../audit/index.js';

/**
 * Puts a failed job back in the queue and records who did it, in one transaction: the retry is
 * not run unless the audit event is written, and the event is not written for a retry that did
 * not happen. NOT_FOUND for an unknown job, CONFLICT for one that is not failed (of two
 * concurrent retries, exactly one moves it).
 */
export async function retryFailedJob(
  em: EntityManager,
  jobs: JobQueue,
  actor: Actor,
  id: string,
  now: Date,
): Promise<FailedJob> {
  const job = await jobs.findJobById(id);
  if (job === null) throw new AppError('NOT_FOUND', 'Job not found.');
  await em.transactional(async (tx) => {
    if (job.state !== 'failed' || !(await jobs.retryFailedJob(tx, job.name, job.id))) {
      throw new AppError(
        'CONFLICT',
        `Job ${job.id} is not failed (it is ${job.state === 'failed' ? 'being retried' : job.state}); only failed jobs can be retried.`,
      );
    }
    recordAuditBy(tx, actor, {
      action: 'job.retried',
      occurredAt: now,
      target: job.id,
      summary: { name: job.name, retryCount: job.retryCount, retryLimit: job.retryLimit },
    });
  });
  return (await jobs.findJobById(job.id)) ?? job;
}
