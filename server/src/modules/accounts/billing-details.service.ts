import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
import { isEuMemberState, isValidEuVatIdFormat, normalizeVatId } from '../billing/rules/tax.js';
import { Account } from './account.entity.js';
import { BillingDetails, type TaxIdType } from './billing-details.entity.js';
import { countryCodes, postalCodePatterns, regionRequired } from './countries.js';

export interface BillingDetailsInput {
  legalName: string;
  billingEmail: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  taxIdType?: TaxIdType | null;
  taxIdValue?: string | null;
}

export type ValidBillingDetails = Required<{
  [K in keyof BillingDetailsInput]: Exclude<BillingDetailsInput[K], undefined>;
}>;

export interface FieldError {
  field: keyof BillingDetailsInput;
  message: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

const clean = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');

export const countryProblem = 'Choose a country from the list.';
export const billingEmailProblem = 'Enter a valid e-mail address for invoices.';

/** ISO 3166-1 alpha-2, upper case; null when it is not a country code. */
export function normalizeCountry(raw: string | null | undefined): string | null {
  const country = clean(raw).toUpperCase();
  return countryCodes.has(country) ? country : null;
}

/** Lower case, trimmed; null when it is not one usable address. */
export function normalizeBillingEmail(raw: string | null | undefined): string | null {
  const email = clean(raw).toLowerCase();
  return emailPattern.test(email) && email.length <= 254 ? email : null;
}

/**
 * Checks every field and reports all problems at once (BAD_USER_INPUT with `field` naming the
 * first, `fieldErrors` listing each), so a form can mark every wrong field in one round trip.
 */
export function validateBillingDetails(input: BillingDetailsInput): ValidBillingDetails {
  const errors: FieldError[] = [];
  const text = (
    field: keyof BillingDetailsInput,
    label: string,
    max: number,
    required: boolean,
  ) => {
    const value = clean(input[field] as string | null | undefined);
    if (value.length === 0) {
      if (required) errors.push({ field, message: `Enter the ${label}.` });
      return null;
    }
    if (value.length > max) errors.push({ field, message: `Use at most ${max} characters.` });
    else if (controlCharacters.test(value)) {
      errors.push({ field, message: 'Use printable characters only.' });
    }
    return value;
  };

  const legalName = text('legalName', 'legal name', 200, true);
  const line1 = text('line1', 'street address', 200, true);
  const line2 = text('line2', 'second address line', 200, false);
  const city = text('city', 'city', 100, true);
  const country = clean(input.country).toUpperCase();
  if (normalizeCountry(country) === null) {
    errors.push({ field: 'country', message: countryProblem });
  }
  let region = text('region', 'state, province or region', 100, regionRequired.has(country));
  if (region !== null && (country === 'US' || country === 'CA')) region = region.toUpperCase();
  let postalCode = text('postalCode', 'postal code', 20, true);
  if (postalCode !== null) {
    postalCode = postalCode.toUpperCase();
    const pattern = postalCodePatterns[country];
    if (pattern !== undefined && !pattern.test(postalCode)) {
      errors.push({
        field: 'postalCode',
        message: `This is not a valid postal code for ${country}.`,
      });
    }
  }
  const billingEmail = clean(input.billingEmail).toLowerCase();
  if (normalizeBillingEmail(billingEmail) === null) {
    errors.push({ field: 'billingEmail', message: billingEmailProblem });
  }

  const taxIdType = input.taxIdType ?? null;
  let taxIdValue: string | null = clean(input.taxIdValue);
  if (taxIdValue.length === 0) taxIdValue = null;
  if (taxIdType === null && taxIdValue !== null) {
    errors.push({ field: 'taxIdType', message: 'Choose the kind of tax id.' });
  } else if (taxIdType !== null && taxIdValue === null) {
    errors.push({ field: 'taxIdValue', message: 'Enter the tax id, or choose "No tax id".' });
  } else if (taxIdType !== null && taxIdValue !== null) {
    const normalized = normalizeVatId(taxIdValue);
    const problem = taxIdProblem(taxIdType, normalized, country);
    if (problem !== null) errors.push({ field: 'taxIdValue', message: problem });
    taxIdValue = normalized;
  }

  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError('BAD_USER_INPUT', first.message, first.field, { fieldErrors: errors });
  }
  return {
    legalName: legalName!,
    billingEmail,
    line1: line1!,
    line2,
    city: city!,
    region,
    postalCode: postalCode!,
    country,
    taxIdType,
    taxIdValue,
  };
}

function taxIdProblem(type: TaxIdType, value: string, country: string): string | null {
  switch (type) {
    case 'EU_VAT':
      if (!isEuMemberState(country)) {
        return 'An EU VAT id needs a billing address in an EU member state.';
      }
      return isValidEuVatIdFormat(value, country)
        ? null
        : `This is not a valid ${country === 'GR' ? 'EL' : country} VAT id (check the country prefix and digits).`;
    case 'GB_VAT':
      return /^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/.test(value)
        ? null
        : 'A UK VAT id is GB followed by 9 or 12 digits.';
    case 'US_EIN':
      return /^\d{9}$/.test(value.replace(/-/g, '')) ? null : 'An EIN has 9 digits, as 12-3456789.';
    case 'OTHER':
      return /^[A-Z0-9/]{2,40}$/.test(value) ? null : 'Use 2 to 40 letters and digits.';
  }
}

export async function getBillingDetails(
  em: EntityManager,
  accountId: string,
): Promise<BillingDetails | null> {
  return em.findOne(BillingDetails, { account: accountId });
}

/** Adds or replaces the account's billing details (one row per account). */
export async function saveBillingDetails(
  em: EntityManager,
  accountId: string,
  input: BillingDetailsInput,
  actor: Actor,
  clock: Clock,
): Promise<BillingDetails> {
  const valid = validateBillingDetails(input);
  return em.transactional(async (tx) => {
    const account = await tx.findOne(Account, { id: accountId });
    if (account === null) throw new AppError('NOT_FOUND', 'Account not found.');
    const now = clock.now();
    let details = await tx.findOne(BillingDetails, { account: accountId });
    const created = details === null;
    details ??= tx.create(BillingDetails, { account, ...valid, updatedAt: now });
    const changed = Object.entries(valid)
      .filter(([key, value]) => created || details[key as keyof ValidBillingDetails] !== value)
      .map(([key]) => key);
    tx.assign(details, { ...valid, updatedAt: now });
    recordAuditBy(tx, actor, {
      action: created ? 'billing_details.create' : 'billing_details.update',
      occurredAt: now,
      accountId,
      target: accountId,
      // Field names only: addresses and tax ids are personal data.
      summary: { fields: changed },
    });
    return details;
  });
}

/**
 * Deletes the account's billing details in the caller's transaction, with its audit event; true
 * when there were some. Billing decides whether they may go (a live subscription invoices to
 * them): call `removeBillingDetails` from modules/billing instead of this.
 */
export async function deleteBillingDetails(
  em: EntityManager,
  accountId: string,
  actor: Actor,
  clock: Clock,
): Promise<boolean> {
  const removed = await em.nativeDelete(BillingDetails, { account: accountId });
  if (removed > 0) {
    recordAuditBy(em, actor, {
      action: 'billing_details.remove',
      occurredAt: clock.now(),
      accountId,
      target: accountId,
    });
  }
  return removed > 0;
}
