import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingConfig } from '../../config.js';
import type { CollectionMethod, Invoice } from '../billing/invoices/invoice.entity.js';
import { bankTransferCollector } from './bank-transfer.collector.js';

/**
 * What happened when the engine asked for an issued invoice to be paid:
 * - `pending`: the money comes later (a bank transfer; a card needing 3-D Secure); the invoice
 *   stays open until a payment is recorded against it.
 * - `succeeded`: the collector recorded a payment that settled the invoice.
 * - `failed`: the attempt failed (a declined card); dunning takes over.
 */
export type CollectionOutcome =
  | { readonly status: 'pending'; readonly method: CollectionMethod }
  | { readonly status: 'succeeded'; readonly method: CollectionMethod; readonly paymentId: string }
  | { readonly status: 'failed'; readonly method: CollectionMethod; readonly message: string };

/**
 * The port between the billing engine and whatever takes the money. The engine never talks to a
 * gateway: it issues an invoice and hands it to a collector in the same transaction. Bank transfer
 * ships now; a Stripe card collector comes behind the same interface.
 */
export interface Collector {
  readonly method: CollectionMethod;
  /**
   * Whether the account can pay without being asked (a default card, or bank transfer allowed):
   * decides whether an ending trial converts or expires.
   */
  canCollect(tx: EntityManager, accountId: string): Promise<boolean>;
  /** Starts collecting an issued (open) invoice; may set its due date and instructions. */
  collect(tx: EntityManager, invoice: Invoice): Promise<CollectionOutcome>;
}

/** The collector for this deployment: bank transfer until the card collector exists. */
export function defaultCollector(billing: BillingConfig): Collector {
  return bankTransferCollector(billing);
}
