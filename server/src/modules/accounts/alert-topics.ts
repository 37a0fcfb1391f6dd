/**
 * What a Billing Admin can choose to be alerted about (the onboarding wizard's last step). Every
 * topic starts chosen. Messages are recorded in the outbox regardless (in-app history, audit);
 * delivery by e-mail is what these preferences are for.
 */
export const alertTopics = [
  'INVOICE_ISSUED',
  'PAYMENT_FAILED',
  'TRIAL_ENDING',
  'PLAN_CHANGED',
  'USAGE_LIMITS',
  'SECURITY',
] as const;
export type AlertTopic = (typeof alertTopics)[number];

export function isAlertTopic(value: string): value is AlertTopic {
  return (alertTopics as readonly string[]).includes(value);
}

/** The chosen topics, each once, in the canonical order. */
export function normalizeAlertTopics(chosen: readonly AlertTopic[]): AlertTopic[] {
  const set = new Set(chosen);
  return alertTopics.filter((topic) => set.has(topic));
}
