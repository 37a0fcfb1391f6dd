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
import { Invoice } from '../billing/index.js';
import { Payment } from './payment.entity.js';

export const noticeStatuses = ['pending', 'approved', 'rejected'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];

/**
 * A customer's word that they paid an invoice by bank transfer (`submitBankTransfer`), waiting in
 * the operators' queue: `pending` → `approved` (the transfer is recorded as a payment through
 * `recordBankTransfer`'s path) | `rejected` (with a reason). One pending notice per invoice; the
 * idempotency key is unique per account, so a retried announcement is stored once.
 */
@Entity({ tableName: 'bank_transfer_notice' })
@Unique({ properties: ['account', 'idempotencyKey'] })
@Unique({
  name: 'bank_transfer_notice_one_pending_per_invoice',
  properties: ['invoice'],
  where: `"status" = 'pending'`,
})
@Index({
  name: 'bank_transfer_notice_status_submitted_index',
  properties: ['status', 'submittedAt'],
})
export class BankTransferNotice {
  @PrimaryKey({ type: 'text' })
  id: string = newId('btn');

  @ManyToOne(() => Account)
  account!: Account;

  @ManyToOne(() => Invoice)
  @Index()
  invoice!: Invoice;

  @Enum({ items: () => [...noticeStatuses] })
  status: NoticeStatus & Opt = 'pending';

  /** What the customer says they sent, in minor units of `currency` (the invoice's). */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  /** The reference the customer quoted on the transfer. */
  @Property({ type: 'text' })
  reference!: string;

  /** When the customer says they sent it. */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  sentAt!: Date;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** The member (user id) who announced it. */
  @Property({ type: 'text' })
  submittedBy!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  submittedAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** The operator (user id) who approved or rejected it. */
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** The payment recorded on approval. */
  @ManyToOne(() => Payment, { nullable: true })
  payment: Payment | null = null;
}
