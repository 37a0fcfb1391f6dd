import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { newId } from '../../ids.js';
import { Account } from '../accounts/index.js';
import { type CollectionMethod, collectionMethods, Invoice } from '../billing/index.js';

/**
 * `requires_action`: a card payment waiting for the customer (3-D Secure); `pending`: sent to
 * the gateway and not answered yet, or a bank debit still clearing.
 */
export const paymentStatuses = ['pending', 'requires_action', 'succeeded', 'failed'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/**
 * One attempt to pay an invoice, whatever the gateway: a bank transfer an operator recorded, or
 * (later) a card PaymentIntent. The idempotency key is unique per account, so a retried request
 * can never record the same money twice.
 */
@Entity({ tableName: 'payment' })
@Unique({ properties: ['account', 'idempotencyKey'] })
// At most one card payment of an invoice in flight: two concurrent "pay" requests cannot both
// reach Stripe (stripe-payments.service.ts).
@Unique({
  name: 'payment_one_in_flight_per_invoice',
  properties: ['invoice'],
  where: `"method" = 'card' and "status" in ('pending', 'requires_action')`,
})
export class Payment {
  @PrimaryKey({ type: 'text' })
  id: string = newId('pay');

  @ManyToOne(() => Account)
  account!: Account;

  @ManyToOne(() => Invoice)
  @Index()
  invoice!: Invoice;

  @Enum({ items: () => [...collectionMethods] })
  method!: CollectionMethod;

  /** What was received, in minor units of `currency`. */
  @Property({ type: 'integer' })
  amount!: number;

  /** The part of `amount` that paid the invoice; the rest went to the credit balance. */
  @Property({ type: 'integer' })
  appliedAmount!: number;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Enum({ items: () => [...paymentStatuses] })
  status!: PaymentStatus;

  /** The bank's or gateway's reference for the money. */
  @Property({ type: 'text' })
  reference!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** The operator (user id) who recorded it; null for gateway payments. */
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  receivedAt!: Date;

  /** Card payments: Stripe's PaymentIntent (`pi_…`), once created. */
  @Property({ type: 'text', nullable: true, unique: true })
  stripePaymentIntentId: string | null = null;

  /** Card payments: what was charged, e.g. "Visa •••• 4242". */
  @Property({ type: 'text', nullable: true })
  paymentMethodLabel: string | null = null;

  /** Card payments: the attempt number on this invoice (Stripe's idempotency key carries it). */
  @Property({ type: 'integer', nullable: true })
  attempt: number | null = null;

  /** True for charges nobody was present for (renewals, dunning retries). */
  @Property({ type: 'boolean' })
  offSession: boolean & Opt = false;

  /** Why a failed payment failed (the gateway's decline message). */
  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
