import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import type { FailedJob } from '../../jobs/queue.js';

@ObjectType('BackgroundJob', {
  description: 'A background job (pg-boss) as the back office shows it.',
})
export class BackgroundJobType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The job, e.g. deliver-mail.' })
  name!: string;

  @Field({
    description: 'created, retry, active, completed, cancelled or failed (every retry used up).',
  })
  state!: string;

  @Field({ description: 'The payload it was enqueued with, as indented JSON.' })
  data!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the last failed run left (error message and stack), as indented JSON.',
  })
  errorOutput!: string | null;

  @Field(() => Int, { description: 'Retries so far (the first run is not a retry).' })
  retryCount!: number;

  @Field(() => Int, { description: 'Retries allowed (each operator retry adds one).' })
  retryLimit!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the last run started.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it finished or last failed.' })
  completedAt!: Date | null;
}

export function toBackgroundJobType(job: FailedJob): BackgroundJobType {
  const output = job.output;
  const empty =
    output == null || (typeof output === 'object' && Object.keys(output as object).length === 0);
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    data: JSON.stringify(job.data ?? null, null, 2),
    errorOutput: empty ? null : errorText(output),
    retryCount: job.retryCount,
    retryLimit: job.retryLimit,
    createdAt: job.createdOn,
    startedAt: job.startedOn,
    completedAt: job.completedOn,
  };
}

/** The stack when pg-boss stored one (it holds the message), else the whole output as JSON. */
function errorText(output: unknown): string {
  if (typeof output === 'object' && output !== null) {
    const { stack, message } = output as { stack?: unknown; message?: unknown };
    if (typeof stack === 'string' && stack !== '') return stack;
    if (typeof message === 'string' && message !== '') return message;
  }
  return JSON.stringify(output, null, 2);
}

@ObjectType()
export class BackgroundJobEdge {
  @Field()
  cursor!: string;

  @Field(() => BackgroundJobType)
  node!: BackgroundJobType;
}

@ObjectType()
export class BackgroundJobConnection {
  @Field(() => [BackgroundJobEdge])
  edges!: BackgroundJobEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [String], { description: 'Every job name this deployment runs, for the filter.' })
  jobNames!: string[];
}

@InputType()
export class RetryJobInput {
  @Field(() => ID)
  id!: string;
}
