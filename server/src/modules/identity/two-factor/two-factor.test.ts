import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { Authenticator } from '../../../test/authenticator.js';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { secondFactorPendingTtlMs } from '../session.service.js';
import { TwoFactorKeys, TwoFactorSecretUnreadable } from './two-factor-crypto.js';
import { secondFactorBlockedUntil, secondFactorLimits } from './two-factor-limiter.js';

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const keyBase64 = 'c2Vjb25kLWZhY3Rvci10ZXN0LWtleS0zMi1ieXRlcyE=';

const viewerQuery = `{ viewer { signInStage user { id email } account { id }
  twoFactor { enabled backupCodesRemaining requiredByAccount } } }`;
/** What an unfinished sign-in may read of the viewer (`twoFactor` is refused it). */
const stageQuery = `{ viewer { signInStage user { id email } account { id } } }`;
const accountQuery = `{ account { id name } }`;
const start = `mutation { startTwoFactorEnrolment { otpauthUrl qrCodeDataUrl manualEntryKey } }`;
const confirm = `mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) {
  backupCodes twoFactor { enabled backupCodesRemaining } } }`;
const verify = `mutation($code: String!) { verifySecondFactor(input: { code: $code }) {
  method backupCodesRemaining } }`;
const regenerate = `mutation($code: String!) { regenerateBackupCodes(input: { code: $code }) {
  backupCodes twoFactor { backupCodesRemaining } } }`;
const disable = `mutation($code: String!) { disableTwoFactor(input: { code: $code }) {
  twoFactor { enabled backupCodesRemaining } } }`;
const requireForAccount = `mutation($required: Boolean!) {
  setAccountTwoFactorRequirement(input: { required: $required }) { id requireTwoFactor } }`;

interface ViewerData {
  viewer: {
    signInStage: string;
    user: { id: string; email: string };
    account: { id: string } | null;
    twoFactor: { enabled: boolean; backupCodesRemaining: number; requiredByAccount: boolean };
  } | null;
}
interface Enrolment {
  startTwoFactorEnrolment: { otpauthUrl: string; qrCodeDataUrl: string; manualEntryKey: string };
}
interface Confirmed {
  confirmTwoFactorEnrolment: {
    backupCodes: string[];
    twoFactor: { enabled: boolean; backupCodesRemaining: number };
  };
}

const errorOf = (answer: Answer<unknown>) => answer.errors?.[0];

describe('two-factor sign-in', () => {
  // Sessions and the attempt limit read this clock; TOTP codes are checked against real time.
  const clock = new FixedClock(new Date('2026-10-05T08:00:00Z'));
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { TWO_FACTOR_KEY: keyBase64 } });
  });
  afterAll(async () => {
    await server.close();
  });

  async function signedIn(email: string): Promise<{ client: CookieClient; landed: URL }> {
    const client = new CookieClient(server.url);
    const landed = await client.signInWithDevProvider(
      email,
      email.split('@')[0]!,
      '/billing/plans',
    );
    return { client, landed };
  }

  async function signOut(client: CookieClient): Promise<void> {
    const out = await client.request('/auth/sign-out', {
      method: 'POST',
      headers: { origin: server.url },
    });
    expect(out.status).toBe(204);
  }

  async function enrol(
    client: CookieClient,
  ): Promise<{ app: Authenticator; backupCodes: string[] }> {
    const started = await client.graphql<Enrolment>(start);
    expect(started.errors).toBeUndefined();
    const app = new Authenticator(started.data!.startTwoFactorEnrolment.manualEntryKey);
    const confirmed = await client.graphql<Confirmed>(confirm, { code: await app.nextCode() });
    expect(confirmed.errors).toBeUndefined();
    return { app, backupCodes: confirmed.data!.confirmTwoFactorEnrolment.backupCodes };
  }

  const viewerOf = async (client: CookieClient) =>
    (await client.graphql<ViewerData>(viewerQuery)).data!.viewer!;
  const stageOf = async (client: CookieClient) =>
    (await client.graphql<ViewerData>(stageQuery)).data!.viewer!;

  it('enrols with a QR code, then asks every sign-in for the code before anything else', async () => {
    const { client } = await signedIn('ada@example.com');
    const started = await client.graphql<Enrolment>(start);
    const enrolment = started.data!.startTwoFactorEnrolment;
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.manualEntryKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);
    const url = new URL(enrolment.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Ledgerline:ada@example.com');
    expect(url.searchParams.get('issuer')).toBe('Ledgerline');
    expect(url.searchParams.get('secret')).toBe(enrolment.manualEntryKey.replace(/ /g, ''));

    // Not on yet: a sign-in now does not ask for a code.
    expect((await viewerOf(client)).twoFactor.enabled).toBe(false);
    const app = new Authenticator(enrolment.manualEntryKey);
    const wrong = await client.graphql<Confirmed>(confirm, { code: '000000' });
    expect(errorOf(wrong)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await client.graphql<Confirmed>(confirm, { code: await app.nextCode() });
    const { backupCodes, twoFactor } = confirmed.data!.confirmTwoFactorEnrolment;
    expect(twoFactor).toEqual({ enabled: true, backupCodesRemaining: 10 });
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    for (const code of backupCodes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    // This session stays signed in.
    expect((await client.graphql(accountQuery)).data).toMatchObject({ account: { name: 'ada' } });

    await signOut(client);
    const again = await signedIn('ada@example.com');
    expect(again.landed.pathname).toBe('/sign-in/two-factor');
    expect(again.landed.searchParams.get('returnTo')).toBe('/billing/plans');
    const pending = await stageOf(again.client);
    expect(pending.signInStage).toBe('SECOND_FACTOR');
    expect(pending.account).toBeNull();
    const status = await again.client.graphql(`{ viewer { twoFactor { enabled } } }`);
    expect(errorOf(status)?.extensions).toMatchObject({ reason: 'SECOND_FACTOR_REQUIRED' });
    const refused = await again.client.graphql(accountQuery);
    expect(refused.data).toBeNull();
    expect(errorOf(refused)?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'SECOND_FACTOR_REQUIRED',
    });
    // The viewer still loads (the web app needs it for the second-factor page), with no accounts.
    const accounts = await again.client.graphql(`{ viewer { accounts { account { id } } } }`);
    expect(accounts).toEqual({ data: { viewer: { accounts: [] } } });

    const verified = await again.client.graphql(verify, { code: await app.nextCode() });
    expect(verified.data).toEqual({
      verifySecondFactor: { method: 'TOTP', backupCodesRemaining: 10 },
    });
    expect((await viewerOf(again.client)).signInStage).toBe('COMPLETE');
    expect((await again.client.graphql(accountQuery)).data).toMatchObject({
      account: { name: 'ada' },
    });
    // Finished: there is nothing left to verify.
    const twice = await again.client.graphql(verify, { code: '123456' });
    expect(errorOf(twice)?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    // A used code does not work a second time, from another sign-in either.
    const third = await signedIn('ada@example.com');
    const replayed = await third.client.graphql(verify, { code: await app.replayLastCode() });
    expect(errorOf(replayed)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    // A backup code works once, typed in any case and with spaces.
    const byBackup = await third.client.graphql(verify, {
      code: ` ${backupCodes[0]!.toUpperCase().replace('-', ' ')} `,
    });
    expect(byBackup.data).toEqual({
      verifySecondFactor: { method: 'BACKUP_CODE', backupCodesRemaining: 9 },
    });
    const fourth = await signedIn('ada@example.com');
    const spent = await fourth.client.graphql(verify, { code: backupCodes[0] });
    expect(errorOf(spent)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await stageOf(fourth.client)).signInStage).toBe('SECOND_FACTOR');

    const [audit] = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ methods: string[]; failures: number }[]>(
        `select array_agg(summary->>'method' order by occurred_at, id)
                  filter (where outcome = 'success') as methods,
                count(*) filter (where outcome = 'failure')::int as failures
           from audit_event where action = 'auth.second_factor' and actor_user_id = ?`,
        [pending.user.id],
      );
    expect(audit).toEqual({ methods: ['totp', 'backup_code'], failures: 2 });
  });

  it('refuses codes after five wrong ones in 15 minutes, even the right one, until the window passes', async () => {
    const { client } = await signedIn('grace@example.com');
    const { app } = await enrol(client);
    await signOut(client);
    const { client: browser } = await signedIn('grace@example.com');
    for (let attempt = 1; attempt <= secondFactorLimits.perUser; attempt++) {
      const wrong = await browser.graphql(verify, { code: String(100000 + attempt) });
      expect(errorOf(wrong)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      clock.advance(60_000);
    }
    const right = await app.nextCode();
    const limited = await browser.graphql(verify, { code: right });
    const firstFailureAt = clock.now().getTime() - secondFactorLimits.perUser * 60_000;
    expect(errorOf(limited)?.extensions).toEqual({
      code: 'RATE_LIMITED',
      resetAt: new Date(firstFailureAt + secondFactorLimits.windowMs).toISOString(),
    });
    // Other people are not affected.
    const other = await signedIn('linus@example.com');
    expect((await other.client.graphql(accountQuery)).errors).toBeUndefined();

    clock.set(new Date(firstFailureAt + secondFactorLimits.windowMs + 1));
    // The pending sign-in itself has ended by now (10 minutes): sign in again.
    expect(secondFactorPendingTtlMs).toBeLessThan(secondFactorLimits.windowMs);
    expect((await browser.graphql<ViewerData>(viewerQuery)).data?.viewer).toBeNull();
    const { client: later } = await signedIn('grace@example.com');
    const accepted = await later.graphql(verify, { code: right });
    expect(accepted.data).toMatchObject({ verifySecondFactor: { method: 'TOTP' } });
  });

  it('limits wrong codes per client address across people', async () => {
    const em = server.db.orm.em.fork();
    const users = await em
      .getConnection()
      .execute<{ id: string }[]>(`select id from app_user order by id limit 2`);
    const now = clock.now();
    const rows = Array.from({ length: secondFactorLimits.perIp }, (_, i) => [
      `tff_ip_${i}`,
      users[i % 2]!.id,
      new Date(now.getTime() - (secondFactorLimits.perIp - i) * 1000),
    ]);
    for (const [id, userId, at] of rows) {
      await em
        .getConnection()
        .execute(
          `insert into two_factor_failure (id, user_id, ip, occurred_at) values (?, ?, '203.0.113.9', ?)`,
          [id, userId, at],
        );
    }
    const blockedUntil = await secondFactorBlockedUntil(em, 'usr_someone_else', '203.0.113.9', now);
    expect(blockedUntil?.toISOString()).toBe(
      new Date(
        now.getTime() - secondFactorLimits.perIp * 1000 + secondFactorLimits.windowMs,
      ).toISOString(),
    );
    expect(await secondFactorBlockedUntil(em, 'usr_someone_else', '203.0.113.10', now)).toBeNull();
    await em.getConnection().execute(`delete from two_factor_failure where ip = '203.0.113.9'`);
  });

  it('stores the secret encrypted with TWO_FACTOR_KEY, bound to its user, and backup codes only hashed', async () => {
    const { client } = await signedIn('hedy@example.com');
    const started = await client.graphql<Enrolment>(start);
    const secret = started.data!.startTwoFactorEnrolment.manualEntryKey.replace(/ /g, '');
    const userId = (await viewerOf(client)).user.id;
    const app = new Authenticator(secret);
    const confirmed = await client.graphql<Confirmed>(confirm, { code: await app.nextCode() });
    const backupCodes = confirmed.data!.confirmTwoFactorEnrolment.backupCodes;

    const connection = server.db.orm.em.fork().getConnection();
    const [row] = await connection.execute<{ secret_ciphertext: string }[]>(
      `select secret_ciphertext from two_factor where user_id = ?`,
      [userId],
    );
    const stored = row!.secret_ciphertext;
    expect(stored).toMatch(/^v1\.[\w-]{16}\.[\w-]+$/);
    expect(stored).not.toContain(secret);
    expect(Buffer.from(stored.split('.')[2]!, 'base64url').toString('latin1')).not.toContain(
      secret,
    );
    const keys = new TwoFactorKeys(Buffer.from(keyBase64, 'base64'));
    expect(keys.decryptSecret(stored, userId)).toBe(secret);
    const otherKey = new TwoFactorKeys(Buffer.alloc(32, 7));
    expect(() => otherKey.decryptSecret(stored, userId)).toThrow(TwoFactorSecretUnreadable);
    expect(() => keys.decryptSecret(stored, 'usr_somebody_else')).toThrow(
      TwoFactorSecretUnreadable,
    );

    const hashes = await connection.execute<{ code_hash: string }[]>(
      `select code_hash from two_factor_backup_code where user_id = ?`,
      [userId],
    );
    expect(hashes).toHaveLength(10);
    const everything = JSON.stringify(
      await connection.execute(`select * from two_factor_backup_code`),
    );
    for (const code of backupCodes) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replace('-', ''));
    }
    expect(hashes.map((h) => h.code_hash).sort()).toEqual(
      backupCodes.map((code) => keys.hashBackupCode(code)).sort(),
    );
  });

  it('regenerates backup codes and turns off only with a code', async () => {
    const { client } = await signedIn('barbara@example.com');
    const { backupCodes } = await enrol(client);

    const regenerated = await client.graphql<{
      regenerateBackupCodes: { backupCodes: string[]; twoFactor: { backupCodesRemaining: number } };
    }>(regenerate, { code: backupCodes[0] });
    const fresh = regenerated.data!.regenerateBackupCodes;
    expect(fresh.backupCodes).toHaveLength(10);
    expect(fresh.twoFactor.backupCodesRemaining).toBe(10);
    expect(fresh.backupCodes).not.toContain(backupCodes[1]);

    const wrong = await client.graphql(disable, { code: backupCodes[1] });
    expect(errorOf(wrong)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const off = await client.graphql(disable, { code: fresh.backupCodes[3] });
    expect(off.data).toEqual({
      disableTwoFactor: { twoFactor: { enabled: false, backupCodesRemaining: 0 } },
    });
    await signOut(client);
    const again = await signedIn('barbara@example.com');
    expect(again.landed.pathname).toBe('/billing/plans');
    expect((await viewerOf(again.client)).signInStage).toBe('COMPLETE');

    const actions = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; outcome: string }[]>(
        `select action, outcome from audit_event where action like 'two_factor.%'
           and actor_user_id = (select id from app_user where email = 'barbara@example.com')
         order by occurred_at, id`,
      );
    expect(actions.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'two_factor.enrolment_start:success',
      'two_factor.enable:success',
      'two_factor.backup_codes_regenerate:success',
      'two_factor.disable:failure',
      'two_factor.disable:success',
    ]);
  });

  it('lets an admin require it; members without it can then only enrol', async () => {
    const { client: admin } = await signedIn('margaret@example.com');
    const accountId = (await viewerOf(admin)).account!.id;

    const onFree = await admin.graphql(requireForAccount, { required: true });
    expect(errorOf(onFree)?.extensions).toMatchObject({
      code: 'PLAN_LIMIT',
      feature: 'require_2fa',
      upgradePlan: 'advanced',
    });
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `update account set plan_id = (select id from plan where code = 'advanced') where id = ?`,
        [accountId],
      );
    const notYourself = await admin.graphql(requireForAccount, { required: true });
    expect(errorOf(notYourself)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'required',
    });
    const adminApp = (await enrol(admin)).app;
    const required = await admin.graphql(requireForAccount, { required: true });
    expect(required.data).toEqual({
      setAccountTwoFactorRequirement: { id: accountId, requireTwoFactor: true },
    });

    const viewer = await memberOf(server, accountId, 'VIEWER');
    const stage = await viewer.graphql<ViewerData>(viewerQuery);
    expect(stage.data!.viewer).toMatchObject({
      signInStage: 'TWO_FACTOR_ENROLMENT',
      account: null,
      twoFactor: { enabled: false, requiredByAccount: true },
    });
    const refused = await viewer.graphql(accountQuery);
    expect(errorOf(refused)?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'TWO_FACTOR_REQUIRED',
    });
    await enrol(viewer);
    expect((await viewerOf(viewer)).signInStage).toBe('COMPLETE');
    expect((await viewer.graphql(accountQuery)).data).toMatchObject({ account: { id: accountId } });

    // Required: nobody can turn it off, until the admin stops requiring it.
    const keep = await admin.graphql(disable, { code: await adminApp.nextCode() });
    expect(errorOf(keep)?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'TWO_FACTOR_REQUIRED',
    });
    const viewerTurnsOff = await viewer.graphql(requireForAccount, { required: false });
    expect(errorOf(viewerTurnsOff)?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const lifted = await admin.graphql(requireForAccount, { required: false });
    expect(lifted.data).toEqual({
      setAccountTwoFactorRequirement: { id: accountId, requireTwoFactor: false },
    });
    const [change] = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ summary: unknown }[]>(
        `select summary from audit_event where action = 'account.two_factor_requirement'
           and account_id = ? order by occurred_at desc, id desc limit 1`,
        [accountId],
      );
    expect(change!.summary).toEqual({ requireTwoFactor: { from: true, to: false } });
  });
});
