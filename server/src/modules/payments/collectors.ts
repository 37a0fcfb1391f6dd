import type { Clock } from '../../clock.js';
import type { BillingConfig } from '../../config.js';
import type { Collector } from '../billing/index.js';
import { bankTransferCollector } from './bank-transfer.collector.js';
import { cardOrTransferCollector } from './stripe/card-collection.js';

/**
 * The collector for this deployment (billing's port, modules/billing/collection.ts): with Stripe
 * configured (`billing.cardPayments`), accounts with a default card are charged by card and the
 * rest pay by bank transfer (stripe/card-collection.ts); without it, bank transfer.
 */
export function deploymentCollector(billing: BillingConfig, clock: Clock): Collector {
  return billing.cardPayments
    ? cardOrTransferCollector(billing, clock)
    : bankTransferCollector(billing);
}
