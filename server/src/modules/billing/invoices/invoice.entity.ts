import { Collection, type Opt } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';
import { Account } from '../../accounts/index.js';
import type { InvoiceLineKind } from '../rules/index.js';
import { Subscription } from '../subscriptions/subscription.entity.js';

export const invoiceStatuses = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** Why the invoice was created (as Stripe's `billing_reason`). */
export const billingReasons = [
  'subscription_create',
  'subscription_update',
  'subscription_cycle',
  'subscription_cancel',
  // Written by an operator (createManualInvoice), outside any subscription.
  'manual',
] as const;
export type BillingReason = (typeof billingReasons)[number];

export const invoiceLineKinds = [
  'subscription',
  'extra_seats',
  'unused_time',
  'remaining_time',
  'cancellation_fee',
  'manual',
] as const satisfies readonly InvoiceLineKind[];

export const collectionMethods = ['bank_transfer', 'card'] as const;
export type CollectionMethod = (typeof collectionMethods)[number];

/** Who the invoice is addressed to, copied from the billing details at finalization. */
export interface BuyerSnapshot {
  legalName: string;
  email: string;
  addressLines: string[];
  country: string;
  taxId: string | null;
}

/** Who issued the invoice, copied from the configuration at finalization. */
export interface SellerSnapshot {
  name: string;
  addressLines: string[];
  country: string;
  vatId: string | null;
  email: string;
}

/**
 * An invoice: `draft` (no number, only inside the transaction that creates it) → `open` (numbered,
 * snapshots taken) → `paid` | `void` | `uncollectible`. Amounts are integer minor units of
 * `currency` and never change after finalization except what is paid and due.
 *
 * A renewal invoice is unique per (subscription, period start): whatever crashes or however many
 * workers run, a period is invoiced once.
 */
@Entity({ tableName: 'invoice' })
@Unique({
  name: 'invoice_one_per_renewal_period',
  properties: ['subscription', 'periodStart'],
  where: `"billing_reason" = 'subscription_cycle'`,
})
@Index({ name: 'invoice_account_issued_at_index', properties: ['account', 'issuedAt', 'id'] })
@Index({
  name: 'invoice_payment_retry_due_index',
  properties: ['nextPaymentAttemptAt'],
  where: `"status" = 'open' and "next_payment_attempt_at" is not null`,
})
export class Invoice {
  @PrimaryKey({ type: 'text' })
  id: string = newId('inv');

  @ManyToOne(() => Account)
  account!: Account;

  @ManyToOne(() => Subscription, { nullable: true })
  @Index()
  subscription: Subscription | null = null;

  /** `INV-YYYY-MM-NNNNN`, assigned at finalization; null while a draft. */
  @Property({ type: 'text', nullable: true })
  @Unique()
  number: string | null = null;

  @Enum({ items: () => [...invoiceStatuses] })
  status: InvoiceStatus & Opt = 'draft';

  @Enum({ items: () => [...billingReasons] })
  billingReason!: BillingReason;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  /** Σ line amounts; negative when credits outweigh charges (the rest goes to the balance). */
  @Property({ type: 'integer' })
  subtotal!: number;

  @Property({ type: 'integer' })
  creditApplied!: number;

  @Property({ type: 'integer' })
  taxAmount!: number;

  /** Tax rate in basis points (1900 = 19 %). */
  @Property({ type: 'integer' })
  taxRateBps!: number;

  @Property({ type: 'boolean' })
  reverseCharge!: boolean;

  /** The legal note printed for EU reverse charge; null otherwise. */
  @Property({ type: 'text', nullable: true })
  taxNote: string | null = null;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer' })
  amountPaid: number & Opt = 0;

  @Property({ type: 'integer' })
  amountDue!: number;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  periodStart: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  periodEnd: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  issuedAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  paidAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  voidReason: string | null = null;

  @Property({ type: 'json', nullable: true })
  buyer: BuyerSnapshot | null = null;

  @Property({ type: 'json', nullable: true })
  seller: SellerSnapshot | null = null;

  /** How the invoice is being collected; set by the collector. */
  @Enum({ items: () => [...collectionMethods], nullable: true })
  collectionMethod: CollectionMethod | null = null;

  /** Bank-transfer instructions as they stood when the invoice was issued. */
  @Property({ type: 'text', nullable: true })
  paymentInstructions: string | null = null;

  /** Collection attempts that failed (the one at issue, then dunning's retries). */
  @Property({ type: 'integer' })
  failedPaymentAttempts: number & Opt = 0;

  /** The first failed attempt: dunning counts its retry days from here. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  paymentFailedAt: Date | null = null;

  /** When dunning tries to collect again; null when no retry is due. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  nextPaymentAttemptAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<InvoiceLine>(this);
}

/** One line of an invoice, in the order the rules produced them. */
@Entity({ tableName: 'invoice_line' })
export class InvoiceLine {
  @PrimaryKey({ type: 'text' })
  id: string = newId('inl');

  @ManyToOne(() => Invoice, { deleteRule: 'cascade' })
  @Index()
  invoice!: Invoice;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => [...invoiceLineKinds] })
  kind!: InvoiceLineKind;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'integer' })
  unitAmount!: number;

  /** quantity × unit amount; negative for a credit. */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  periodStart!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  periodEnd!: Date;

  @Property({ type: 'boolean' })
  proration!: boolean;
}

/**
 * Issued when a paid (or partly paid) invoice is voided: it documents the money given back, here
 * to the account's credit balance. Numbered `CN-YYYY-MM-NNNNN` like invoices.
 */
@Entity({ tableName: 'credit_note' })
export class CreditNote {
  @PrimaryKey({ type: 'text' })
  id: string = newId('crn');

  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @ManyToOne(() => Account)
  @Index()
  account!: Account;

  @ManyToOne(() => Invoice)
  @Index()
  invoice!: Invoice;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  issuedAt!: Date;
}

/**
 * The last number given out per document kind and UTC month. Finalization increments it with an
 * upsert that keeps the row locked until commit: concurrent finalizations queue on it, and a
 * rolled-back one gives its number back, so numbers are sequential without gaps.
 */
@Entity({ tableName: 'document_number_counter' })
export class DocumentNumberCounter {
  /** `INV` or `CN`. */
  @PrimaryKey({ type: 'text' })
  kind!: string;

  /** `YYYY-MM` in UTC. */
  @PrimaryKey({ type: 'text' })
  yearMonth!: string;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
