import type {
  AccountPreferencesFragment,
  AlertTopic,
  UpdateAccountPreferencesInput,
} from '../graphql/generated';

/**
 * The account's preferences as the first-run wizard and Account settings › Preferences both edit
 * them (the server checks them with one function too: `checkAccountPreferences`).
 */
export type PreferenceField = keyof UpdateAccountPreferencesInput;
export type PreferenceValues = Omit<UpdateAccountPreferencesInput, 'alerts'> & {
  alerts: AlertTopic[];
};

export const preferenceFields: readonly PreferenceField[] = [
  'country',
  'currency',
  'billingEmail',
  'alerts',
];

/**
 * The preferences as they stand. Once billing details exist, their country and e-mail are what
 * invoices use (saving preferences changes them too), so those are shown.
 */
export function currentPreferences(account: AccountPreferencesFragment): PreferenceValues {
  return {
    country: account.billingDetails?.address.country ?? account.country ?? '',
    currency: account.preferredCurrency ?? '',
    billingEmail: account.billingDetails?.billingEmail ?? account.billingEmail ?? '',
    alerts: [...account.alertTopics],
  };
}

/** Catches the obvious slip only; the server's stricter check answers at the field. */
const looksLikeEmail = /^[^\s@]+@[^\s@]+$/;

/** Checks before sending; the server checks everything again. */
export function preferenceErrors(
  values: Pick<PreferenceValues, 'country' | 'currency' | 'billingEmail'>,
): Partial<Record<PreferenceField, string>> {
  const errors: Partial<Record<PreferenceField, string>> = {};
  if (values.country === '') errors.country = 'Choose a country from the list.';
  if (values.currency === '') errors.currency = 'Choose a currency.';
  if (!looksLikeEmail.test(values.billingEmail.trim()))
    errors.billingEmail = 'Enter a valid e-mail address for invoices.';
  return errors;
}
