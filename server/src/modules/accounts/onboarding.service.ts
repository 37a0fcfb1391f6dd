import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { catalogCurrencies } from '../catalog/catalog.service.js';
import { Account } from './account.entity.js';
import { type Actor, validateAccountName } from './account.service.js';
import { normalizeAlertTopics, type AlertTopic } from './alert-topics.js';
import { BillingDetails } from './billing-details.entity.js';
import {
  billingEmailProblem,
  countryProblem,
  normalizeBillingEmail,
  normalizeCountry,
  validateBillingDetails,
} from './billing-details.service.js';

/** The first-run wizard's answers (SPEC §7 "first-run onboarding"). */
export interface OnboardingInput {
  companyName: string;
  country: string;
  currency: string;
  billingEmail: string;
  alerts: readonly AlertTopic[];
}

interface OnboardingFieldError {
  field: keyof OnboardingInput;
  message: string;
}

interface ValidOnboarding {
  companyName: string;
  country: string;
  currency: string;
  billingEmail: string;
  alerts: AlertTopic[];
}

/**
 * Every field at once, as billing details do (BAD_USER_INPUT naming the first field, with
 * `fieldErrors` for all), so the wizard can put each message beside its own field.
 */
async function validateOnboarding(
  em: EntityManager,
  input: OnboardingInput,
): Promise<ValidOnboarding> {
  const errors: OnboardingFieldError[] = [];
  let companyName = '';
  try {
    companyName = validateAccountName(input.companyName);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.push({ field: 'companyName', message: error.message });
  }
  const country = normalizeCountry(input.country);
  if (country === null) errors.push({ field: 'country', message: countryProblem });
  const currency = input.currency.trim().toUpperCase();
  const sold = await catalogCurrencies(em);
  if (!sold.includes(currency)) {
    errors.push({ field: 'currency', message: `Choose one of ${sold.join(', ')}.` });
  }
  const billingEmail = normalizeBillingEmail(input.billingEmail);
  if (billingEmail === null) errors.push({ field: 'billingEmail', message: billingEmailProblem });
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError('BAD_USER_INPUT', first.message, first.field, { fieldErrors: errors });
  }
  return {
    companyName,
    country: country!,
    currency,
    billingEmail: billingEmail!,
    alerts: normalizeAlertTopics(input.alerts),
  };
}

/**
 * Saves the wizard's answers: the account name, country, billing e-mail, preferred currency and
 * alert topics, and marks the account onboarded. Running it again later just updates the answers
 * (the first completion time stays). When billing details exist already, their country and
 * e-mail change too, checked as a whole, so the address on invoices never stops being valid.
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
    const account = await tx.findOne(
      Account,
      { id: accountId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
    const now = clock.now();
    const changed: string[] = [];
    const set = <K extends 'name' | 'country' | 'billingEmail' | 'preferredCurrency'>(
      key: K,
      value: Account[K],
    ) => {
      if (account[key] !== value) changed.push(key);
      account[key] = value;
    };
    set('name', valid.companyName);
    set('country', valid.country);
    set('billingEmail', valid.billingEmail);
    set('preferredCurrency', valid.currency);
    if (account.alertTopics.join() !== valid.alerts.join()) changed.push('alertTopics');
    account.alertTopics = valid.alerts;
    const firstTime = account.onboardedAt === null;
    account.onboardedAt ??= now;
    account.updatedAt = now;

    const details = await tx.findOne(BillingDetails, { account: accountId });
    if (
      details !== null &&
      (details.country !== valid.country || details.billingEmail !== valid.billingEmail)
    ) {
      const checked = checkedBillingDetails(details, valid);
      tx.assign(details, { country: checked.country, billingEmail: checked.billingEmail });
      details.updatedAt = now;
      changed.push('billingDetails');
    }

    recordAudit(tx, {
      action: firstTime ? 'account.onboarding_complete' : 'account.onboarding_update',
      occurredAt: now,
      actorUserId: actor.userId,
      accountId,
      target: accountId,
      ip: actor.ip,
      requestId: actor.requestId,
      // Field names, the currency and topics: the e-mail address is personal data.
      summary: { fields: changed, currency: valid.currency, alerts: valid.alerts },
    });
    return account;
  });
}

/**
 * The stored billing details with the new country and e-mail, validated as a whole: a postal code
 * or tax id that does not fit the new country is reported on `country`, the field the wizard has.
 */
function checkedBillingDetails(details: BillingDetails, valid: ValidOnboarding) {
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
    const account = await tx.findOne(
      Account,
      { id: accountId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
    if (account.onboardedAt !== null || account.onboardingSkippedAt !== null) return account;
    const now = clock.now();
    account.onboardingSkippedAt = now;
    recordAudit(tx, {
      action: 'account.onboarding_skip',
      occurredAt: now,
      actorUserId: actor.userId,
      accountId,
      target: accountId,
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return account;
  });
}
