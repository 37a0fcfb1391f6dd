import type { AuditEventRowFragment } from '../../graphql/generated';

export type ActionCategory = { prefix: string; label: string };

/** The action filter's choices: each is a prefix the server matches. */
export const actionCategories: readonly ActionCategory[] = [
  { prefix: 'auth.', label: 'Signing in and out' },
  { prefix: 'two_factor.', label: 'Two-factor sign-in' },
  { prefix: 'account.', label: 'Account' },
  { prefix: 'billing_details.', label: 'Billing details' },
  { prefix: 'member.', label: 'Members and invitations' },
  { prefix: 'api_token.', label: 'API tokens' },
  { prefix: 'subscription.', label: 'Plan and subscription' },
  { prefix: 'invoice.', label: 'Invoices' },
  { prefix: 'payment.', label: 'Payments' },
  { prefix: 'user.', label: 'Personal settings' },
  { prefix: 'test_clock.', label: 'Test clock' },
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

/**
 * A target in words: its kind as the server names it ("Invoice"), with what the event recorded
 * to tell which one ("Invoice INV-2026-12-00001", "Invitation ada@example.com").
 */
export function targetName(event: Pick<AuditEventRowFragment, 'targetKind' | 'details'>): string {
  const kind = event.targetKind ?? 'Record';
  const detail = (key: string) => event.details.find((d) => d.key === key)?.value;
  const which = detail('number') ?? detail('email') ?? detail('name');
  return which ? `${kind} ${which}` : kind;
}
