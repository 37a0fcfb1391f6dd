/**
 * Words for what the server records. The server's action names are stable identifiers
 * ("auth.sign_in"); an action this build does not know yet is shown as it is rather than hidden.
 */
const actionLabels: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_up': 'Created the account',
  'auth.sign_out': 'Signed out',
  'auth.sign_out_everywhere': 'Signed out on every device',
  'auth.sign_out_others': 'Signed out every other session',
  'auth.session_revoke': 'Signed a session out',
  'auth.second_factor': 'Gave the second sign-in factor',
  'auth.identity_link': 'Linked a sign-in method',
  'auth.identity_unlink': 'Unlinked a sign-in method',
  'two_factor.enrolment_start': 'Started setting up two-factor sign-in',
  'two_factor.enable': 'Turned on two-factor sign-in',
  'two_factor.backup_codes_regenerate': 'Made new backup codes',
  'two_factor.disable': 'Turned off two-factor sign-in',
  'two_factor.reset': 'Support reset two-factor sign-in',
  'account.two_factor_requirement': 'Changed the two-factor requirement',
  'account.update': 'Renamed the account',
  'account.onboarding_complete': 'Set up the account',
  'account.onboarding_update': 'Changed the set-up answers',
  'account.onboarding_skip': 'Put off setting up the account',
  'account.preferences_update': 'Changed the account preferences',
  'user.tour_dismiss': 'Finished the guided tour',
  'billing_details.create': 'Added billing details',
  'billing_details.update': 'Updated billing details',
  'billing_details.remove': 'Removed billing details',
  'invoice.void': 'Voided an invoice',
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

export function isKnownAction(action: string): boolean {
  return action in actionLabels;
}

export type ActionCategory = { prefix: string; label: string };

/** The action filter's choices: each is a prefix the server matches. */
export const actionCategories: readonly ActionCategory[] = [
  { prefix: 'auth.', label: 'Signing in and out' },
  { prefix: 'two_factor.', label: 'Two-factor sign-in' },
  { prefix: 'account.', label: 'Account' },
  { prefix: 'billing_details.', label: 'Billing details' },
  { prefix: 'invoice.', label: 'Invoices' },
];

export function actionCategoryLabel(prefix: string): string {
  return actionCategories.find((category) => category.prefix === prefix)?.label ?? prefix;
}

const fieldLabels: Record<string, string> = {
  name: 'Name',
  legalName: 'Legal name',
  billingEmail: 'Billing e-mail',
  line1: 'Street address',
  line2: 'Address line 2',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  preferredCurrency: 'Preferred currency',
  alertTopics: 'Alerts',
  billingDetails: 'Billing details',
  taxIdType: 'Tax ID type',
  taxIdValue: 'Tax ID',
  provider: 'Sign-in provider',
  accountName: 'Account name',
  sessionsRevoked: 'Sessions ended',
  email: 'E-mail',
  reason: 'Reason',
  backupCodesRemoved: 'Backup codes removed',
  method: 'Method',
  backupCodesRemaining: 'Backup codes left',
  requireTwoFactor: 'Two-factor sign-in required',
  number: 'Number',
  previousStatus: 'Previous status',
  creditNote: 'Credit note',
  refundedToBalance: 'Refunded to balance',
  creditRestored: 'Credit restored',
};

/** "postalCode" → "Postal code" for a field this build has no words for. */
export function fieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const targetKinds: Record<string, string> = {
  acc: 'Account',
  usr: 'Person',
  inv: 'Invoice',
  crn: 'Credit note',
  sub: 'Subscription',
  pay: 'Payment',
  mem: 'Membership',
  tok: 'API token',
};

/** What kind of object an id names, from its prefix (`inv_…` is an invoice). */
export function targetKind(id: string): string {
  const prefix = id.split('_', 1)[0] ?? '';
  return targetKinds[prefix] ?? 'Object';
}
