import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
import { catalogCurrencies } from '../catalog/catalog.service.js';
import { Account } from './account.entity.js';
import { lockAccount } from './account.service.js';
import { normalizeAlertTopics, type AlertTopic } from './alert-topics.js';
import { BillingDetails } from './billing-details.entity.js';
import {
  billingEmailProblem,
  countryProblem,
  normalizeBillingEmail,
  normalizeCountry,
  validateBillingDetails,
} from './billing-details.service.js';

/**
 * The account's preferences: what the first-run wizard asks after the company name, and what
 * Account settings › Preferences edits later.
 */
export interface AccountPreferencesInput {
  country: string;
  currency: string;
  billingEmail: string;
  alerts: readonly AlertTopic[];
}

export interface ValidAccountPreferences {
  country: string;
  currency: string;
  billingEmail: string;
  alerts: AlertTopic[];
}

export interface PreferenceFieldError<Field extends string = keyof AccountPreferencesInput> {
  field: Field;
  message: string;
}

/**
 * Checks every preference, adding a message per wrong field to `errors` (so callers with more
 * fields, like the wizard, can report them all at once); null when any is wrong.
 */
export async function checkAccountPreferences(
  em: EntityManager,
  input: AccountPreferencesInput,
  errors: PreferenceFieldError<string>[],
): Promise<ValidAccountPreferences | null> {
  const before = errors.length;
  const country = normalizeCountry(input.country);
  if (country === null) errors.push({ field: 'country', message: countryProblem });
  const currency = input.currency.trim().toUpperCase();
  const sold = await catalogCurrencies(em);
  if (!sold.includes(currency)) {
    errors.push({ field: 'currency', message: `Choose one of ${sold.join(', ')}.` });
  }
  const billingEmail = normalizeBillingEmail(input.billingEmail);
  if (billingEmail === null) errors.push({ field: 'billingEmail', message: billingEmailProblem });
  if (country === null || billingEmail === null || errors.length > before) return null;
  return { country, currency, billingEmail, alerts: normalizeAlertTopics(input.alerts) };
}

/** BAD_USER_INPUT naming the first field, with `fieldErrors` for all (as billing details do). */
export function fieldErrorsError(errors: readonly PreferenceFieldError<string>[]): AppError {
  const first = errors[0]!;
  return new AppError('BAD_USER_INPUT', first.message, first.field, { fieldErrors: errors });
}

async function validateAccountPreferences(
  em: EntityManager,
  input: AccountPreferencesInput,
): Promise<ValidAccountPreferences> {
  const errors: PreferenceFieldError[] = [];
  const valid = await checkAccountPreferences(em, input, errors);
  if (valid === null) throw fieldErrorsError(errors);
  return valid;
}

/**
 * Sets the preferences on a locked account, naming what changed in `changed`. When billing
 * details exist, their country and e-mail change too, checked as a whole, so the address on
 * invoices never stops being valid.
 */
export async function applyAccountPreferences(
  tx: EntityManager,
  account: Account,
  valid: ValidAccountPreferences,
  now: Date,
  changed: string[],
): Promise<void> {
  const set = <K extends 'country' | 'billingEmail' | 'preferredCurrency'>(
    key: K,
    value: Account[K],
  ) => {
    if (account[key] !== value) changed.push(key);
    account[key] = value;
  };
  set('country', valid.country);
  set('billingEmail', valid.billingEmail);
  set('preferredCurrency', valid.currency);
  if (account.alertTopics.join() !== valid.alerts.join()) changed.push('alertTopics');
  account.alertTopics = valid.alerts;

  const details = await tx.findOne(BillingDetails, { account: account.id });
  if (
    details !== null &&
    (details.country !== valid.country || details.billingEmail !== valid.billingEmail)
  ) {
    const checked = checkedBillingDetails(details, valid);
    tx.assign(details, { country: checked.country, billingEmail: checked.billingEmail });
    details.updatedAt = now;
    changed.push('billingDetails');
  }
}

/**
 * Audits a save of the preferences (by the wizard or in Account settings): which fields changed,
 * the currency and the topics.
 */
export function recordPreferencesSaved(
  tx: EntityManager,
  action: string,
  { accountId, actor, now }: { accountId: string; actor: Actor; now: Date },
  changed: readonly string[],
  valid: ValidAccountPreferences,
): void {
  recordAuditBy(tx, actor, {
    action,
    occurredAt: now,
    accountId,
    target: accountId,
    // Field names, the currency and topics: the e-mail address is personal data.
    summary: { fields: changed, currency: valid.currency, alerts: valid.alerts },
  });
}

/**
 * Account settings › Preferences: changes the answers given at onboarding without touching
 * whether the account was onboarded (an account that skipped the wizard is still offered it).
 * Saving the same answers again changes and records nothing.
 */
export async function updateAccountPreferences(
  em: EntityManager,
  accountId: string,
  input: AccountPreferencesInput,
  actor: Actor,
  clock: Clock,
): Promise<Account> {
  const valid = await validateAccountPreferences(em, input);
  return em.transactional(async (tx) => {
    const account = await lockAccount(tx, accountId);
    const now = clock.now();
    const changed: string[] = [];
    await applyAccountPreferences(tx, account, valid, now, changed);
    if (changed.length === 0) return account;
    account.updatedAt = now;
    recordPreferencesSaved(
      tx,
      'account.preferences_update',
      { accountId, actor, now },
      changed,
      valid,
    );
    return account;
  });
}

/**
 * The stored billing details with the new country and e-mail, validated as a whole: a postal code
 * or tax id that does not fit the new country is reported on `country`, the field both forms have.
 */
function checkedBillingDetails(details: BillingDetails, valid: ValidAccountPreferences) {
  try {
    return validateBillingDetails({
      legalName: details.legalName,
      billingEmail: valid.billingEmail,
      line1: details.line1,
      line2: details.line2,
      city: details.city,
      region: details.region,
      postalCode: details.postalCode,
      country: valid.country,
      taxIdType: details.taxIdType,
      taxIdValue: details.taxIdValue,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      'BAD_USER_INPUT',
      `Your billing address does not fit this country (${error.message}) Change the address in Billing details first.`,
      'country',
      { fieldErrors: [{ field: 'country', message: error.message }] },
    );
  }
}
