import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Account } from '../accounts/index.js';
import { type CollectionMethod, collectionMethods, Invoice } from '../billing/index.js';

export const paymentStatuses = ['pending', 'succeeded', 'failed'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/**
 * One attempt to pay an invoice, whatever the gateway: a bank transfer an operator recorded, or
 * (later) a card PaymentIntent. The idempotency key is unique per account, so a retried request
 * can never record the same money twice.
 */
@Entity({ tableName: 'payment' })
@Unique({ properties: ['account', 'idempotencyKey'] })
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

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
