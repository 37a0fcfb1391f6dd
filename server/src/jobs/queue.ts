import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager, Kysely } from '@mikro-orm/postgresql';
import { PgBoss, type Db, type Job, type QueueOptions } from 'pg-boss';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/handles.js';
import type { Logger } from '../logging.js';

/**
 * The payload of every job, by name. `jobs/workers.ts` declares them (module augmentation), next
 * to where the jobs are registered; payloads are stored as JSON, so plain data only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

/** What a handler gets besides its payload: its own EntityManager fork and the shared clock. */
export interface JobContext {
  em: EntityManager;
  clock: Clock;
  config: Config;
  log: Logger;
  job: { id: string; name: string; retryCount: number };
  /** Aborted when the queue stops or the run times out: long handlers stop between batches. */
  signal: AbortSignal;
}

export type JobHandler<Data> = (data: Data, ctx: JobContext) => Promise<void>;

/**
 * How a queue treats duplicates (pg-boss policies): `standard` keeps every job; `stately` keeps at
 * most one waiting and one running job per singleton key; `exclusive` one waiting or running;
 * `singleton` one running; `short` one waiting.
 */
export type JobPolicy = 'standard' | 'stately' | 'exclusive' | 'singleton' | 'short';

export interface JobOptions {
  /**
   * Makes the job periodic: a cron expression, evaluated in UTC. A periodic job also runs when
   * workers start and when the test clock moves (`runPeriodicJobsNow`), receives `{}`, and its
   * queue is `stately`, so a run that is already waiting absorbs the extra triggers.
   */
  cron?: string;
  /** Default `standard` (`stately` for periodic jobs). */
  policy?: JobPolicy;
  /** Retries after a failure (with exponential backoff from `retryDelaySeconds`). Default 3. */
  retryLimit?: number;
  /** Default 30 (periodic jobs: 10, without backoff — their next run is at most a minute away). */
  retryDelaySeconds?: number;
  /** A run still going after this long counts as failed (and is retried). Default 15 minutes. */
  timeoutSeconds?: number;
  /** Jobs of this name one worker process runs at once. Default 1. */
  concurrency?: number;
  /**
   * A running job's worker refreshes its claim every half of this; a run whose worker died
   * (SIGKILL, OOM, a lost host) is failed and retried once its claim is this stale. Default 20.
   */
  heartbeatSeconds?: number;
}

/**
 * How often a worker process looks for runs whose heartbeat stopped or that timed out (pg-boss's
 * supervisor). With the default heartbeat, a crashed run is failed within
 * `heartbeatSeconds + superviseSeconds` (≤ 30 s) and retried `retryDelaySeconds` later.
 */
export const superviseSeconds = 10;
export const defaultHeartbeatSeconds = 20;

export interface EnqueueOptions {
  /** With a deduplicating policy, jobs sharing the key are collapsed (see `JobPolicy`). */
  singletonKey?: string;
  /** Not before this instant (or this many seconds from now). */
  startAfter?: Date | number;
}

interface Definition {
  name: string;
  handler: JobHandler<never>;
  options: JobOptions;
}

export interface JobQueueDeps {
  database: Pick<Database, 'orm' | 'kind'>;
  config: Config;
  clock: Clock;
  log: Logger;
}

/**
 * pg-boss's own pool, beside MikroORM's. The embedded database's socket server admits 8
 * connections (db/embedded.ts) and MikroORM takes at most 4 of them there; on PostgreSQL every
 * process opens up to this many on top of DATABASE_POOL_MAX.
 */
const queuePoolMax = { pglite: 2, postgresql: 4 } as const;

/** Where the queue's tables live; pg-boss installs and migrates this schema itself. */
export const queueSchema = 'pgboss';

/**
 * Background jobs in PostgreSQL (pg-boss: jobs are rows, claimed with FOR UPDATE SKIP LOCKED, so
 * any number of processes share the work and each job runs once; jobs survive restarts). Define
 * every job before `start()`; with WORKERS_ENABLED=0 the process only enqueues.
 */
export class JobQueue<Payloads extends object = JobPayloads> {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, Definition>();
  private started = false;

  constructor(private readonly deps: JobQueueDeps) {
    const { database, config, log } = deps;
    const workers = config.jobs.workersEnabled;
    this.boss = new PgBoss({
      connectionString: clientUrl(database),
      max: queuePoolMax[database.kind],
      schema: queueSchema,
      // Cron passes and queue upkeep (expiry, retention) run in worker processes only.
      schedule: workers,
      supervise: workers,
      superviseIntervalSeconds: superviseSeconds,
      monitorIntervalSeconds: superviseSeconds,
      instanceName: workers ? 'ledgerline' : 'ledgerline-api-only',
    });
    this.boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
    this.boss.on('warning', (warning) =>
      log.warn({ detail: warning.data }, `job queue: ${warning.message}`),
    );
  }

  defineJob<N extends keyof Payloads & string>(
    name: N,
    handler: JobHandler<Payloads[N]>,
    options: JobOptions = {},
  ): void {
    if (this.started) throw new Error(`Job ${name} is defined after the queue started`);
    if (this.definitions.has(name)) throw new Error(`Job ${name} is defined twice`);
    this.definitions.set(name, { name, handler: handler as JobHandler<never>, options });
  }

  /** Installs or migrates the queue schema, creates the queues, and starts workers and schedules. */
  async start(): Promise<void> {
    const { config, log } = this.deps;
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      const options = queueOptions(definition.options);
      const policy =
        definition.options.policy ?? (definition.options.cron ? 'stately' : 'standard');
      await this.boss.createQueue(definition.name, { ...options, policy });
      // createQueue keeps an existing queue as it was; retry and timeout changes still apply.
      await this.boss.updateQueue(definition.name, options);
    }
    this.started = true;
    if (!config.jobs.workersEnabled) {
      log.info('job queue started without workers (WORKERS_ENABLED=0)');
      return;
    }
    await this.syncSchedules();
    // Whatever came due while no worker ran (a restart, a deploy) runs now, not at the next tick;
    // enqueued before the workers start, so a run already waiting absorbs it.
    await this.runPeriodicJobsNow();
    for (const definition of this.definitions.values()) {
      await this.boss.work<object>(
        definition.name,
        {
          pollingIntervalSeconds: config.jobs.pollSeconds,
          batchSize: 1,
          localConcurrency: definition.options.concurrency ?? 1,
        },
        async ([job]) => {
          if (job !== undefined) await this.run(definition, job);
        },
      );
    }
    log.info({ jobs: [...this.definitions.keys()] }, 'job workers started');
  }

  /** Returns the job id, or null when the queue's policy dropped it as a duplicate. */
  async enqueue<N extends keyof Payloads & string>(
    name: N,
    data: Payloads[N],
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    return this.boss.send(name, data as object, {
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter !== undefined ? { startAfter: options.startAfter } : {}),
    });
  }

  /**
   * Enqueues every periodic job now ("due jobs catch up": after the test clock moves, renewals and
   * dunning see the new time at once). Returns the names of the jobs enqueued; one already waiting
   * is not doubled.
   */
  async runPeriodicJobsNow(): Promise<string[]> {
    const enqueued: string[] = [];
    for (const definition of this.definitions.values()) {
      if (definition.options.cron === undefined) continue;
      if ((await this.boss.send(definition.name, {})) !== null) enqueued.push(definition.name);
    }
    return enqueued;
  }

  /**
   * Stops fetching, lets running jobs finish for up to `graceMs`, then fails what is left so it is
   * retried later, and closes the queue's pool. Call before the database closes.
   */
  async stop(graceMs = 8_000): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: graceMs });
  }

  /** Jobs of one name with their state, for tests and operations. */
  async findJobs(
    name: keyof Payloads & string,
  ): Promise<{ id: string; state: string; data: unknown }[]> {
    const jobs = await this.boss.findJobs<object>(name);
    return jobs.map((job) => ({ id: job.id, state: job.state, data: job.data }));
  }

  /**
   * The name of every queue in the database, sorted (the back office filters by them): those this
   * process defines and any another version or process created.
   */
  async jobNames(): Promise<string[]> {
    const queues = await this.boss.getQueues();
    return queues.map((queue) => queue.name).sort();
  }

  /**
   * Failed jobs (every retry used up), newest first, optionally of one name: the back office's
   * "Failed jobs". Keyset-paginated on (created, id); `after` is the cursor of the last row of the
   * previous page. Reads pg-boss's job table (its parent of the per-queue partitions).
   */
  async findFailedJobs(options: {
    name?: string | null;
    first: number;
    after?: string | null;
  }): Promise<{ jobs: (FailedJob & { cursor: string })[]; hasNextPage: boolean }> {
    const values: unknown[] = [];
    const where = [`state = 'failed'`];
    if (options.name != null) {
      values.push(options.name);
      where.push(`name = $${values.length}`);
    }
    if (options.after != null) {
      const after = decodeJobCursor(options.after);
      values.push(after.createdOn, after.id);
      where.push(
        `(created_on, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`,
      );
    }
    values.push(options.first + 1);
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT ${failedJobColumns} FROM ${queueSchema}.job
       WHERE ${where.join(' AND ')}
       ORDER BY created_on DESC, id DESC
       LIMIT $${values.length}`,
      values,
    );
    const jobs = (rows as FailedJobRow[]).slice(0, options.first).map((row) => {
      const job = toFailedJob(row);
      return { ...job, cursor: encodeJobCursor(row.created_on_text, job.id) };
    });
    return { jobs, hasNextPage: rows.length > options.first };
  }

  /** One job of any state by id (null when unknown or already deleted by retention). */
  async findJobById(id: string): Promise<FailedJob | null> {
    if (!uuidPattern.test(id)) return null;
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT ${failedJobColumns} FROM ${queueSchema}.job WHERE id = $1::uuid`, [id]);
    const row = (rows as FailedJobRow[])[0];
    return row === undefined ? null : toFailedJob(row);
  }

  /**
   * Puts a failed job back in the queue with one more attempt (pg-boss `retry`: one UPDATE … WHERE
   * state = 'failed', so of two concurrent calls exactly one moves it). Returns whether it moved:
   * false for a job that is not failed (already retried, running, done). Run on `em`'s open
   * transaction, so the retry commits or rolls back with what the caller writes beside it (the
   * audit event).
   */
  async retryFailedJob(em: EntityManager, name: string, id: string): Promise<boolean> {
    const result = (await this.boss.retry(name, id, { db: inTransactionOf(em) })) as {
      affected?: number;
    };
    return (result.affected ?? 0) > 0;
  }

  /** Schedules exactly the periodic jobs defined here (a job that lost its cron stops firing). */
  private async syncSchedules(): Promise<void> {
    const periodic = new Map<string, string>();
    for (const definition of this.definitions.values()) {
      if (definition.options.cron !== undefined) {
        periodic.set(definition.name, definition.options.cron);
      }
    }
    for (const schedule of await this.boss.getSchedules()) {
      if (!periodic.has(schedule.name)) await this.boss.unschedule(schedule.name, schedule.key);
    }
    for (const [name, cron] of periodic) {
      await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    }
  }

  private async run(definition: Definition, job: Job<object>): Promise<void> {
    const { orm } = this.deps.database;
    const { clock, config } = this.deps;
    const log = this.deps.log.child({ job: definition.name, jobId: job.id });
    const started = performance.now();
    try {
      // Another process may have moved the test clock since this one last looked.
      await clock.refresh?.();
      await definition.handler(job.data as never, {
        em: orm.em.fork(),
        clock,
        config,
        log,
        job: { id: job.id, name: definition.name, retryCount: job.retryCount },
        signal: job.signal,
      });
      log.debug({ ms: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      log.error(
        { err: error, ms: Math.round(performance.now() - started), retryCount: job.retryCount },
        'job failed',
      );
      throw error;
    }
  }
}

/** A job as the back office shows it (any state, though it lists failed ones). */
export interface FailedJob {
  id: string;
  name: string;
  state: string;
  data: unknown;
  /** What the last failed run left: pg-boss stores the error's message and stack. */
  output: unknown;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

interface FailedJobRow {
  id: string;
  name: string;
  state: string;
  data: unknown;
  output: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  created_on_text: string;
  started_on: Date | null;
  completed_on: Date | null;
}

const failedJobColumns = `id, name, state, data, output, retry_count, retry_limit, created_on,
  to_char(created_on AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_on_text,
  started_on, completed_on`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toFailedJob(row: FailedJobRow): FailedJob {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    data: row.data,
    output: row.output,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    createdOn: new Date(row.created_on),
    startedOn: row.started_on === null ? null : new Date(row.started_on),
    completedOn: row.completed_on === null ? null : new Date(row.completed_on),
  };
}

/** Microsecond timestamps: a cursor keeps the full precision so no row is skipped or repeated. */
function encodeJobCursor(createdOn: string, id: string): string {
  return Buffer.from(JSON.stringify([createdOn, id])).toString('base64url');
}

export class InvalidJobCursorError extends Error {}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw SQL, no table types
type TransactionContext = Kysely<any>;
type CompiledStatement = Parameters<TransactionContext['executeQuery']>[0];

/**
 * pg-boss's statements (numbered parameters) on the connection of `em`'s open transaction instead
 * of pg-boss's own pool. MikroORM's `execute` inlines `?` parameters, which cannot carry pg-boss's
 * uuid[] arrays, so the statement goes to the transaction as kysely's raw compiled query does.
 */
function inTransactionOf(em: EntityManager): Db {
  return {
    async executeSql(text, values = []) {
      const transaction = em.getTransactionContext<TransactionContext>();
      if (transaction === undefined) {
        throw new Error('A job change that commits with other writes needs an open transaction.');
      }
      const statement = {
        sql: text,
        parameters: values,
        query: { kind: 'RawNode', sqlFragments: [text], parameters: [] },
        queryId: { queryId: `pgboss-${randomUUID()}` },
      } as unknown as CompiledStatement;
      const result = await transaction.executeQuery(statement);
      return { rows: result.rows as unknown[] };
    },
  };
}

function decodeJobCursor(cursor: string): { createdOn: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [createdOn, id] = parsed as unknown[];
      if (
        typeof createdOn === 'string' &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(createdOn) &&
        typeof id === 'string' &&
        uuidPattern.test(id)
      ) {
        return { createdOn, id };
      }
    }
  } catch {
    // fall through
  }
  throw new InvalidJobCursorError('not a failed-jobs cursor');
}

function clientUrl(database: Pick<Database, 'orm'>): string {
  const url = database.orm.config.get('clientUrl');
  if (url === undefined) throw new Error('The job queue needs the database URL');
  return url;
}

/** Each queue's expiry and retry policy (docs/OPERATIONS.md#background-jobs lists them). */
export function queueOptions(options: JobOptions): QueueOptions {
  const periodic = options.cron !== undefined;
  return {
    retryLimit: options.retryLimit ?? 3,
    retryDelay: options.retryDelaySeconds ?? (periodic ? 10 : 30),
    retryBackoff: !periodic,
    expireInSeconds: options.timeoutSeconds ?? 15 * 60,
    heartbeatSeconds: options.heartbeatSeconds ?? defaultHeartbeatSeconds,
  };
}
