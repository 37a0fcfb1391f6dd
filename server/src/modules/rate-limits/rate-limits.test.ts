import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import { createTestDatabase } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

/** Windows start on the hour, so moving the clock by a window's length always opens a new one. */
const start = new Date('2026-11-20T09:00:00Z');

/** A request as a browser behind the proxy at `ip` would make it (TRUST_PROXY=1). */
function from(ip: string, headers: Record<string, string> = {}) {
  return { 'x-forwarded-for': ip, accept: 'application/json', ...headers };
}

describe('per-address limits on sign-in and token endpoints', () => {
  let server: TestServer;
  const clock = new FixedClock(start);

  beforeAll(async () => {
    server = await startTestServer({
      clock,
      env: { SIGN_IN_LIMIT_PER_IP: '3', TRUST_PROXY: '1' },
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    // A fresh set of windows for every test.
    clock.set(new Date(clock.now().getTime() + 24 * 3_600_000));
  });

  const get = (path: string, ip: string) =>
    fetch(`${server.url}${path}`, { headers: from(ip), redirect: 'manual' });

  it('answers 429 with Retry-After once an address has started the limit of sign-ins, until the window ends', async () => {
    clock.advance(4 * 60_000); // 6 minutes before the window ends
    for (let i = 0; i < 3; i++)
      expect((await get('/auth/dev/start', '203.0.113.1')).status).toBe(303);

    const limited = await get('/auth/dev/start', '203.0.113.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(6 * 60));
    const body = (await limited.json()) as { error: { code: string; resetAt: string } };
    expect(body.error).toMatchObject({
      code: 'RATE_LIMITED',
      resetAt: new Date(clock.now().getTime() + 6 * 60_000).toISOString(),
    });

    clock.advance(6 * 60_000 - 1);
    expect((await get('/auth/dev/start', '203.0.113.1')).status).toBe(429);
    clock.advance(1);
    expect((await get('/auth/dev/start', '203.0.113.1')).status).toBe(303);
  });

  it('does not hold one address back for another', async () => {
    for (let i = 0; i < 4; i++) await get('/auth/dev/start', '203.0.113.2');
    expect((await get('/auth/dev/start', '203.0.113.2')).status).toBe(429);
    expect((await get('/auth/dev/start', '198.51.100.9')).status).toBe(303);
  });

  it('shows a browser a short page rather than JSON', async () => {
    for (let i = 0; i < 3; i++) await get('/auth/dev/start', '203.0.113.3');
    const page = await fetch(`${server.url}/auth/dev/start`, {
      headers: { 'x-forwarded-for': '203.0.113.3', accept: 'text/html' },
      redirect: 'manual',
    });
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Too many sign-in attempts from your network');
  });

  it('limits callbacks, and records each failed sign-in in the audit log', async () => {
    for (let i = 0; i < 3; i++) {
      const failed = await get('/auth/dev/callback?state=x&code=y', '203.0.113.4');
      expect(failed.status).toBe(303);
      expect(failed.headers.get('location')).toContain('reason=state_mismatch');
    }
    expect((await get('/auth/dev/callback?state=x&code=y', '203.0.113.4')).status).toBe(429);

    const failures = await server.db.orm.em
      .fork()
      .find(AuditEvent, { action: 'auth.sign_in', outcome: 'failure', ip: '203.0.113.4' });
    expect(failures).toHaveLength(3);
    expect(failures[0]!.summary).toEqual({ provider: 'dev', reason: 'state_mismatch' });
  });

  it('limits posts of the development sign-in form', async () => {
    const post = () =>
      fetch(`${server.url}/dev-oidc/interaction/unknown/login`, {
        method: 'POST',
        headers: from('203.0.113.5', {
          origin: server.url,
          'content-type': 'application/x-www-form-urlencoded',
        }),
        body: 'email=ada%40example.com&name=Ada',
        redirect: 'manual',
      });
    for (let i = 0; i < 3; i++) expect((await post()).status).not.toBe(429);
    expect((await post()).status).toBe(429);
  });

  it('still lets a person sign in from an address under the limit', async () => {
    const browser = new CookieClient(server.url);
    const landed = await browser.signInWithDevProvider('ada@example.com', 'Ada');
    expect(landed.pathname).toBe('/');
  });

  it('answers RATE_LIMITED with resetAt after 60 createApiToken calls an hour from one address', async () => {
    const admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('tess@example.com', 'Tess');
    const create = (ip: string) =>
      admin.graphql(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
        { input: { name: 'Script', scopes: ['ACCOUNT_READ'] } },
        { 'x-forwarded-for': ip },
      );
    // The Free plan allows one token: the others answer PLAN_LIMIT, and still count.
    const codes = new Set<unknown>();
    for (let i = 0; i < 60; i++)
      codes.add((await create('203.0.113.6')).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(new Set([undefined, 'PLAN_LIMIT']));

    const limited = await create('203.0.113.6');
    expect(limited.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      resetAt: new Date(Math.ceil(clock.now().getTime() / 3_600_000) * 3_600_000).toISOString(),
    });
    expect((await create('198.51.100.6')).errors?.[0]?.extensions?.code).toBe('PLAN_LIMIT');

    clock.advance(3_600_000);
    expect((await create('203.0.113.6')).errors?.[0]?.extensions?.code).toBe('PLAN_LIMIT');
  });

  it('refuses an address after 20 failed Bearer tokens in a minute, and no other address', async () => {
    const partner = (ip: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: from(ip, {
          'content-type': 'application/json',
          authorization: `Bearer llp_${'C'.repeat(43)}`,
        }),
        body: JSON.stringify({ query: '{ account { id } }' }),
      });
    for (let i = 0; i < 20; i++) expect((await partner('203.0.113.7')).status).toBe(401);
    const limited = await partner('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await partner('198.51.100.7')).status).toBe(401);
    clock.advance(60_000);
    expect((await partner('203.0.113.7')).status).toBe(401);
  });
});

describe('sign-in limits across processes', () => {
  it('counts requests to every process against one limit', async () => {
    const database = await createTestDatabase();
    const clock = new FixedClock(start);
    const env = { SIGN_IN_LIMIT_PER_IP: '3', TRUST_PROXY: '1' };
    const first = await startTestServer({ clock, env, database });
    const second = await startTestServer({ clock, env, database });
    try {
      const get = (server: TestServer) =>
        fetch(`${server.url}/auth/dev/start`, { headers: from('203.0.113.8'), redirect: 'manual' });
      expect((await get(first)).status).toBe(303);
      expect((await get(second)).status).toBe(303);
      expect((await get(first)).status).toBe(303);
      expect((await get(second)).status).toBe(429);
      expect((await get(first)).status).toBe(429);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
