import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TwoFactorSecretUnreadable, type TwoFactorKeys } from './two-factor-crypto.js';
import { TwoFactor } from './two-factor.entity.js';

export interface TwoFactorKeyRotationReport {
  /** Secrets looked at. */
  checked: number;
  /** Secrets that were under TWO_FACTOR_KEY_PREVIOUS and are now under TWO_FACTOR_KEY. */
  reEncrypted: number;
  /** Secrets that open with neither key: wrong TWO_FACTOR_KEY_PREVIOUS, or another key. */
  unreadable: number;
  /**
   * People with unused backup codes only TWO_FACTOR_KEY_PREVIOUS can check. Codes are stored
   * as keyed hashes, so they cannot be moved to the new key: those people make new ones (or
   * their codes stop working when TWO_FACTOR_KEY_PREVIOUS is removed).
   */
  peopleWithOldBackupCodes: number;
}

export const defaultRotationBatchSize = 500;

/**
 * Re-encrypts every TOTP secret still under TWO_FACTOR_KEY_PREVIOUS with TWO_FACTOR_KEY, a batch
 * a transaction (rows locked, so a sign-in using the same secret waits rather than racing),
 * walking the table by id so it finishes however many rows there are. Safe to run twice and
 * beside running servers: a secret already under the current key is left as it is.
 */
export async function rotateTwoFactorSecrets(
  em: EntityManager,
  keys: TwoFactorKeys,
  options: {
    batchSize?: number;
    onBatch?: (report: Readonly<TwoFactorKeyRotationReport>) => void;
  } = {},
): Promise<TwoFactorKeyRotationReport> {
  const batchSize = options.batchSize ?? defaultRotationBatchSize;
  const report: TwoFactorKeyRotationReport = {
    checked: 0,
    reEncrypted: 0,
    unreadable: 0,
    peopleWithOldBackupCodes: 0,
  };
  let after = '';
  for (;;) {
    const batch = await em.fork().transactional(async (tx) => {
      const factors = await tx.find(
        TwoFactor,
        { id: { $gt: after } },
        { orderBy: { id: 'asc' }, limit: batchSize, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      for (const factor of factors) {
        report.checked++;
        try {
          const opened = keys.openSecret(factor.secretCiphertext, factor.user.id);
          if (opened.underPreviousKey) {
            factor.secretCiphertext = keys.encryptSecret(opened.secret, factor.user.id);
            report.reEncrypted++;
          }
        } catch (error) {
          if (!(error instanceof TwoFactorSecretUnreadable)) throw error;
          report.unreadable++;
        }
      }
      return factors.map((factor) => factor.id);
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!;
    options.onBatch?.(report);
    if (batch.length < batchSize) break;
  }
  if (keys.rotating) {
    const [row] = await em
      .fork()
      .getConnection()
      .execute<{ people: number }[]>(
        `select count(distinct user_id)::int as people from two_factor_backup_code
          where used_at is null and code_hash not like ?`,
        [`${keys.currentBackupCodePrefix}%`],
      );
    report.peopleWithOldBackupCodes = row?.people ?? 0;
  }
  return report;
}
