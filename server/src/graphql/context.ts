import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import type { Collector } from '../modules/billing/collection.js';
import type { AuthState } from '../modules/identity/auth-state.js';
import type { SignInProviders } from '../modules/identity/providers.js';
import type { TwoFactorKeys } from '../modules/identity/two-factor/two-factor-crypto.js';

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
}
