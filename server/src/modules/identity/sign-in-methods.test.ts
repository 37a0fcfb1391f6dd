import 'reflect-metadata';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import {
  startGitHubStandIn,
  startMicrosoftPeer,
  type GitHubPerson,
  type GitHubStandIn,
  type MicrosoftPeer,
} from '../../test/sign-in-peers.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Identity, User } from './user.entity.js';

/**
 * Microsoft sign-in runs against a real OpenID Connect provider (oidc-provider) playing one
 * Entra tenant. GitHub has no local real peer: its side is a declared stand-in of GitHub's OAuth
 * and REST endpoints (test/sign-in-peers.ts). The development sign-in is on beside both.
 */

const viewerQuery = `{ viewer { user { email name } account { id } identities { id provider providerName email linkedAt lastUsedAt } } }`;

interface ViewerData {
  viewer: {
    user: { email: string; name: string };
    account: { id: string } | null;
    identities: {
      id: string;
      provider: string;
      providerName: string;
      email: string;
      linkedAt: string;
      lastUsedAt: string | null;
    }[];
  } | null;
}

const unlink = `mutation($input: UnlinkIdentityInput!) { unlinkIdentity(input: $input) { identities { provider } } }`;

let githubIds = 1000;
function gitHubPerson(email: string, overrides: Partial<GitHubPerson> = {}): GitHubPerson {
  const id = ++githubIds;
  return {
    id,
    login: `octo${id}`,
    name: null,
    emails: [{ email, primary: true, verified: true }],
    ...overrides,
  };
}

describe('sign-in with Microsoft and GitHub, and several sign-in methods a person', () => {
  let server: TestServer;
  let microsoft: MicrosoftPeer;
  let github: GitHubStandIn;

  beforeAll(async () => {
    microsoft = await startMicrosoftPeer();
    github = await startGitHubStandIn();
    server = await startTestServer({
      env: {
        DEV_SIGN_IN: '1',
        MICROSOFT_CLIENT_ID: microsoft.clientId,
        MICROSOFT_CLIENT_SECRET: microsoft.clientSecret,
        MICROSOFT_ISSUER: microsoft.issuer,
        GITHUB_CLIENT_ID: github.clientId,
        GITHUB_CLIENT_SECRET: github.clientSecret,
        GITHUB_OAUTH_URL: github.origin,
        GITHUB_API_URL: github.origin,
      },
    });
    microsoft.allowRedirectTo(`${server.url}/auth/microsoft/callback`);
  });
  afterAll(async () => {
    await server.close();
    await microsoft.close();
    await github.close();
  });

  const viewerOf = async (browser: CookieClient) =>
    (await browser.graphql<ViewerData>(viewerQuery)).data?.viewer ?? null;
  const usersWith = (email: string) => server.db.orm.em.fork().count(User, { email });

  it('offers every configured provider on the sign-in page', async () => {
    const { data } = await new CookieClient(server.url).graphql<{
      authProviders: { id: string; name: string }[];
    }>(`{ authProviders { id name } }`);
    expect(data?.authProviders.map((p) => p.id).sort()).toEqual(['dev', 'github', 'microsoft']);
  });

  it('signs a new person in with Microsoft, and the same person again by their subject', async () => {
    microsoft.signInAs({ sub: 'ms-sub-meg', email: 'Meg@Contoso.example', name: 'Meg Bowen' });
    const browser = new CookieClient(server.url);
    expect((await browser.signInWith('microsoft', { returnTo: '/invoices' })).pathname).toBe(
      '/invoices',
    );
    const first = await viewerOf(browser);
    expect(first?.user).toEqual({ email: 'meg@contoso.example', name: 'Meg Bowen' });
    expect(first?.identities).toEqual([
      expect.objectContaining({
        provider: 'microsoft',
        providerName: 'Microsoft',
        email: 'meg@contoso.example',
      }),
    ]);
    // Microsoft's e-mail claim is not proven without email_verified or xms_edov.
    const em = server.db.orm.em.fork();
    expect((await em.findOneOrFail(User, { email: 'meg@contoso.example' })).emailVerified).toBe(
      false,
    );

    microsoft.signInAs({
      sub: 'ms-sub-meg',
      email: 'meg@contoso.example',
      name: 'Meg Bowen',
      emailDomainVerified: true,
    });
    const again = new CookieClient(server.url);
    await again.signInWith('microsoft');
    expect((await viewerOf(again))?.account?.id).toBe(first?.account?.id);
    expect(await usersWith('meg@contoso.example')).toBe(1);
    expect(
      (await server.db.orm.em.fork().findOneOrFail(User, { email: 'meg@contoso.example' }))
        .emailVerified,
    ).toBe(true);
  });

  it('signs a new person in with GitHub by their numeric id and verified primary e-mail', async () => {
    const person = gitHubPerson('linus@kernel.example', {
      name: 'Linus',
      emails: [
        { email: 'old@elsewhere.example', primary: false, verified: true },
        { email: 'Linus@Kernel.example', primary: true, verified: true },
      ],
    });
    github.signInAs(person);
    const browser = new CookieClient(server.url);
    expect((await browser.signInWith('github')).pathname).toBe('/');
    const viewer = await viewerOf(browser);
    expect(viewer?.user.email).toBe('linus@kernel.example');
    expect(viewer?.account).not.toBeNull();
    const identity = await server.db.orm.em
      .fork()
      .findOneOrFail(Identity, { provider: 'github', email: 'linus@kernel.example' });
    expect(identity.subject).toBe(String(person.id));
  });

  it('refuses a GitHub sign-in whose primary e-mail is unverified, or that has no primary one', async () => {
    for (const emails of [
      [{ email: 'unverified@example.com', primary: true, verified: false }],
      [
        { email: 'unverified-primary@example.com', primary: true, verified: false },
        { email: 'verified-secondary@example.com', primary: false, verified: true },
      ],
      [{ email: 'no-primary@example.com', primary: false, verified: true }],
    ]) {
      github.signInAs(gitHubPerson(emails[0]!.email, { emails }));
      const browser = new CookieClient(server.url);
      const landed = await browser.signInWith('github');
      expect(landed.pathname + landed.search).toBe('/sign-in/error?reason=email_unverified');
      expect(await viewerOf(browser)).toBeNull();
      for (const { email } of emails) expect(await usersWith(email)).toBe(0);
    }
  });

  it('refuses a sign-in whose e-mail or name cannot be stored (NUL, lone surrogate)', async () => {
    for (const person of [
      { sub: 'ms-nul', email: 'eve\u0000@contoso.example', name: 'Eve' },
      { sub: 'ms-surrogate', email: 'eve@contoso.example', name: 'Eve \ud800' },
    ]) {
      microsoft.signInAs(person);
      const browser = new CookieClient(server.url);
      const landed = await browser.signInWith('microsoft');
      expect(landed.pathname + landed.search).toMatch(/^\/sign-in\/error\?reason=callback_failed/);
      expect(await viewerOf(browser)).toBeNull();
    }
    expect(await usersWith('eve@contoso.example')).toBe(0);
  });

  it('refuses a GitHub callback with a forged code (GitHub answers 200 with an error)', async () => {
    const browser = new CookieClient(server.url);
    const start = await browser.request('/auth/github/start');
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const response = await browser.request(`/auth/github/callback?code=forged&state=${state}`);
    expect(response.headers.get('location')).toBe('/sign-in/error?reason=callback_failed');
    expect(browser.cookie('ll_session')).toBeUndefined();
  });

  it('refuses a first sign-in with a new provider whose e-mail already has a Ledgerline sign-in', async () => {
    const owner = new CookieClient(server.url);
    await owner.signInWithDevProvider('ada@example.com', 'Ada');
    const accountId = (await viewerOf(owner))?.account?.id;

    github.signInAs(gitHubPerson('ADA@example.com'));
    const intruder = new CookieClient(server.url);
    const landed = await intruder.signInWith('github');
    expect(landed.pathname).toBe('/sign-in/error');
    expect(Object.fromEntries(landed.searchParams)).toEqual({
      reason: 'email_in_use',
      detail: 'Development sign-in',
      provider: 'GitHub',
    });
    expect(await viewerOf(intruder)).toBeNull();
    expect(await usersWith('ada@example.com')).toBe(1);
    const em = server.db.orm.em.fork();
    expect(await em.count(Identity, { provider: 'github', email: 'ada@example.com' })).toBe(0);
    // The address's owner sees the attempt in their account's audit log.
    expect(
      await em.count(AuditEvent, { accountId, action: 'auth.sign_in', outcome: 'failure' }),
    ).toBe(1);
  });

  it('links GitHub to a signed-in person, after which GitHub signs in that same person', async () => {
    const grace = new CookieClient(server.url);
    await grace.signInWithDevProvider('grace@example.com', 'Grace');
    const before = await viewerOf(grace);

    const person = gitHubPerson('grace@example.com');
    github.signInAs(person);
    const back = await grace.signInWith('github', { link: true });
    expect(back.pathname + back.search).toBe('/settings/security?linked=github');
    const after = await viewerOf(grace);
    expect(after?.identities.map((i) => i.provider)).toEqual(['dev', 'github']);

    github.signInAs(person);
    const laptop = new CookieClient(server.url);
    await laptop.signInWith('github');
    expect((await viewerOf(laptop))?.account?.id).toBe(before?.account?.id);
    expect(await usersWith('grace@example.com')).toBe(1);
    const em = server.db.orm.em.fork();
    expect(await em.count(AuditEvent, { action: 'auth.identity_link', outcome: 'success' })).toBe(
      1,
    );

    // Linking with an address other than the account's is fine: the person proved both.
    microsoft.signInAs({ sub: 'ms-grace', email: 'grace@navy.example', name: 'Grace' });
    await grace.signInWith('microsoft', { link: true });
    microsoft.signInAs({ sub: 'ms-grace', email: 'grace@navy.example', name: 'Grace' });
    const phone = new CookieClient(server.url);
    await phone.signInWith('microsoft');
    expect((await viewerOf(phone))?.account?.id).toBe(before?.account?.id);
  });

  it('refuses to link an identity that signs in another person, and leaves it with them', async () => {
    const person = gitHubPerson('hopper@example.com');
    github.signInAs(person);
    const owner = new CookieClient(server.url);
    await owner.signInWith('github');

    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('someone-else@example.com', 'Someone');
    github.signInAs(person);
    const landed = await other.signInWith('github', { link: true });
    expect(Object.fromEntries(landed.searchParams)).toEqual({
      reason: 'identity_in_use',
      provider: 'GitHub',
      link: '1',
    });
    expect((await viewerOf(other))?.identities.map((i) => i.provider)).toEqual(['dev']);
    expect((await viewerOf(owner))?.identities.map((i) => i.provider)).toEqual(['github']);
  });

  it('links only for a complete sign-in: not signed out, not while the second factor is owed', async () => {
    github.signInAs(gitHubPerson('nobody@example.com'));
    const anonymous = new CookieClient(server.url);
    const refused = await anonymous.signInWith('github', { link: true });
    expect(refused.pathname + refused.search).toBe(
      '/sign-in/error?reason=link_requires_sign_in&link=1',
    );

    const halfway = new CookieClient(server.url);
    await halfway.signInWithDevProvider('halfway@example.com', 'Halfway');
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `update session set second_factor_pending = true where user_id = (select id from app_user where email = 'halfway@example.com')`,
      );
    const pending = await halfway.signInWith('github', { link: true });
    expect(pending.searchParams.get('reason')).toBe('link_requires_sign_in');
    expect(await server.db.orm.em.fork().count(Identity, { email: 'nobody@example.com' })).toBe(0);
  });

  it('unlinks a sign-in method, but never the last one nor anyone else’s', async () => {
    const kay = new CookieClient(server.url);
    await kay.signInWithDevProvider('kay@example.com', 'Kay');
    const only = (await viewerOf(kay))!.identities[0]!;
    const last = await kay.graphql(unlink, { input: { id: only.id } });
    expect(last.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const person = gitHubPerson('kay@example.com');
    github.signInAs(person);
    await kay.signInWith('github', { link: true });

    const stranger = new CookieClient(server.url);
    await stranger.signInWithDevProvider('stranger@example.com', 'Stranger');
    const theirs = await stranger.graphql(unlink, { input: { id: only.id } });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const done = await kay.graphql<{ unlinkIdentity: { identities: { provider: string }[] } }>(
      unlink,
      { input: { id: only.id } },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.unlinkIdentity.identities).toEqual([{ provider: 'github' }]);
    const em = server.db.orm.em.fork();
    expect(await em.count(AuditEvent, { action: 'auth.identity_unlink', target: only.id })).toBe(1);

    // GitHub still signs Kay in; the development sign-in would now be a new person, refused
    // because the address is taken.
    github.signInAs(person);
    const again = new CookieClient(server.url);
    await again.signInWith('github');
    expect((await viewerOf(again))?.user.email).toBe('kay@example.com');
    const viaDev = new CookieClient(server.url);
    const landed = await viaDev.signInWithDevProvider('kay@example.com', 'Kay');
    expect(landed.searchParams.get('reason')).toBe('email_in_use');
    expect(landed.searchParams.get('detail')).toBe('GitHub');
  });
});
