import 'reflect-metadata';
import { Authenticator, enrolTwoFactor, verifySecondFactor } from '../../../test/authenticator.js';
import { CookieClient } from '../../../test/browser.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { TwoFactorKeys, TwoFactorSecretUnreadable } from './two-factor-crypto.js';
import { rotateTwoFactorSecrets } from './two-factor-key-rotation.js';

const oldKey = 'b2xkLXR3by1mYWN0b3Ita2V5LTMyLWJ5dGVzLWxvbmc=';
const newKey = 'bmV3LXR3by1mYWN0b3Ita2V5LTMyLWJ5dGVzLWxvbmc=';
const wrongKey = 'd3JvbmctdHdvLWZhY3Rvci1rZXktMzItYnl0ZXMtbG8=';
const keyOf = (base64: string) => Buffer.from(base64, 'base64');

describe('rotating TWO_FACTOR_KEY', () => {
  let database: TestDatabase;
  let server: TestServer | undefined;
  const apps = new Map<string, { app: Authenticator; backupCodes: string[] }>();

  /** The portal over the same database, as after a restart with other keys. */
  async function restartWith(env: Record<string, string>): Promise<TestServer> {
    await server?.close();
    server = await startTestServer({ database, env });
    return server;
  }

  async function signIn(email: string): Promise<{ client: CookieClient; landed: URL }> {
    const client = new CookieClient(server!.url);
    const landed = await client.signInWithDevProvider(email, email.split('@')[0]!, '/');
    return { client, landed };
  }

  /** Signs in with a code from the person's app; answers how the sign-in ended. */
  async function signInWithCode(email: string, code?: string): Promise<string | undefined> {
    const { client, landed } = await signIn(email);
    expect(landed.pathname).toBe('/sign-in/two-factor');
    const verified = await verifySecondFactor(
      client,
      code ?? (await apps.get(email)!.app.nextCode()),
    );
    return verified.errors?.[0]?.message ?? verified.data?.verifySecondFactor.method;
  }

  const storedSecret = async (email: string) => {
    const [row] = await server!.db.orm.em
      .fork()
      .getConnection()
      .execute<{ secret_ciphertext: string; user_id: string }[]>(
        `select t.secret_ciphertext, t.user_id from two_factor t
           join app_user u on u.id = t.user_id where u.email = ?`,
        [email],
      );
    return row!;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await restartWith({ TWO_FACTOR_KEY: oldKey });
    for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) {
      const { client } = await signIn(email);
      apps.set(email, await enrolTwoFactor(client));
    }
  });
  afterAll(async () => {
    await server?.close();
    await database.drop();
  });

  it('reads old secrets with the previous key, moves them on use, and the command moves the rest', async () => {
    await restartWith({ TWO_FACTOR_KEY: newKey, TWO_FACTOR_KEY_PREVIOUS: oldKey });
    const rotating = new TwoFactorKeys(keyOf(newKey), keyOf(oldKey));
    const onlyNew = new TwoFactorKeys(keyOf(newKey));

    // Ada signs in with her app: her secret opens with the old key and is re-encrypted.
    const before = await storedSecret('ada@example.com');
    expect(() => onlyNew.decryptSecret(before.secret_ciphertext, before.user_id)).toThrow(
      TwoFactorSecretUnreadable,
    );
    expect(await signInWithCode('ada@example.com')).toBe('TOTP');
    const after = await storedSecret('ada@example.com');
    expect(after.secret_ciphertext).not.toBe(before.secret_ciphertext);
    expect(onlyNew.decryptSecret(after.secret_ciphertext, after.user_id)).toBe(
      rotating.decryptSecret(before.secret_ciphertext, before.user_id),
    );
    // Backup codes made under the old key still work while it is the previous key.
    expect(
      await signInWithCode('alan@example.com', apps.get('alan@example.com')!.backupCodes[0]),
    ).toBe('BACKUP_CODE');

    // The command re-encrypts the two secrets nobody used yet, a batch at a time.
    const batches: number[] = [];
    const report = await rotateTwoFactorSecrets(server!.db.orm.em.fork(), rotating, {
      batchSize: 2,
      onBatch: (progress) => batches.push(progress.checked),
    });
    expect(report).toEqual({
      checked: 3,
      reEncrypted: 2,
      unreadable: 0,
      // Their hashes cannot move to the new key: the command says whose would stop working.
      peopleWithOldBackupCodes: 3,
    });
    expect(batches).toEqual([2, 3]);
    const again = await rotateTwoFactorSecrets(server!.db.orm.em.fork(), rotating);
    expect(again.reEncrypted).toBe(0);

    // Without the previous key, the authenticators moved by the command still work (Ada's app
    // has no fresh code yet: the server accepts one step ahead only, and it was shown above).
    await restartWith({ TWO_FACTOR_KEY: newKey });
    for (const email of ['grace@example.com', 'alan@example.com']) {
      expect(await signInWithCode(email)).toBe('TOTP');
    }
    const check = await rotateTwoFactorSecrets(server!.db.orm.em.fork(), onlyNew);
    expect(check).toMatchObject({ checked: 3, reEncrypted: 0, unreadable: 0 });
  });

  it('reports secrets that open with neither key when the previous key is wrong', async () => {
    const { client } = await signIn('edsger@example.com');
    await enrolTwoFactor(client); // under the new key
    // The next rotation (to another key), with a wrong TWO_FACTOR_KEY_PREVIOUS: no secret opens,
    // none is rewritten, and the report says so.
    const wrong = new TwoFactorKeys(keyOf(oldKey), keyOf(wrongKey));
    const report = await rotateTwoFactorSecrets(server!.db.orm.em.fork(), wrong);
    expect(report).toMatchObject({ checked: 4, reEncrypted: 0, unreadable: 4 });
    const still = await storedSecret('edsger@example.com');
    expect(
      new TwoFactorKeys(keyOf(newKey)).decryptSecret(still.secret_ciphertext, still.user_id),
    ).toMatch(/^[A-Z2-7]+$/);
  });
});
