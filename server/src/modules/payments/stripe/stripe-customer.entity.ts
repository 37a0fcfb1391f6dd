import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';
import { Account } from '../../accounts/index.js';

/**
 * The account's customer at Stripe, created the first time the account needs one
 * (stripe-customers.service.ts) and kept in step with its billing details.
 */
@Entity({ tableName: 'stripe_customer' })
export class StripeCustomer {
  @PrimaryKey({ type: 'text' })
  id: string = newId('scu');

  @OneToOne(() => Account, { owner: true, unique: true, deleteRule: 'cascade' })
  account!: Account;

  /** `cus_…` */
  @Property({ type: 'text', unique: true })
  stripeCustomerId!: string;

  /** When the billing details were last copied to Stripe. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  syncedAt: Date | null = null;

  /** Set when Stripe reports the customer deleted (a new one is created when needed). */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
