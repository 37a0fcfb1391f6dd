import type { BillingConfig } from '../../config.js';
import type { Collector } from '../billing/collection.js';
import { bankTransferCollector } from './bank-transfer.collector.js';

/**
 * The collector for this deployment (billing's port, modules/billing/collection.ts): bank
 * transfer until a card collector exists.
 */
export function deploymentCollector(billing: BillingConfig): Collector {
  return bankTransferCollector(billing);
}
