import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Who at an account hears about its card payments when no billing e-mail is set, and about failed
 * charges: the Billing Admins. Memberships belong to modules/members, a layer above payments, so
 * the wiring passes members' `billingAdminEmails` in (http/app.ts for requests and webhooks,
 * jobs/workers.ts for jobs).
 */
export type BillingAdminEmails = (em: EntityManager, accountId: string) => Promise<string[]>;
