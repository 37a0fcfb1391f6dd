import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from './membership.entity.js';

/**
 * The addresses of an account's Billing Admins, lower-cased and each once. Payments mails them
 * (a failed card charge, a receipt when the account has no billing e-mail); it sits below members,
 * so the wiring hands it this function (payments/billing-contacts.ts).
 */
export async function billingAdminEmails(em: EntityManager, accountId: string): Promise<string[]> {
  const admins = await em.find(
    Membership,
    { account: accountId, role: 'BILLING_ADMIN' },
    { populate: ['user'] },
  );
  return [...new Set(admins.map((m) => m.user.email.toLowerCase()))];
}
