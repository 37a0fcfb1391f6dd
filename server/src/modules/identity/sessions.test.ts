import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

const firefoxOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

interface SessionRow {
  id: string;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  provider: string;
  current: boolean;
}

const sessionsQuery = `{ sessions { id device ip createdAt lastSeenAt provider current } }`;
const revokeSession = `mutation($input: RevokeSessionInput!) {
  revokeSession(input: $input) { revokedCount sessions { id current } } }`;
const revokeOthers = `mutation { revokeOtherSessions { revokedCount sessions { id current } } }`;
const viewerEmail = `{ viewer { user { email } } }`;

describe('the signed-in sessions of a person (Security › Sessions)', () => {
  let server: TestServer;
  const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));

  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server.close();
  });

  /** Signs `email` in from a new browser that sends `userAgent`. */
  async function browserOf(email: string, userAgent: string): Promise<CookieClient> {
    const browser = new CookieClient(server.url);
    const callback = await browser.callbackFromDevProvider(email, email.split('@')[0]!);
    await browser.follow(callback, { headers: { 'user-agent': userAgent } });
    return browser;
  }

  async function sessionsOf(browser: CookieClient): Promise<SessionRow[]> {
    const answer = await browser.graphql<{ sessions: SessionRow[] }>(sessionsQuery);
    expect(answer.errors).toBeUndefined();
    return answer.data!.sessions;
  }

  async function signedInAs(browser: CookieClient): Promise<string | null> {
    const answer = await browser.graphql<{ viewer: { user: { email: string } } | null }>(
      viewerEmail,
    );
    return answer.data?.viewer?.user.email ?? null;
  }

  it('lists only your own sessions, this one first and marked current, with device and address', async () => {
    const laptop = await browserOf('lin@example.com', firefoxOnWindows);
    clock.advance(5 * 60_000);
    const phone = await browserOf('lin@example.com', safariOnIphone);
    await browserOf('someone-else@example.com', firefoxOnWindows);

    const seenFromPhone = await sessionsOf(phone);
    expect(seenFromPhone).toHaveLength(2);
    expect(seenFromPhone[0]).toMatchObject({
      device: 'Safari on iOS',
      provider: 'dev',
      current: true,
      createdAt: clock.now().toISOString(),
    });
    expect(seenFromPhone[1]).toMatchObject({ device: 'Firefox on Windows', current: false });
    expect(seenFromPhone[0]!.ip).toMatch(/127\.0\.0\.1/);
    expect(seenFromPhone.every((s) => /^ses_[0-9a-z]{26}$/.test(s.id))).toBe(true);

    const seenFromLaptop = await sessionsOf(laptop);
    expect(seenFromLaptop.map((s) => [s.id, s.current])).toEqual([
      [seenFromPhone[1]!.id, true],
      [seenFromPhone[0]!.id, false],
    ]);
  });

  it('updates last seen at most once a minute', async () => {
    const browser = await browserOf('mo@example.com', firefoxOnWindows);
    const signedInAt = clock.now().toISOString();
    clock.advance(30_000);
    expect((await sessionsOf(browser))[0]!.lastSeenAt).toBe(signedInAt);
    clock.advance(31_000);
    expect((await sessionsOf(browser))[0]!.lastSeenAt).toBe(clock.now().toISOString());
  });

  it('revoking a session signs that browser out at its very next request', async () => {
    const laptop = await browserOf('ria@example.com', firefoxOnWindows);
    const phone = await browserOf('ria@example.com', safariOnIphone);
    const phoneSession = (await sessionsOf(phone)).find((s) => s.current)!;

    const answer = await laptop.graphql<{
      revokeSession: { revokedCount: number; sessions: { id: string; current: boolean }[] };
    }>(revokeSession, { input: { id: phoneSession.id } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.revokeSession.revokedCount).toBe(1);
    expect(answer.data!.revokeSession.sessions.map((s) => s.current)).toEqual([true]);

    expect(await signedInAs(phone)).toBeNull();
    expect(await signedInAs(laptop)).toBe('ria@example.com');

    // A second click changes nothing and is no error.
    const again = await laptop.graphql<{ revokeSession: { revokedCount: number } }>(revokeSession, {
      input: { id: phoneSession.id },
    });
    expect(again.data?.revokeSession.revokedCount).toBe(0);

    const events = await server.db.orm.em
      .fork()
      .find(AuditEvent, { action: 'auth.session_revoke', target: phoneSession.id });
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatchObject({ current: false, provider: 'dev' });
  });

  it("answers NOT_FOUND for another person's session, as for one that does not exist, and leaves it alone", async () => {
    const owner = await browserOf('sam@example.com', firefoxOnWindows);
    const intruder = await browserOf('eve@example.com', firefoxOnWindows);
    const ownersSession = (await sessionsOf(owner))[0]!;

    const foreign = await intruder.graphql(revokeSession, { input: { id: ownersSession.id } });
    const unknown = await intruder.graphql(revokeSession, {
      input: { id: 'ses_0000000000aaaaaaaaaaaaaaaa' },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(await signedInAs(owner)).toBe('sam@example.com');
  });

  it('signing out the other sessions keeps this one', async () => {
    const here = await browserOf('kai@example.com', firefoxOnWindows);
    const elsewhere = [
      await browserOf('kai@example.com', safariOnIphone),
      await browserOf('kai@example.com', safariOnIphone),
    ];

    const answer = await here.graphql<{
      revokeOtherSessions: { revokedCount: number; sessions: { current: boolean }[] };
    }>(revokeOthers);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.revokeOtherSessions).toMatchObject({
      revokedCount: 2,
      sessions: [{ current: true }],
    });
    expect(answer.data!.revokeOtherSessions.sessions).toHaveLength(1);
    expect(await signedInAs(here)).toBe('kai@example.com');
    for (const browser of elsewhere) expect(await signedInAs(browser)).toBeNull();

    const events = await server.db.orm.em
      .fork()
      .find(AuditEvent, { action: 'auth.sign_out_others' });
    expect(events.map((e) => e.summary)).toEqual([{ sessionsRevoked: 2 }]);
  });

  it('is refused to signed-out requests', async () => {
    const anonymous = new CookieClient(server.url);
    const answer = await anonymous.graphql(sessionsQuery);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
