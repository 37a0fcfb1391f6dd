import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FixedClock } from '../clock.js';
import { Session, SignInAttempt } from '../modules/identity/session.entity.js';
import { User } from '../modules/users/user.entity.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { purgeExpiredAuth } from './purge-expired-auth.js';
import { waitFor } from './wait.fixture.js';

const now = new Date('2027-03-01T12:00:00Z');
const days = (n: number) => n * 86_400_000;
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const idleMs = days(7);

async function addSession(
  em: EntityManager,
  user: User,
  name: string,
  times: { lastSeenAt: Date; expiresAt: Date; revokedAt?: Date },
): Promise<string> {
  const id = `${name}-${randomBytes(4).toString('hex')}`;
  em.create(Session, {
    id,
    user,
    createdAt: new Date(times.lastSeenAt.getTime() - days(1)),
    lastSeenAt: times.lastSeenAt,
    expiresAt: times.expiresAt,
    revokedAt: times.revokedAt ?? null,
  });
  await em.flush();
  return id;
}

async function addSignInAttempt(em: EntityManager, expiresAt: Date): Promise<string> {
  const id = randomBytes(8).toString('hex');
  em.create(SignInAttempt, {
    id,
    provider: 'dev',
    state: 's',
    nonce: 'n',
    codeVerifier: 'v',
    returnTo: '/',
    createdAt: new Date(expiresAt.getTime() - 600_000),
    expiresAt,
  });
  await em.flush();
  return id;
}

async function remainingIds(em: EntityManager, ids: string[]): Promise<string[]> {
  const sessions = await em.fork().find(Session, { id: { $in: ids } });
  const attempts = await em.fork().find(SignInAttempt, { id: { $in: ids } });
  return [...sessions, ...attempts].map((row) => row.id).sort();
}

const clock = new FixedClock(now);

function serverWith(workers: '0' | '1'): () => TestServer {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      clock,
      env: {
        WORKERS_ENABLED: workers,
        JOB_POLL_SECONDS: '0.5',
        SESSION_IDLE_MINUTES: String(idleMs / 60_000),
        SESSION_ABSOLUTE_HOURS: String(24 * 90),
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });
  return () => server;
}

describe('purgeExpiredAuth', () => {
  // No workers here: the job must not purge behind the test's back.
  const server = serverWith('0');

  it('deletes expired sign-in attempts and sessions that ended more than 30 days ago, and nothing else', async () => {
    const em = server().db.orm.em.fork();
    const user = em.create(User, { email: 'purge@example.com', name: 'Purge' });
    await em.flush();

    const live = await addSession(em, user, 'live', {
      lastSeenAt: at(-3_600_000),
      expiresAt: at(days(29)),
    });
    const revokedLongAgo = await addSession(em, user, 'revoked-31d', {
      lastSeenAt: at(-days(31)),
      expiresAt: at(days(20)),
      revokedAt: at(-days(31)),
    });
    const revokedRecently = await addSession(em, user, 'revoked-29d', {
      lastSeenAt: at(-days(29)),
      expiresAt: at(days(20)),
      revokedAt: at(-days(29)),
    });
    const expiredLongAgo = await addSession(em, user, 'expired-31d', {
      lastSeenAt: at(-days(32)),
      expiresAt: at(-days(31)),
    });
    // Idle for 35 days: the idle timeout (7 days) ended it 28 days ago; its expiry passed 29 days ago.
    const expiredRecently = await addSession(em, user, 'expired-29d', {
      lastSeenAt: at(-days(35)),
      expiresAt: at(-days(29)),
    });
    // Last seen 38 days ago: idle-ended 31 days ago, though its absolute expiry is still ahead.
    const idleLongAgo = await addSession(em, user, 'idle-31d', {
      lastSeenAt: at(-days(38)),
      expiresAt: at(days(20)),
    });
    const idleRecently = await addSession(em, user, 'idle-29d', {
      lastSeenAt: at(-days(36)),
      expiresAt: at(days(20)),
    });
    const attemptExpired = await addSignInAttempt(em, at(-60_000));
    const attemptOpen = await addSignInAttempt(em, at(300_000));

    const purged = await purgeExpiredAuth(em.fork(), clock, { sessionIdleMs: idleMs });

    expect(purged).toEqual({
      signInAttempts: 1,
      sessions: 3,
      twoFactorFailures: 0,
      rateLimitCounters: 0,
    });
    const all = [
      live,
      revokedLongAgo,
      revokedRecently,
      expiredLongAgo,
      expiredRecently,
      idleLongAgo,
      idleRecently,
      attemptExpired,
      attemptOpen,
    ];
    expect(await remainingIds(em, all)).toEqual(
      [live, revokedRecently, expiredRecently, idleRecently, attemptOpen].sort(),
    );
  });
});

describe('the purge-expired-auth job', () => {
  const server = serverWith('1');

  it('runs as a periodic job on the workers, by the injected clock', async () => {
    const em = server().db.orm.em.fork();
    const user = em.create(User, { email: 'purge-job@example.com', name: 'Purge job' });
    await em.flush();
    const ended = await addSession(em, user, 'job-revoked', {
      lastSeenAt: at(-days(40)),
      expiresAt: at(days(10)),
      revokedAt: at(-days(40)),
    });
    const live = await addSession(em, user, 'job-live', {
      lastSeenAt: at(-60_000),
      expiresAt: at(days(10)),
    });

    await server().jobs.runPeriodicJobsNow();

    await waitFor('the ended session to be purged', async () =>
      (await remainingIds(em, [ended])).length === 0 ? true : undefined,
    );
    expect(await remainingIds(em, [ended, live])).toEqual([live]);
  });
});
