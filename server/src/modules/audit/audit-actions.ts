import type { IdPrefix } from '../../ids.js';

/**
 * Every action the server records, with the words the audit log shows for it: one table.
 * `recordAudit` takes only these names (`AuditAction`), so a new action does not compile until it
 * has its words here; audit-actions.test.ts checks that the sources write no other.
 */
export const auditActionLabels = {
  'auth.sign_in': 'Signed in',
  'auth.sign_up': 'Signed in for the first time',
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
  'member.invite': 'Invited a member',
  'member.invite_resend': 'Sent an invitation again',
  'member.invite_revoke': 'Withdrew an invitation',
  'member.join': 'Joined the account',
  'member.role_change': 'Changed a member’s role',
  'member.permissions_change': 'Changed a member’s permissions',
  'member.remove': 'Removed a member',
  'member.leave': 'Left the account',
  'member.transfer_ownership': 'Handed over the account',
  'api_token.create': 'Created an API token',
  'api_token.revoke': 'Revoked an API token',
  'subscription.start': 'Started a subscription',
  'subscription.change': 'Changed the plan',
  'subscription.cancel': 'Cancelled the subscription',
  'subscription.reactivate': 'Kept the subscription',
  'subscription.contract': 'Set up an Enterprise contract',
  'subscription.renew': 'Renewed the subscription',
  'subscription.trial_ending_notice': 'Sent the trial-ending notice',
  'invoice.void': 'Voided an invoice',
  'payment.bank_transfer_recorded': 'Recorded a bank transfer',
  'payment.failed': 'A payment failed',
  'payment.card_requested': 'Asked for a card payment',
  'payment.card_succeeded': 'A card payment went through',
  'payment.card_failed': 'A card payment failed',
  'payment.refunded': 'Refunded a payment',
  'payment.disputed': 'A payment was disputed',
  'payment_method.added': 'Added a card',
  'payment_method.default_set': 'Made a card the default',
  'payment_method.removed': 'Removed a card',
  'payment_method_config.set': 'Changed the payment methods of a country',
  'payment_method_config.remove': 'Removed the payment methods of a country',
  'bank_transfer.submitted': 'Announced a bank transfer',
  'bank_transfer.approved': 'Approved an announced bank transfer',
  'bank_transfer.rejected': 'Rejected an announced bank transfer',
  'invoice.manual_create': 'Issued a manual invoice',
  'billing_portal.opened': 'Opened the Stripe Customer Portal',
  'stripe_event.retried': 'Retried a Stripe webhook event',
  'job.retried': 'Retried a failed background job',
  'test_clock.advance': 'Moved the test clock',
  'plan.create': 'Created a plan',
  'plan.update': 'Changed a plan',
  'plan.archive': 'Archived a plan',
  'plan.restore': 'Brought back an archived plan',
  'exchange_rate.save': 'Entered an exchange rate',
  'exchange_rate.import': 'Imported exchange rates',
  'operator.grant': 'Made someone an operator',
  'operator.revoke': 'Took operator rights away',
  'account.suspend': 'Suspended the account',
  'account.reactivate': 'Reactivated the account',
  'credit.adjust': 'Adjusted the credit balance',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof auditActionLabels;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditActionLabels, action);
}

/** The label of an action; one recorded by an older version and since renamed, in words. */
export function auditActionLabel(action: string): string {
  if (isAuditAction(action)) return auditActionLabels[action];
  const words = action.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an audit target's id names, by its prefix (ids.ts): every prefix has a name. */
const targetKinds: Record<IdPrefix, string> = {
  usr: 'Person',
  idn: 'Sign-in method',
  acc: 'Account',
  mem: 'Member',
  ses: 'Session',
  aud: 'Audit event',
  ivt: 'Invitation',
  pln: 'Plan',
  prc: 'Price',
  sia: 'Sign-in attempt',
  sub: 'Subscription',
  inv: 'Invoice',
  inl: 'Invoice line',
  crn: 'Credit note',
  cbe: 'Credit balance entry',
  pay: 'Payment',
  idk: 'Idempotency key',
  obx: 'Outbox message',
  scu: 'Stripe customer',
  pmt: 'Card',
  rfd: 'Refund',
  dsp: 'Dispute',
  pmc: 'Payment-method configuration',
  btn: 'Announced bank transfer',
  mail: 'E-mail',
  ntf: 'Notification',
  ntr: 'Notification read mark',
  tok: 'API token',
  tfa: 'Authenticator',
  tfb: 'Backup code',
  tff: 'Wrong two-factor code',
  fxr: 'Exchange rate',
};

/** "Invoice" for `inv_…`; targets that are not ids (the test clock) are "Record". */
export function auditTargetKind(target: string): string {
  const prefix = target.split('_', 1)[0] ?? '';
  return Object.hasOwn(targetKinds, prefix) ? targetKinds[prefix as IdPrefix] : 'Record';
}
