import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';
import { Account } from '../../accounts/index.js';

export const paymentMethodTypes = ['card', 'sepa_debit'] as const;
export type PaymentMethodType = (typeof paymentMethodTypes)[number];

/**
 * A payment method attached to the account's Stripe customer: only what the portal shows (brand,
 * last four digits, expiry); the card itself stays at Stripe. Recorded once per Stripe payment
 * method whichever arrives first, the browser's confirmation or the webhook.
 */
@Entity({ tableName: 'payment_method' })
@Unique({
  name: 'payment_method_one_default_per_account',
  properties: ['account'],
  where: `"is_default"`,
})
export class PaymentMethod {
  @PrimaryKey({ type: 'text' })
  id: string = newId('pmt');

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  /** `pm_…` */
  @Property({ type: 'text', unique: true })
  stripePaymentMethodId!: string;

  @Enum({ items: () => [...paymentMethodTypes] })
  type!: PaymentMethodType;

  /** Cards: visa, mastercard, amex, …; SEPA debits: the bank code. */
  @Property({ type: 'text' })
  brand!: string;

  @Property({ type: 'text', length: 4 })
  last4!: string;

  /** Cards only. */
  @Property({ type: 'integer', nullable: true })
  expMonth: number | null = null;

  @Property({ type: 'integer', nullable: true })
  expYear: number | null = null;

  @Property({ type: 'boolean' })
  isDefault = false;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt!: Date;
}
