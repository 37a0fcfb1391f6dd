import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../logging.js';
import {
  rotateTwoFactorSecrets,
  type TwoFactorKeyRotationReport,
  TwoFactorKeys,
} from '../../modules/identity/index.js';
import { openDatabase } from '../database.js';

/**
 * `npm run rotate-two-factor-key`: re-encrypts every two-factor secret still under
 * TWO_FACTOR_KEY_PREVIOUS with TWO_FACTOR_KEY, then says whether TWO_FACTOR_KEY_PREVIOUS can be
 * removed (docs/OPERATIONS.md). Without TWO_FACTOR_KEY_PREVIOUS it only checks that every secret
 * opens with TWO_FACTOR_KEY. Exits 1 when a secret opens with neither key.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

function summary(report: TwoFactorKeyRotationReport): string {
  return `${report.checked} two-factor secrets checked, ${report.reEncrypted} re-encrypted with TWO_FACTOR_KEY, ${report.unreadable} unreadable`;
}

try {
  const config = loadConfig();
  if (config.twoFactorKey === undefined) {
    throw new ConfigError(
      'TWO_FACTOR_KEY',
      'set to the new key (and TWO_FACTOR_KEY_PREVIOUS to the old one) to rotate two-factor keys',
    );
  }
  const keys = new TwoFactorKeys(config.twoFactorKey, config.twoFactorKeyPrevious);
  const log = createLogger(config.logLevel);
  // The server's schema is the one to work on: no migrations from here.
  const db = await openDatabase(config, log, { migrate: false });
  let report: TwoFactorKeyRotationReport;
  try {
    if (!keys.rotating) {
      say(
        'TWO_FACTOR_KEY_PREVIOUS is not set: checking that every secret opens with TWO_FACTOR_KEY.',
      );
    }
    report = await rotateTwoFactorSecrets(db.orm.em.fork(), keys, {
      onBatch: (progress) => say(`… ${summary(progress)}`),
    });
  } finally {
    await db.close();
  }
  say(summary(report));
  if (report.unreadable > 0) {
    say(
      `${report.unreadable} secrets open with neither TWO_FACTOR_KEY nor TWO_FACTOR_KEY_PREVIOUS. Is TWO_FACTOR_KEY_PREVIOUS the key they were encrypted with? Keep it set and do not remove the old key until this command reports 0 unreadable.`,
    );
    process.exit(1);
  }
  if (report.peopleWithOldBackupCodes > 0) {
    say(
      `${report.peopleWithOldBackupCodes} people still have unused backup codes made under TWO_FACTOR_KEY_PREVIOUS. Codes are stored hashed, so they cannot be re-keyed: they work while TWO_FACTOR_KEY_PREVIOUS is set and stop when it is removed. Ask those people to make new backup codes (Security page) first, or accept that support resets their two-factor sign-in if they need an old code.`,
    );
  }
  say(
    keys.rotating
      ? 'Every secret is under TWO_FACTOR_KEY now: TWO_FACTOR_KEY_PREVIOUS can be removed (restart afterwards).'
      : 'Every secret opens with TWO_FACTOR_KEY.',
  );
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
