import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import {
  TwoFactorKeys,
  TwoFactorSecretUnreadable,
  loadTwoFactorKeys,
  newBackupCodes,
  normaliseBackupCode,
  twoFactorKeyFileName,
} from './two-factor-crypto.js';

const log = pino({ level: 'silent' });

describe('two-factor keys and codes', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ledgerline-2fa-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('generates a key file readable by its owner only and reuses it on the next start', async () => {
    const config = {
      env: 'development' as const,
      twoFactorKey: undefined,
      database: { url: undefined, poolMax: 1, dataDir },
    };
    const first = await loadTwoFactorKeys(config, log);
    const path = join(dataDir, twoFactorKeyFileName);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')).toHaveLength(32);
    const sealed = first.encryptSecret('JBSWY3DPEHPK3PXP', 'usr_1');
    const second = await loadTwoFactorKeys(config, log);
    expect(second.decryptSecret(sealed, 'usr_1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('uses TWO_FACTOR_KEY when set and writes nothing', async () => {
    const key = Buffer.alloc(32, 3);
    const config = {
      env: 'development' as const,
      twoFactorKey: key,
      database: { url: undefined, poolMax: 1, dataDir },
    };
    const keys = await loadTwoFactorKeys(config, log);
    await expect(stat(join(dataDir, twoFactorKeyFileName))).rejects.toThrow(/ENOENT/);
    const sealed = keys.encryptSecret('JBSWY3DPEHPK3PXP', 'usr_1');
    // A fresh IV each time: the same secret never encrypts to the same text.
    expect(keys.encryptSecret('JBSWY3DPEHPK3PXP', 'usr_1')).not.toBe(sealed);
  });

  it('reads secrets and backup codes under the previous key while rotating, and writes under the new one', () => {
    const oldKeys = new TwoFactorKeys(Buffer.alloc(32, 1));
    const rotating = new TwoFactorKeys(Buffer.alloc(32, 2), Buffer.alloc(32, 1));
    const newOnly = new TwoFactorKeys(Buffer.alloc(32, 2));
    const sealed = oldKeys.encryptSecret('JBSWY3DPEHPK3PXP', 'usr_1');
    expect(rotating.openSecret(sealed, 'usr_1')).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      underPreviousKey: true,
    });
    expect(() => newOnly.openSecret(sealed, 'usr_1')).toThrow(TwoFactorSecretUnreadable);
    const resealed = rotating.encryptSecret('JBSWY3DPEHPK3PXP', 'usr_1');
    expect(newOnly.openSecret(resealed, 'usr_1').underPreviousKey).toBe(false);

    const oldHash = oldKeys.hashBackupCode('7kq2m-x9d4r')!;
    expect(oldHash).toMatch(/^[0-9a-f]{8}\.[0-9a-f]{64}$/);
    expect(rotating.backupCodeHashCandidates('7KQ2M X9D4R')).toContain(oldHash);
    // Hashes stored before they carried the key's fingerprint still match.
    expect(oldKeys.backupCodeHashCandidates('7kq2m-x9d4r')).toContain(oldHash.split('.')[1]);
    expect(newOnly.backupCodeHashCandidates('7kq2m-x9d4r')).not.toContain(oldHash);
    expect(rotating.hashBackupCode('7kq2m-x9d4r')).toBe(newOnly.hashBackupCode('7kq2m-x9d4r'));
  });

  it('makes ten distinct backup codes and reads them back however they are typed', () => {
    const codes = newBackupCodes();
    expect(new Set(codes).size).toBe(10);
    expect(normaliseBackupCode('7KQ2M X9D4R')).toBe('7kq2mx9d4r');
    expect(normaliseBackupCode('okq2m-x9d4l')).toBe('0kq2mx9d41');
    expect(normaliseBackupCode('123456')).toBeNull();
    expect(normaliseBackupCode('7kq2m-x9d4u')).toBeNull();
  });
});
