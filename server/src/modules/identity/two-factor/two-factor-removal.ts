import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../../errors.js';
import { forgetSecondFactorFailures } from './two-factor-limiter.js';
import { TwoFactor, TwoFactorBackupCode } from './two-factor.entity.js';

/**
 * Removes a person's confirmed two-factor sign-in, their backup codes and counted failures, in the
 * caller's transaction; the number of backup codes removed. CONFLICT (TWO_FACTOR_NOT_ENABLED) when
 * they do not use it. Support's reset (modules/signin, two-factor-reset.service.ts) calls it.
 */
export async function removeConfirmedTwoFactor(
  tx: EntityManager,
  userId: string,
  email: string,
): Promise<number> {
  const factor = await tx.findOne(
    TwoFactor,
    { user: userId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (factor === null || factor.confirmedAt === null) {
    throw new AppError(
      'CONFLICT',
      `${email} does not use two-factor sign-in: there is nothing to reset. They can sign in without a code.`,
      undefined,
      { reason: 'TWO_FACTOR_NOT_ENABLED' },
    );
  }
  const backupCodesRemoved = await tx.nativeDelete(TwoFactorBackupCode, { user: userId });
  tx.remove(factor);
  await forgetSecondFactorFailures(tx, userId);
  return backupCodesRemoved;
}
