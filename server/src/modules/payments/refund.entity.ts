import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Account } from '../accounts/index.js';
import { CreditNote } from '../billing/index.js';
import { Payment } from './payment.entity.js';

/**
 * Money given back on a card payment through Stripe, with the credit note that documents it.
 * Unique by Stripe's refund id: the operator's `refundPayment` and the `charge.refunded` webhook
 * may both see the same refund, and it is recorded once, by whichever comes first.
 */
@Entity({ tableName: 'payment_refund' })
export class PaymentRefund {
  @PrimaryKey({ type: 'text' })
  id: string = newId('rfd');

  @ManyToOne(() => Payment)
  @Index()
  payment!: Payment;

  @ManyToOne(() => Account)
  @Index()
  account!: Account;

  /** Minor units of `currency`, above zero. */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  /** Stripe's refund (`re_…`). */
  @Property({ type: 'text', unique: true })
  stripeRefundId!: string;

  @ManyToOne(() => CreditNote)
  creditNote!: CreditNote;

  @Property({ type: 'text' })
  reason!: string;

  /** The operator who asked for it; null when it was made in Stripe's dashboard. */
  @Property({ type: 'text', nullable: true })
  requestedBy: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}

/**
 * A chargeback: the cardholder disputed the payment with their bank. The payment shows as
 * disputed from the moment Stripe tells us; operators answer it in Stripe's dashboard.
 */
@Entity({ tableName: 'payment_dispute' })
export class PaymentDispute {
  @PrimaryKey({ type: 'text' })
  id: string = newId('dsp');

  @ManyToOne(() => Payment)
  @Index()
  payment!: Payment;

  @ManyToOne(() => Account)
  @Index()
  account!: Account;

  /** Stripe's dispute (`dp_…`). */
  @Property({ type: 'text', unique: true })
  stripeDisputeId!: string;

  /** What the cardholder's bank took back, in minor units of `currency`. */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  /** Stripe's reason code, e.g. `fraudulent`. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
