import 'reflect-metadata';
import { pino } from 'pino';
import { FixedClock } from '../../clock.js';
import { ConfigError, loadConfig } from '../../config.js';
import { waitFor } from '../../jobs/wait.fixture.js';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Plan } from '../catalog/plan.entity.js';
import { sessionCookieName } from '../identity/cookies.js';
import { Session } from '../identity/session.entity.js';
import { createSession } from '../identity/session.service.js';
import { User } from '../users/user.entity.js';
import { Membership } from '../members/membership.entity.js';
import { PersistedTestClock } from './test-clock.js';

const operatorEmail = 'ops@vendor.example';
const realNow = new Date('2027-01-01T00:00:00Z');
const dayMs = 86_400_000;

/**
 * A signed-in user with a session by the server's clock (test/members.ts opens sessions by real
 * time, which a moved test clock has long expired). Without `account`, an operator: a verified
 * e-mail listed in OPERATOR_EMAILS.
 */
async function signedIn(server: TestServer, account?: Account): Promise<CookieClient> {
  const em = server.db.orm.em.fork();
  const email = account === undefined ? operatorEmail : `admin-${account.id}@example.com`;
  const user =
    (await em.findOne(User, { email })) ??
    em.create(User, { email, emailVerified: true, name: email });
  if (account !== undefined)
    em.create(Membership, { user, account, role: 'BILLING_ADMIN', grants: [] });
  await em.flush();
  const token = await createSession(
    em,
    { user, account: account ?? null, provider: 'test', ip: null, userAgent: null },
    server.config,
    server.clock,
  );
  const client = new CookieClient(server.url);
  client.setCookie(sessionCookieName(server.config), token);
  return client;
}

interface TestClockData {
  now: string;
  offsetSeconds: number;
  enabled: boolean;
}

const testClockQuery = `{ testClock { now offsetSeconds enabled } }`;
const advanceMutation = `mutation Advance($input: AdvanceTestClockInput!) {
  advanceTestClock(input: $input) { now offsetSeconds enabled }
}`;

async function advance(client: CookieClient, input: Record<string, unknown>) {
  return client.graphql<{ advanceTestClock: TestClockData }>(advanceMutation, { input });
}

describe('the test clock (TEST_CLOCK=1)', () => {
  let server: TestServer;
  // Real time stands still in these tests, so every expected instant is exact.
  const real = new FixedClock(realNow);

  beforeAll(async () => {
    server = await startTestServer({
      clock: real,
      env: {
        TEST_CLOCK: '1',
        OPERATOR_EMAILS: operatorEmail,
        WORKERS_ENABLED: '1',
        JOB_POLL_SECONDS: '0.5',
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('starts at real time, and operators can read it', async () => {
    const operator = await signedIn(server);
    const { data, errors } = await operator.graphql<{ testClock: TestClockData }>(testClockQuery);
    expect(errors).toBeUndefined();
    expect(data?.testClock).toEqual({
      now: '2027-01-01T00:00:00.000Z',
      offsetSeconds: 0,
      enabled: true,
    });
  });

  it('moves forward by days and seconds; every process and the audit log see the same time', async () => {
    const operator = await signedIn(server);
    const { data, errors } = await advance(operator, { days: 1, seconds: 30 });
    expect(errors).toBeUndefined();
    expect(data?.advanceTestClock).toEqual({
      now: '2027-01-02T00:00:30.000Z',
      offsetSeconds: 86_430,
      enabled: true,
    });
    expect(server.clock.now().toISOString()).toBe('2027-01-02T00:00:30.000Z');

    // A second process on the same database reads the persisted offset.
    const otherProcess = await PersistedTestClock.start(
      server.db.orm,
      pino({ level: 'silent' }),
      real,
    );
    expect(otherProcess.now().toISOString()).toBe('2027-01-02T00:00:30.000Z');
    otherProcess.stop();

    const audit = await server.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { action: 'test_clock.advance' }, { orderBy: { id: 'desc' } });
    expect(audit.summary).toEqual({
      from: '2027-01-01T00:00:00.000Z',
      to: '2027-01-02T00:00:30.000Z',
      offsetSeconds: 86_430,
    });
  });

  it('moves to a given instant', async () => {
    const operator = await signedIn(server);
    const { data, errors } = await advance(operator, { to: '2027-02-01T09:30:00.000Z' });
    expect(errors).toBeUndefined();
    expect(data?.advanceTestClock.now).toBe('2027-02-01T09:30:00.000Z');
    expect(data?.advanceTestClock.offsetSeconds).toBe(31 * 86_400 + 9.5 * 3_600);
  });

  it.each([
    [{ to: '2027-01-15T00:00:00.000Z' }, 'to'],
    [{ seconds: -60 }, 'seconds'],
    [{ days: -1 }, 'days'],
    [{ seconds: 0 }, 'seconds'],
    [{ days: 1, to: '2028-01-01T00:00:00.000Z' }, 'to'],
    [{ days: 30 * 366 }, 'days'],
  ])('never moves backwards or too far: %j is BAD_USER_INPUT', async (input, field) => {
    const operator = await signedIn(server);
    const before = server.clock.now().toISOString();
    const { errors } = await advance(operator, input);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await server.clock.refresh?.();
    expect(server.clock.now().toISOString()).toBe(before);
  });

  it('runs the due periodic jobs at once, by the moved clock', async () => {
    const operator = await signedIn(server);
    const em = server.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { email: operatorEmail });
    // Revoked now: the maintenance job purges it once it ended more than 30 days ago.
    const revoked = em.create(Session, {
      id: `revoked-${Date.now()}`,
      user,
      createdAt: server.clock.now(),
      lastSeenAt: server.clock.now(),
      expiresAt: new Date(server.clock.now().getTime() + 30 * dayMs),
      revokedAt: server.clock.now(),
    });
    await em.flush();

    const { errors } = await advance(operator, { days: 31 });
    expect(errors).toBeUndefined();

    await waitFor('the purge job to run by the moved clock', async () =>
      (await server.db.orm.em.fork().findOne(Session, { id: revoked.id })) === null
        ? true
        : undefined,
    );
  });

  it('is for operators only', async () => {
    const em = server.db.orm.em.fork();
    const plan = await em.findOneOrFail(Plan, { code: 'free' });
    const account = em.create(Account, { name: 'Customer', plan });
    await em.flush();
    const admin = await signedIn(server, account);
    const read = await admin.graphql(testClockQuery);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await advance(admin, { days: 1 });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await new CookieClient(server.url).graphql(testClockQuery);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the test clock when TEST_CLOCK is off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: operatorEmail } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads as null, and advancing it is FORBIDDEN with the reason', async () => {
    const operator = await signedIn(server);
    const read = await operator.graphql<{ testClock: TestClockData | null }>(testClockQuery);
    expect(read.errors).toBeUndefined();
    expect(read.data?.testClock).toBeNull();
    const write = await advance(operator, { days: 1 });
    expect(write.errors?.[0]).toMatchObject({
      message: 'The test clock is off (set TEST_CLOCK=1 outside production)',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('is refused in production by configuration', () => {
    const production = {
      NODE_ENV: 'production',
      GOOGLE_CLIENT_ID: 'id',
      GOOGLE_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://billing.example.com',
      DATABASE_URL: 'postgres://db/ledgerline',
      SMTP_URL: 'smtp://smtp.example.com:587',
      TWO_FACTOR_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    };
    expect(loadConfig(production).testClock).toBe(false);
    expect(() => loadConfig({ ...production, TEST_CLOCK: '1' })).toThrow(
      new ConfigError(
        'TEST_CLOCK',
        'unset in production: the test clock moves billing time for demonstrations only',
      ),
    );
  });
});
