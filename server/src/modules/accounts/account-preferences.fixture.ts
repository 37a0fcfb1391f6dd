import { CookieClient } from '../../test/browser.js';
import type { TestServer } from '../../test/server.js';

/**
 * The account fields that the first-run wizard and Account settings › Preferences set, as a
 * GraphQL selection: both save the same preferences and move billing details along.
 */
export const accountPreferenceFields = `id onboardedAt onboardingSkippedAt country billingEmail
  preferredCurrency alertTopics billingDetails { billingEmail address { country } }`;

/** An account as `accountPreferenceFields` selects it. */
export interface AccountPreferenceFields {
  id: string;
  onboardedAt: string | null;
  onboardingSkippedAt: string | null;
  country: string | null;
  billingEmail: string | null;
  preferredCurrency: string | null;
  alertTopics: string[];
  billingDetails: { billingEmail: string; address: { country: string } } | null;
}

export const saveBillingDetails = `mutation($input: UpdateBillingDetailsInput!) {
  updateBillingDetails(input: $input) { billingEmail } }`;

/** The person who signed up: a new account's Billing Admin, signed in. */
export async function signUpAdmin(server: TestServer, email: string): Promise<CookieClient> {
  const client = new CookieClient(server.url);
  await client.signInWithDevProvider(email, 'Owner');
  return client;
}
