import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../logging.js';

/** The key file of deployments without TWO_FACTOR_KEY (outside production), in DATA_DIR. */
export const twoFactorKeyFileName = 'two-factor.key';

/** Thrown when a stored secret opens with neither key (another key, or tampered data). */
export class TwoFactorSecretUnreadable extends Error {
  constructor() {
    super(
      'The two-factor secret cannot be decrypted with TWO_FACTOR_KEY (or TWO_FACTOR_KEY_PREVIOUS).',
    );
    this.name = 'TwoFactorSecretUnreadable';
  }
}

const ciphertextVersion = 'v1';

/** The keys derived from one TWO_FACTOR_KEY. */
class KeyGeneration {
  readonly encryptionKey: Buffer;
  readonly backupCodeKey: Buffer;
  /**
   * Names the key in backup-code hashes (`<fingerprint>.<hash>`), so the rotation command can
   * tell which hashes only the previous key can check. Derived one-way: it reveals nothing.
   */
  readonly fingerprint: string;

  constructor(masterKey: Buffer, variable: string) {
    if (masterKey.length !== 32) throw new Error(`${variable} must be 32 bytes`);
    const derive = (purpose: string) =>
      Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `ledgerline ${purpose}`, 32));
    this.encryptionKey = derive('two-factor secret v1');
    this.backupCodeKey = derive('two-factor backup code v1');
    this.fingerprint = derive('two-factor key fingerprint v1').toString('hex').slice(0, 8);
  }

  hashBackupCode(code: string): string {
    return createHmac('sha256', this.backupCodeKey).update(code).digest('hex');
  }
}

/** A stored secret, opened: `underPreviousKey` says it should be encrypted again. */
export interface OpenedSecret {
  secret: string;
  underPreviousKey: boolean;
}

/**
 * What TWO_FACTOR_KEY protects. Two keys are derived from it (HKDF-SHA-256) so each has one job:
 * AES-256-GCM for TOTP secrets (a random 12-byte IV each, the user id as additional data, so a
 * secret copied onto another user's row does not open), and HMAC-SHA-256 for backup codes (a
 * stolen table alone cannot be brute-forced offline).
 *
 * Rotation (docs/OPERATIONS.md): with TWO_FACTOR_KEY_PREVIOUS set, secrets and backup codes are
 * read under either key (GCM's authentication tag tells which one fits), and everything new is
 * written under TWO_FACTOR_KEY only.
 */
export class TwoFactorKeys {
  private readonly current: KeyGeneration;
  private readonly previous: KeyGeneration | null;

  constructor(masterKey: Buffer, previousMasterKey?: Buffer) {
    this.current = new KeyGeneration(masterKey, 'TWO_FACTOR_KEY');
    this.previous =
      previousMasterKey === undefined
        ? null
        : new KeyGeneration(previousMasterKey, 'TWO_FACTOR_KEY_PREVIOUS');
  }

  /** TWO_FACTOR_KEY_PREVIOUS is set: a rotation is under way. */
  get rotating(): boolean {
    return this.previous !== null;
  }

  /** How backup-code hashes made with the current key begin (`<fingerprint>.`). */
  get currentBackupCodePrefix(): string {
    return `${this.current.fingerprint}.`;
  }

  encryptSecret(secret: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.encryptionKey, iv);
    cipher.setAAD(Buffer.from(userId, 'utf8'));
    const body = Buffer.concat([
      cipher.update(secret, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [ciphertextVersion, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  decryptSecret(stored: string, userId: string): string {
    return this.openSecret(stored, userId).secret;
  }

  /** The secret under the current key, else under the previous one; unreadable under neither. */
  openSecret(stored: string, userId: string): OpenedSecret {
    const [version, ivText, bodyText] = stored.split('.');
    if (version !== ciphertextVersion || ivText === undefined || bodyText === undefined) {
      throw new TwoFactorSecretUnreadable();
    }
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== 12 || body.length <= 16) throw new TwoFactorSecretUnreadable();
    const underCurrent = openWith(this.current, iv, body, userId);
    if (underCurrent !== null) return { secret: underCurrent, underPreviousKey: false };
    const underPrevious = this.previous && openWith(this.previous, iv, body, userId);
    if (underPrevious) return { secret: underPrevious, underPreviousKey: true };
    throw new TwoFactorSecretUnreadable();
  }

  /** Keyed hash of a backup code as typed, to store; null when it cannot be a backup code. */
  hashBackupCode(typed: string): string | null {
    const code = normaliseBackupCode(typed);
    if (code === null) return null;
    return `${this.current.fingerprint}.${this.current.hashBackupCode(code)}`;
  }

  /**
   * Every stored form a typed backup code may have: under the current key and, while rotating,
   * the previous one; each with its key's fingerprint and without (hashes stored before keys had
   * fingerprints). Empty when it cannot be a backup code.
   */
  backupCodeHashCandidates(typed: string): string[] {
    const code = normaliseBackupCode(typed);
    if (code === null) return [];
    return [this.current, ...(this.previous ? [this.previous] : [])].flatMap((key) => {
      const hash = key.hashBackupCode(code);
      return [`${key.fingerprint}.${hash}`, hash];
    });
  }
}

function openWith(key: KeyGeneration, iv: Buffer, body: Buffer, userId: string): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, iv);
    decipher.setAAD(Buffer.from(userId, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

/** Crockford base32, lower case: no i, l, o or u, so codes read aloud or copied by hand survive. */
const backupCodeAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const backupCodeLength = 10;
export const backupCodeCount = 10;

/** Ten fresh codes like `7kq2m-x9d4r` (50 random bits each), shown once. */
export function newBackupCodes(): string[] {
  return Array.from({ length: backupCodeCount }, () => {
    let code = '';
    for (let i = 0; i < backupCodeLength; i++) code += backupCodeAlphabet[randomInt(32)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/**
 * A typed backup code in canonical form: case, spaces and dashes ignored, and the letters people
 * mistake for digits (o, i, l) read as 0 and 1, as Crockford's alphabet intends.
 */
export function normaliseBackupCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  return code.length === backupCodeLength && [...code].every((c) => backupCodeAlphabet.includes(c))
    ? code
    : null;
}

/**
 * The keys for this process: TWO_FACTOR_KEY (and TWO_FACTOR_KEY_PREVIOUS while rotating) when set (always in production, config.ts enforces
 * it). Tests without one get a random key for the process. Development and the embedded
 * evaluation default keep a generated key in DATA_DIR/two-factor.key (mode 0600), so enrolments
 * survive restarts; losing that file makes every enrolled authenticator unusable.
 */
export async function loadTwoFactorKeys(
  config: Pick<Config, 'env' | 'twoFactorKey' | 'database'> &
    Partial<Pick<Config, 'twoFactorKeyPrevious'>>,
  log: Logger,
): Promise<TwoFactorKeys> {
  // config.ts allows TWO_FACTOR_KEY_PREVIOUS only beside TWO_FACTOR_KEY.
  if (config.twoFactorKey !== undefined) {
    return new TwoFactorKeys(config.twoFactorKey, config.twoFactorKeyPrevious);
  }
  if (config.env === 'test') return new TwoFactorKeys(randomBytes(32));
  const path = join(config.database.dataDir, twoFactorKeyFileName);
  const existing = await readKeyFile(path);
  if (existing !== undefined) return new TwoFactorKeys(existing);
  await mkdir(config.database.dataDir, { recursive: true });
  const generated = randomBytes(32);
  try {
    await writeFile(path, `${generated.toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = await readKeyFile(path);
    if (theirs === undefined) throw error;
    return new TwoFactorKeys(theirs);
  }
  log.warn(
    { path },
    'TWO_FACTOR_KEY is not set: generated a two-factor key in the data folder (set TWO_FACTOR_KEY in production)',
  );
  return new TwoFactorKeys(generated);
}

async function readKeyFile(path: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a base64 32-byte key`);
  return key;
}
