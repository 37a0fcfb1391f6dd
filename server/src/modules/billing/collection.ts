import type { EntityManager } from '@mikro-orm/postgresql';
import type { CollectionMethod, Invoice } from './invoices/invoice.entity.js';

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

/** How an invoice is collected: the method, and when it is due (on issue for a charge). */
export interface CollectionTerms {
  readonly method: CollectionMethod;
  readonly dueAt: Date;
  /** A charge: what is charged, for people ("Visa •••• 4242"). */
  readonly chargedTo?: string;
}

/**
 * The collection port: billing asks "collect this invoice", and a payment method answers. Billing
 * owns the port and never talks to a gateway: it issues an invoice and hands it to a collector in
 * the same transaction. Implementations live in modules/payments (bank transfer; a card gateway
 * plugs in behind the same interface), and the wiring picks one per deployment
 * (`deploymentCollector` in modules/payments, passed to billing by http/app.ts for requests and
 * by jobs/workers.ts for renewals and dunning). Billing imports nothing from payments.
 */
export interface Collector {
  readonly method: CollectionMethod;
  /**
   * Whether the account can pay without being asked (a default card, or bank transfer allowed):
   * decides whether an ending trial converts or expires.
   */
  canCollect(tx: EntityManager, accountId: string): Promise<boolean>;
  /**
   * How an invoice issued at `issuedAt` would be collected, read-only: previews say "Invoiced
   * today, due …" or "Charged now to …" from this, and `collect` then does the same.
   */
  termsAt(tx: EntityManager, accountId: string, issuedAt: Date): Promise<CollectionTerms>;
  /** Starts collecting an issued (open) invoice; may set its due date and instructions. */
  collect(tx: EntityManager, invoice: Invoice): Promise<CollectionOutcome>;
  /**
   * True when `collect` only sets fields of the invoice (terms, instructions) and answers
   * `pending`, reading and writing nothing else: renewal then collects a whole batch before its
   * invoices are written, in one statement (renewals/renewal.service.ts). A collector that charges (cards)
   * leaves it unset, and the renewals it collects go through the unit of work one at a time.
   */
  readonly setsTermsOnly?: boolean;
}
