import type { AlertTopic } from '../graphql/generated';

/**
 * What each alert topic means, in the words of the person choosing. One list for the first-run
 * wizard and Account settings › Preferences, so both promise the same e-mails.
 */
export const alertOptions: readonly { topic: AlertTopic; label: string; explanation: string }[] = [
  {
    topic: 'INVOICE_ISSUED',
    label: 'New invoices',
    explanation: 'An e-mail with each invoice as it is issued, with its PDF.',
  },
  {
    topic: 'PAYMENT_FAILED',
    label: 'Failed payments',
    explanation:
      'When a renewal payment fails, and at each retry, so you can update the payment method before the plan is cancelled.',
  },
  {
    topic: 'TRIAL_ENDING',
    label: 'Trial ending',
    explanation: 'Three days before a trial ends, while there is time to choose a plan.',
  },
  {
    topic: 'PLAN_CHANGED',
    label: 'Plan changes',
    explanation: 'When the plan or the number of seats changes, or a cancellation is scheduled.',
  },
  {
    topic: 'USAGE_LIMITS',
    label: 'Usage limits',
    explanation: 'When the account comes close to, or goes over, a limit of its plan.',
  },
  {
    topic: 'SECURITY',
    label: 'Security',
    explanation: 'When members, API tokens or two-factor settings change.',
  },
];

/**
 * Said under the choices wherever they are made. No alert e-mail is sent yet (the notifications
 * module sends only invitations and two-factor resets): the choices are kept for when it does.
 */
export const alertTopicsNote =
  'Alert e-mails are not sent yet: your choices are kept and take effect once they are. Invoices are always on the Invoices page.';
