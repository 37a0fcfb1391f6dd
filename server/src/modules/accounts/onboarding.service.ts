import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
import type { Account } from './account.entity.js';
import {
  applyAccountPreferences,
  checkAccountPreferences,
  fieldErrorsError,
  recordPreferencesSaved,
  type AccountPreferencesInput,
  type PreferenceFieldError,
  type ValidAccountPreferences,
} from './account-preferences.service.js';
import { lockAccount, validateAccountName } from './account.service.js';

/** The first-run wizard's answers (SPEC §7 "first-run onboarding"): the name, then preferences. */
export interface OnboardingInput extends AccountPreferencesInput {
  companyName: string;
}

/**
 * Every field at once (BAD_USER_INPUT naming the first field, with `fieldErrors` for all), so the
 * wizard can put each message beside its own field.
 */
async function validateOnboarding(
  em: EntityManager,
  input: OnboardingInput,
): Promise<ValidAccountPreferences & { companyName: string }> {
  const errors: PreferenceFieldError<keyof OnboardingInput>[] = [];
  let companyName = '';
  try {
    companyName = validateAccountName(input.companyName);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.push({ field: 'companyName', message: error.message });
  }
  const preferences = await checkAccountPreferences(em, input, errors);
  if (preferences === null || errors.length > 0) throw fieldErrorsError(errors);
  return { ...preferences, companyName };
}

/**
 * Saves the wizard's answers: the account name and the preferences (country, billing e-mail,
 * preferred currency, alert topics; billing details follow), and marks the account onboarded.
 * Running it again later just updates the answers (the first completion time stays).
 */
export async function completeOnboarding(
  em: EntityManager,
  accountId: string,
  input: OnboardingInput,
  actor: Actor,
  clock: Clock,
): Promise<Account> {
  const valid = await validateOnboarding(em, input);
  return em.transactional(async (tx) => {
    const account = await lockAccount(tx, accountId);
    const now = clock.now();
    const changed: string[] = [];
    if (account.name !== valid.companyName) changed.push('name');
    account.name = valid.companyName;
    await applyAccountPreferences(tx, account, valid, now, changed);
    const firstTime = account.onboardedAt === null;
    account.onboardedAt ??= now;
    account.updatedAt = now;

    recordPreferencesSaved(
      tx,
      firstTime ? 'account.onboarding_complete' : 'account.onboarding_update',
      { accountId, actor, now },
      changed,
      valid,
    );
    return account;
  });
}

/**
 * "Skip for now": sign-in stops sending Billing Admins to the wizard; Overview keeps offering it
 * until it is completed. Nothing to do once the account is onboarded or already skipped.
 */
export async function skipOnboarding(
  em: EntityManager,
  accountId: string,
  actor: Actor,
  clock: Clock,
): Promise<Account> {
  return em.transactional(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (account.onboardedAt !== null || account.onboardingSkippedAt !== null) return account;
    const now = clock.now();
    account.onboardingSkippedAt = now;
    recordAuditBy(tx, actor, {
      action: 'account.onboarding_skip',
      occurredAt: now,
      accountId,
      target: accountId,
    });
    return account;
  });
}
