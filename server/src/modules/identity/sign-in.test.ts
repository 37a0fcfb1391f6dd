import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { Membership } from '../members/membership.entity.js';
import { Session } from './session.entity.js';
import { Identity, User } from '../users/user.entity.js';

const viewerQuery = `{ viewer { user { email name } role permissions isOperator account { id name plan { code } } } }`;

interface ViewerData {
  viewer: {
    user: { email: string; name: string };
    role: string | null;
    permissions: string[];
    isOperator: boolean;
    account: { id: string; name: string; plan: { code: string } } | null;
  } | null;
}

describe('sign-in through the development OpenID Connect provider', () => {
  let server: TestServer;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('creates the user, an account named after them and makes them its Billing Admin', async () => {
    const browser = new CookieClient(server.url);
    const landed = await browser.signInWithDevProvider(
      'ada@example.com',
      'Ada Lovelace',
      '/settings/account',
    );
    expect(landed.pathname).toBe('/settings/account');

    const { data } = await browser.graphql<ViewerData>(viewerQuery);
    expect(data?.viewer).toMatchObject({
      user: { email: 'ada@example.com', name: 'Ada Lovelace' },
      role: 'BILLING_ADMIN',
      isOperator: false,
      account: { name: 'Ada Lovelace', plan: { code: 'free' } },
    });
    expect(data?.viewer?.permissions).toContain('MEMBERS_MANAGE');
  });

  it('reuses the user on a later sign-in with the same provider subject', async () => {
    const first = new CookieClient(server.url);
    await first.signInWithDevProvider('grace@example.com', 'Grace Hopper');
    const firstAccount = (await first.graphql<ViewerData>(viewerQuery)).data?.viewer?.account?.id;

    const second = new CookieClient(server.url);
    await second.signInWithDevProvider('Grace@Example.com', 'Grace B. Hopper');
    const again = (await second.graphql<ViewerData>(viewerQuery)).data?.viewer;
    expect(again?.account?.id).toBe(firstAccount);
    expect(again?.user.name).toBe('Grace B. Hopper');

    const em = server.db.orm.em.fork();
    expect(await em.count(User, { email: 'grace@example.com' })).toBe(1);
    expect(await em.count(Identity, { email: 'grace@example.com' })).toBe(1);
  });

  it('gives a second person their own, separate account', async () => {
    const alice = new CookieClient(server.url);
    await alice.signInWithDevProvider('alice@example.com', 'Alice');
    const bob = new CookieClient(server.url);
    await bob.signInWithDevProvider('bob@example.com', 'Bob');
    const a = (await alice.graphql<ViewerData>(viewerQuery)).data?.viewer?.account;
    const b = (await bob.graphql<ViewerData>(viewerQuery)).data?.viewer?.account;
    expect(a?.id).toBeDefined();
    expect(b?.id).toBeDefined();
    expect(a?.id).not.toBe(b?.id);
    expect(b?.name).toBe('Bob');
    const em = server.db.orm.em.fork();
    expect(await em.count(Membership, { account: b!.id })).toBe(1);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and rotates it at each sign-in', async () => {
    const browser = new CookieClient(server.url);
    await browser.signInWithDevProvider('rotate@example.com', 'Rotating Rita');
    const firstToken = browser.cookie('ll_session');
    expect(firstToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url

    await browser.signInWithDevProvider('rotate@example.com', 'Rotating Rita');
    const sessionLine = browser.setCookieLog
      .filter((c) => c.startsWith('ll_session=') && !/Max-Age=0/.test(c))
      .at(-1);
    expect(sessionLine).toMatch(/HttpOnly/i);
    expect(sessionLine).toMatch(/SameSite=Lax/i);
    expect(sessionLine).toMatch(/Path=\//);
    expect(browser.cookie('ll_session')).not.toBe(firstToken);

    // The old token no longer works.
    const stale = new CookieClient(server.url);
    stale.setCookie('ll_session', firstToken!);
    expect((await stale.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
  });

  it('refuses a replayed callback: the sign-in attempt is single-use', async () => {
    const browser = new CookieClient(server.url);
    const callback = await browser.callbackFromDevProvider('replay@example.com', 'Replay');
    const signInCookie = browser.cookie('ll_signin')!;
    const first = await browser.request(callback);
    expect(first.headers.get('location')).toBe('/');

    const attacker = new CookieClient(server.url);
    attacker.setCookie('ll_signin', signInCookie);
    const replay = await attacker.request(callback);
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/sign-in/error?reason=state_mismatch');
    expect(attacker.cookie('ll_session')).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with', async () => {
    const browser = new CookieClient(server.url);
    const location = await browser.callbackFromDevProvider('tamper@example.com', 'Tamper');
    const tampered = new URL(location);
    tampered.searchParams.set('state', 'not-the-state');
    const response = await browser.request(tampered.toString());
    expect(response.headers.get('location')).toBe('/sign-in/error?reason=state_mismatch');
    expect(browser.cookie('ll_session')).toBeUndefined();
  });

  it('refuses a callback with a forged code', async () => {
    const browser = new CookieClient(server.url);
    const start = await browser.request('/auth/dev/start');
    const authorize = new URL(start.headers.get('location')!);
    const state = authorize.searchParams.get('state')!;
    const response = await browser.request(`/auth/dev/callback?code=forged&state=${state}`);
    expect(response.headers.get('location')).toBe('/sign-in/error?reason=callback_failed');
    expect(browser.cookie('ll_session')).toBeUndefined();
  });

  it('reports a cancelled sign-in as access_denied', async () => {
    const browser = new CookieClient(server.url);
    const start = await browser.follow('/auth/dev/start');
    const cancel = /action="([^"]+\/cancel)"/.exec(await start.response.text())![1]!;
    const done = await browser.follow(cancel, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: '',
    });
    expect(done.url.pathname + done.url.search).toBe('/sign-in/error?reason=access_denied');
  });

  it('re-asks for a valid e-mail on the provider page and keeps what was typed', async () => {
    const browser = new CookieClient(server.url);
    const start = await browser.follow('/auth/dev/start');
    const action = /action="([^"]+\/login)"/.exec(await start.response.text())![1]!;
    const posted = await browser.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: 'email=not-an-email&name=Kept+Name',
    });
    expect(posted.status).toBe(400);
    const html = await posted.text();
    expect(html).toContain('Enter a valid e-mail address');
    expect(html).toContain('value="Kept Name"');
  });

  it('only returns to same-site paths after sign-in', async () => {
    const browser = new CookieClient(server.url);
    const landed = await browser.signInWithDevProvider(
      'redirect@example.com',
      'R',
      '//evil.example/x',
    );
    expect(landed.toString()).toBe(`${server.url}/`);
  });

  it('signs out this browser only, or everywhere', async () => {
    const laptop = new CookieClient(server.url);
    await laptop.signInWithDevProvider('two@example.com', 'Two Devices');
    const phone = new CookieClient(server.url);
    await phone.signInWithDevProvider('two@example.com', 'Two Devices');
    const tablet = new CookieClient(server.url);
    await tablet.signInWithDevProvider('two@example.com', 'Two Devices');

    const out = await laptop.request('/auth/sign-out', {
      method: 'POST',
      headers: { origin: server.url },
    });
    expect(out.status).toBe(204);
    expect((await laptop.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
    expect((await phone.graphql<ViewerData>(viewerQuery)).data?.viewer).not.toBeNull();

    const everywhere = await phone.request('/auth/sign-out-everywhere', {
      method: 'POST',
      headers: { origin: server.url },
    });
    expect(everywhere.status).toBe(204);
    expect((await phone.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
    expect((await tablet.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
  });

  it('refuses state-changing requests from another origin', async () => {
    const browser = new CookieClient(server.url);
    await browser.signInWithDevProvider('csrf@example.com', 'CSRF Target');
    const forged = await browser.request('/auth/sign-out-everywhere', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    const noOrigin = await browser.request('/auth/sign-out', { method: 'POST' });
    expect(noOrigin.status).toBe(403);
    expect((await browser.graphql<ViewerData>(viewerQuery)).data?.viewer).not.toBeNull();
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const browser = new CookieClient(server.url);
    await browser.signInWithDevProvider('idle@example.com', 'Idle');
    expect((await browser.graphql<ViewerData>(viewerQuery)).data?.viewer).not.toBeNull();

    // Activity inside the idle window keeps the session alive…
    clock.advance(server.config.session.idleMs - 60_000);
    expect((await browser.graphql<ViewerData>(viewerQuery)).data?.viewer).not.toBeNull();
    // …a full idle window without activity ends it.
    clock.advance(server.config.session.idleMs + 1);
    expect((await browser.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();

    const busy = new CookieClient(server.url);
    await busy.signInWithDevProvider('busy@example.com', 'Busy');
    const step = server.config.session.idleMs / 2;
    let elapsed = 0;
    while (elapsed + step < server.config.session.absoluteMs) {
      clock.advance(step);
      elapsed += step;
      expect((await busy.graphql<ViewerData>(viewerQuery)).data?.viewer).not.toBeNull();
    }
    clock.advance(server.config.session.absoluteMs - elapsed);
    expect((await busy.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
    const em = server.db.orm.em.fork();
    expect(await em.count(Session, { user: { email: 'busy@example.com' } })).toBe(1);
  });

  it('marks users whose verified e-mail is in OPERATOR_EMAILS as operators, lands them in the back office and creates no account for them', async () => {
    const browser = new CookieClient(server.url);
    const landed = await browser.signInWithDevProvider('OPS@vendor.example', 'Olga Ops');
    expect(landed.pathname).toBe('/operator');
    const viewer = (await browser.graphql<ViewerData>(viewerQuery)).data?.viewer;
    expect(viewer?.isOperator).toBe(true);
    expect(viewer?.role).toBeNull();
    expect(viewer?.account).toBeNull();
    const em = server.db.orm.em.fork();
    expect(await em.count(Membership, { user: { email: 'ops@vendor.example' } })).toBe(0);
  });
});
