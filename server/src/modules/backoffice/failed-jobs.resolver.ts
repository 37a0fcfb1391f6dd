import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import { InvalidJobCursorError } from '../../jobs/queue.js';
import { retryFailedJob } from './failed-jobs.service.js';
import {
  BackgroundJobConnection,
  BackgroundJobType,
  RetryJobInput,
  toBackgroundJobType,
} from './failed-jobs.types.js';

export const DEFAULT_JOB_PAGE_SIZE = 25;
export const MAX_JOB_PAGE_SIZE = 100;

/** Back office: background jobs whose every retry failed, and retrying them (operators only). */
@Resolver()
export class FailedJobsResolver {
  @Query(() => BackgroundJobConnection, {
    description: `Operators: background jobs that failed for good (every retry used up), newest first, optionally of one job name. \`first\`: 1 to ${MAX_JOB_PAGE_SIZE} (default ${DEFAULT_JOB_PAGE_SIZE}).`,
  })
  async failedJobs(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String, { nullable: true, description: 'e.g. deliver-mail' })
    name?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<BackgroundJobConnection> {
    const size = first ?? DEFAULT_JOB_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_JOB_PAGE_SIZE) {
      throw badInput('first', `Ask for 1 to ${MAX_JOB_PAGE_SIZE} jobs.`);
    }
    const jobNames = await ctx.jobs.jobNames();
    if (name != null && !jobNames.includes(name)) {
      throw badInput('name', `There is no job called ${name}.`);
    }
    let page;
    try {
      page = await ctx.jobs.findFailedJobs({ name, first: size, after });
    } catch (error) {
      if (error instanceof InvalidJobCursorError) {
        throw badInput(
          'after',
          'This page cursor is not valid; load the jobs again from the start.',
        );
      }
      throw error;
    }
    return {
      edges: page.jobs.map((job) => ({ cursor: job.cursor, node: toBackgroundJobType(job) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: page.jobs.at(-1)?.cursor ?? null,
      },
      jobNames,
    };
  }

  @Mutation(() => BackgroundJobType, {
    description:
      'Operators: puts a failed job back in the queue with one more attempt; it runs at the next poll. NOT_FOUND for an unknown job; CONFLICT for a job that is not failed (already retried, waiting, running or done), so retrying twice runs it once.',
  })
  async retryJob(
    @Arg('input', () => RetryJobInput) input: RetryJobInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BackgroundJobType> {
    const job = await retryFailedJob(ctx.em, ctx.jobs, actorOf(ctx), input.id, ctx.clock.now());
    return toBackgroundJobType(job);
  }
}
