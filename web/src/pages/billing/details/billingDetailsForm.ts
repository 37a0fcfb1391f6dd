import type { FieldErrors } from '../../../app/graphqlErrors';
import type {
  BillingDetailsPrefillFragment,
  BillingDetailsViewFragment,
  TaxIdType,
  UpdateBillingDetailsInput,
} from '../../../graphql/generated';

/** The form's fields are the mutation input's fields, so server field errors land on them. */
export type BillingDetailsField = keyof UpdateBillingDetailsInput;

/** What the form holds while someone types: text as typed, "no tax id" as null. */
export type BillingDetailsFormValues = Record<Exclude<BillingDetailsField, 'taxIdType'>, string> & {
  taxIdType: TaxIdType | null;
};

export type BillingDetailsErrors = FieldErrors<BillingDetailsField>;

/** Keyed by the generated input type: a field added to the schema fails the typecheck here. */
const fieldOrder: Record<BillingDetailsField, number> = {
  legalName: 0,
  billingEmail: 1,
  country: 2,
  line1: 3,
  line2: 4,
  city: 5,
  region: 6,
  postalCode: 7,
  taxIdType: 8,
  taxIdValue: 9,
};

/** Every field, in the order the form shows them. */
export const billingDetailsFields = (Object.keys(fieldOrder) as BillingDetailsField[]).sort(
  (a, b) => fieldOrder[a] - fieldOrder[b],
);

export const taxIdTypeLabels: Record<TaxIdType, string> = {
  EU_VAT: 'EU VAT number',
  GB_VAT: 'UK VAT number',
  US_EIN: 'US EIN',
  OTHER: 'Other tax id',
};

/** How each kind of tax id is written, shown under the value field. */
export const taxIdHints: Record<TaxIdType, string> = {
  EU_VAT: 'Country prefix and number, e.g. DE123456789',
  GB_VAT: 'GB and 9 or 12 digits, e.g. GB123456789',
  US_EIN: 'Nine digits, e.g. 12-3456789',
  OTHER: 'As issued by your tax authority, letters and digits only',
};

export const taxIdTypes = Object.keys(taxIdTypeLabels) as TaxIdType[];

/** Countries whose addresses need a state or province (the server requires one there too). */
const regionRequiredIn: ReadonlySet<string> = new Set(['US', 'CA', 'AU']);

export function isRegionRequired(country: string): boolean {
  return regionRequiredIn.has(country);
}

/** What the country calls its first-level subdivision. */
export function regionLabel(country: string): string {
  switch (country) {
    case 'US':
    case 'AU':
      return 'State';
    case 'CA':
      return 'Province';
    case 'GB':
    case 'IE':
      return 'County';
    default:
      return 'Region';
  }
}

export function postalCodeLabel(country: string): string {
  switch (country) {
    case 'US':
      return 'ZIP code';
    case 'GB':
    case 'AU':
      return 'Postcode';
    default:
      return 'Postal code';
  }
}

/** The same limits the server applies, so a long value is caught before the round trip. */
const maxLengths: Partial<Record<BillingDetailsField, number>> = {
  legalName: 200,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  billingEmail: 254,
  taxIdValue: 40,
};

export function maxLengthOf(field: BillingDetailsField): number | undefined {
  return maxLengths[field];
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const emptyBillingDetailsValues: BillingDetailsFormValues = {
  legalName: '',
  billingEmail: '',
  country: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  taxIdType: null,
  taxIdValue: '',
};

/**
 * A new form starts from what onboarding collected: the company name as the legal name, the
 * country and the billing e-mail; the rest is empty.
 */
export function prefilledValues(account: BillingDetailsPrefillFragment): BillingDetailsFormValues {
  return {
    ...emptyBillingDetailsValues,
    legalName: account.name,
    billingEmail: account.billingEmail ?? '',
    country: account.country ?? '',
  };
}

export function formValuesFrom(details: BillingDetailsViewFragment): BillingDetailsFormValues {
  return {
    legalName: details.legalName,
    billingEmail: details.billingEmail,
    country: details.address.country,
    line1: details.address.line1,
    line2: details.address.line2 ?? '',
    city: details.address.city,
    region: details.address.region ?? '',
    postalCode: details.address.postalCode,
    taxIdType: details.taxId?.type ?? null,
    taxIdValue: details.taxId?.value ?? '',
  };
}

/**
 * What can be checked without the server: required fields, lengths and the e-mail's shape.
 * Postal-code and tax-id formats are the server's to judge (it knows every country's rules).
 */
export function validateBillingDetails(values: BillingDetailsFormValues): BillingDetailsErrors {
  const errors: BillingDetailsErrors = {};
  const required: [BillingDetailsField, string][] = [
    ['legalName', 'Enter the legal name.'],
    ['billingEmail', 'Enter the e-mail address invoices go to.'],
    ['country', 'Choose a country.'],
    ['line1', 'Enter the street address.'],
    ['city', 'Enter the city.'],
    ['postalCode', `Enter the ${postalCodeLabel(values.country).toLowerCase()}.`],
  ];
  if (isRegionRequired(values.country)) {
    required.push(['region', `Enter the ${regionLabel(values.country).toLowerCase()}.`]);
  }
  if (values.taxIdType !== null) {
    required.push(['taxIdValue', 'Enter the tax id, or choose “No tax id”.']);
  }
  for (const [field, message] of required) {
    if (textOf(values, field).trim() === '') errors[field] = message;
  }
  for (const field of billingDetailsFields) {
    const max = maxLengths[field];
    if (errors[field] == null && max != null && textOf(values, field).trim().length > max) {
      errors[field] = `Use at most ${max} characters.`;
    }
  }
  const email = values.billingEmail.trim();
  if (errors.billingEmail == null && !emailShape.test(email)) {
    errors.billingEmail = 'Enter an e-mail address like billing@example.com.';
  }
  return errors;
}

function textOf(values: BillingDetailsFormValues, field: BillingDetailsField): string {
  return field === 'taxIdType' ? (values.taxIdType ?? '') : values[field];
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** The mutation input: trimmed, optional lines as null, and no tax id value without a type. */
export function toUpdateInput(values: BillingDetailsFormValues): UpdateBillingDetailsInput {
  return {
    legalName: values.legalName.trim(),
    billingEmail: values.billingEmail.trim(),
    line1: values.line1.trim(),
    line2: optional(values.line2),
    city: values.city.trim(),
    region: optional(values.region),
    postalCode: values.postalCode.trim(),
    country: values.country,
    taxIdType: values.taxIdType,
    taxIdValue: values.taxIdType === null ? null : optional(values.taxIdValue),
  };
}
