import 'reflect-metadata';
import { pino } from 'pino';
import { systemClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import { JobQueue } from '../../jobs/queue.js';
import { waitFor } from '../../jobs/wait.fixture.js';
import type { CookieClient } from '../../test/browser.js';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { memberOf } from '../../test/members.js';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { createCustomer } from '../billing/subscriptions/billing.fixture.js';

interface ExplodingJobs {
  explode: { attempt: string };
}

const list = `query($name: String, $first: Int, $after: String) {
  failedJobs(name: $name, first: $first, after: $after) {
    jobNames
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name state data errorOutput retryCount retryLimit createdAt startedAt completedAt
    } }
  }
}`;
const retry = `mutation($id: ID!) { retryJob(input: { id: $id }) { id state retryLimit } }`;

interface JobNode {
  id: string;
  name: string;
  state: string;
  data: string;
  errorOutput: string | null;
  retryCount: number;
  retryLimit: number;
  createdAt: string;
}
interface Answer<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}
type ListAnswer = Answer<{
  failedJobs: {
    jobNames: string[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: JobNode }[];
  };
}>;

/**
 * Real failures: a second queue process on the test server's database defines a job whose handler
 * throws (no retries), runs it with workers, and the server's back office lists and retries it.
 */
describe('failed jobs in the back office', () => {
  let testDb: TestDatabase;
  let server: TestServer;
  let worker: JobQueue<ExplodingJobs>;
  let operator: CookieClient;
  /** Attempts that should succeed when they run again (the "fixed" cause of the failure). */
  const fixed = new Set<string>();
  const runs: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    server = await startTestServer({
      database: testDb,
      env: { OPERATOR_EMAILS: 'ops@vendor.example', DATABASE_POOL_MAX: '2' },
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      WORKERS_ENABLED: '1',
      JOB_POLL_SECONDS: '0.5',
    });
    const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
    worker = new JobQueue<ExplodingJobs>({
      database: { orm: server.db.orm, kind: testDb.kind },
      config,
      clock: systemClock,
      log,
    });
    worker.defineJob(
      'explode',
      async ({ attempt }) => {
        runs.push(attempt);
        if (!fixed.has(attempt)) throw new Error(`The ledger for ${attempt} is on fire`);
      },
      { retryLimit: 0 },
    );
    await worker.start();
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
  }, 60_000);
  afterAll(async () => {
    await worker?.stop(2_000);
    await server?.close();
    await testDb?.drop();
  });

  async function failedNow(): Promise<JobNode[]> {
    const answer: ListAnswer = await operator.graphql(list, { name: 'explode' });
    expect(answer.errors).toBeUndefined();
    return answer.data!.failedJobs.edges.map((edge) => edge.node);
  }

  it('lists jobs whose handler threw, newest first, with the error, and pages through them', async () => {
    for (const attempt of ['one', 'two', 'three']) {
      await worker.enqueue('explode', { attempt });
      // Distinct creation instants make the order checkable.
      await waitFor(`${attempt} to fail`, async () =>
        (await failedNow()).find((job) => job.data.includes(attempt)),
      );
    }
    const jobs = await failedNow();
    expect(jobs.map((job) => JSON.parse(job.data) as { attempt: string })).toEqual([
      { attempt: 'three' },
      { attempt: 'two' },
      { attempt: 'one' },
    ]);
    const [three] = jobs;
    expect(three).toMatchObject({ name: 'explode', state: 'failed', retryCount: 0, retryLimit: 0 });
    expect(three!.errorOutput).toContain('The ledger for three is on fire');
    expect(three!.errorOutput).toContain('failed-jobs.test');

    const first: ListAnswer = await operator.graphql(list, { name: 'explode', first: 2 });
    const page1 = first.data!.failedJobs;
    expect(page1.jobNames).toContain('explode');
    expect(page1.jobNames).toContain('deliver-mail');
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second: ListAnswer = await operator.graphql(list, {
      name: 'explode',
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    expect(second.data!.failedJobs.edges.map((edge) => edge.node.id)).toEqual([jobs[2]!.id]);
    expect(second.data!.failedJobs.pageInfo.hasNextPage).toBe(false);

    // Without a name: the same jobs (nothing else failed here); with another name: none.
    const all: ListAnswer = await operator.graphql(list, {});
    expect(all.data!.failedJobs.edges.map((edge) => edge.node.id)).toEqual(jobs.map((j) => j.id));
    const mail: ListAnswer = await operator.graphql(list, { name: 'deliver-mail' });
    expect(mail.data!.failedJobs.edges).toEqual([]);
  });

  it('refuses bad input with field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ name: 'no-such-job' }, 'name'],
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
      [{ after: '<script>alert(1)</script>' }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const answer: ListAnswer = await operator.graphql(list, variables);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(answer.errors?.[0]?.extensions)).toContain(field);
    }
  });

  it('retries a failed job once, even when asked twice at once, and audits it', async () => {
    const target = (await failedNow()).find((job) => job.data.includes('two'))!;
    fixed.add('two');
    const before = runs.filter((attempt) => attempt === 'two').length;
    const answers = (await Promise.all([
      operator.graphql(retry, { id: target.id }),
      operator.graphql(retry, { id: target.id }),
    ])) as Answer<{ retryJob: { id: string; state: string; retryLimit: number } }>[];
    const ok = answers.filter((answer) => answer.errors === undefined);
    const refused = answers.filter((answer) => answer.errors !== undefined);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.data!.retryJob).toMatchObject({ id: target.id, retryLimit: 1 });
    expect(refused[0]!.errors![0]!.extensions?.code).toBe('CONFLICT');

    const completed = async () =>
      (await worker.findJobs('explode')).find((job) => job.id === target.id)?.state;
    await waitFor('the retried job to complete', async () =>
      (await completed()) === 'completed' ? true : undefined,
    );
    expect(runs.filter((attempt) => attempt === 'two').length).toBe(before + 1);
    expect((await failedNow()).map((job) => job.data)).not.toContainEqual(target.data);

    // Done now: retrying again is a CONFLICT that changes nothing.
    const again: Answer<unknown> = await operator.graphql(retry, { id: target.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('completed');

    const audit = await server.db.orm.em.fork().find(AuditEvent, { action: 'job.retried' });
    expect(audit.map((event) => [event.target, event.summary])).toEqual([
      [target.id, { name: 'explode', retryCount: 0, retryLimit: 0 }],
    ]);
  });

  it('retries a job and audits it in one transaction: when the audit write fails, the job stays failed', async () => {
    const target = (await failedNow()).find((job) => job.data.includes('three'))!;
    const sql = server.db.orm.em.getConnection();
    // A real failure of the audit insert (the table refuses it), after the retry's UPDATE ran.
    await sql.execute(`create function refuse_job_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'job.retried' then raise exception 'audit log is read-only'; end if;
        return new;
      end $$`);
    await sql.execute(`create trigger refuse_job_audit before insert on audit_event
      for each row execute function refuse_job_audit()`);
    try {
      const refused: Answer<unknown> = await operator.graphql(retry, { id: target.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql.execute('drop trigger refuse_job_audit on audit_event');
      await sql.execute('drop function refuse_job_audit()');
    }
    const still = (await failedNow()).find((job) => job.id === target.id);
    expect(still).toMatchObject({ state: 'failed', retryLimit: 0 });
    const audit = await server.db.orm.em.fork().find(AuditEvent, { target: target.id });
    expect(audit).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown job and FORBIDDEN to non-operators', async () => {
    const unknown: Answer<unknown> = await operator.graphql(retry, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed: Answer<unknown> = await operator.graphql(retry, { id: 'drop table' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Jobs GmbH',
      'de_individual',
      new Date(),
    );
    const admin = await memberOf(server, accountId, 'BILLING_ADMIN');
    const target = (await failedNow())[0]!;
    const listed: ListAnswer = await admin.graphql(list, {});
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const retried: Answer<unknown> = await admin.graphql(retry, { id: target.id });
    expect(retried.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await failedNow()).map((job) => job.id)).toContain(target.id);
  });
});
