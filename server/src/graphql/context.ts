import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import type { Collector } from '../modules/billing/index.js';
import type { BillingAdminEmails } from '../modules/payments/index.js';
import type { AuthState } from '../modules/signin/index.js';
import type { SignInProviders, TwoFactorKeys } from '../modules/identity/index.js';

/** Everything a resolver may use; built once per request (see http/graphql-route.ts). */
export interface RequestContext {
  /** A fork of the EntityManager for this request only. */
  em: EntityManager;
  config: Config;
  clock: Clock;
  log: Logger;
  requestId: string;
  ip: string | null;
  auth: AuthState | null;
  providers: SignInProviders;
  /** Background jobs: enqueue work that should not hold up the response. */
  jobs: JobQueue;
  /** Encrypts TOTP secrets and hashes backup codes (TWO_FACTOR_KEY). */
  twoFactorKeys: TwoFactorKeys;
  /** Billing's collection port, implemented by this deployment's payment method. */
  collector: Collector;
  /** The Billing Admins' addresses of an account (members), for payments' card mail. */
  billingAdminEmails: BillingAdminEmails;
}
