import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingConfig } from '../../config.js';
import type { CollectionMethod, Invoice } from '../billing/invoices/invoice.entity.js';
import type { Clock } from '../../clock.js';
import { bankTransferCollector } from './bank-transfer.collector.js';
import { cardOrTransferCollector } from './stripe/card-collection.js';

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
  /**
   * True when `collect` only sets fields of the invoice (terms, instructions) and answers
   * `pending`, reading and writing nothing else: renewal then collects a whole batch before its
   * invoices are written, in one statement (renewal.service.ts). A collector that charges (cards)
   * leaves it unset, and the renewals it collects go through the unit of work one at a time.
   */
  readonly setsTermsOnly?: boolean;
}

/**
 * The collector for this deployment: cards through Stripe for accounts with a default card when
 * Stripe is configured (`billing.cardPayments`), bank transfer otherwise.
 */
export function defaultCollector(billing: BillingConfig, clock: Clock): Collector {
  return billing.cardPayments
    ? cardOrTransferCollector(billing, clock)
    : bankTransferCollector(billing);
}
