import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';

/**
 * The ways of paying a customer may choose from. Card needs Stripe (STRIPE_SECRET_KEY); PayPal
 * joins this list when a PayPal collector exists, and every stored list keeps working.
 */
export const offeredMethods = ['card', 'bank_transfer'] as const;
export type OfferedMethod = (typeof offeredMethods)[number];

/** The bank account a customer transfers to, for invoices in one currency. */
export interface BankTransferAccount {
  /** ISO 4217, upper case. */
  currency: string;
  /** Account holder, IBAN / account number, BIC / routing, bank: printed as written. */
  details: string;
  /** What else the customer must know (quote the invoice number, allow two business days …). */
  instructions: string;
}

/** `scope` of the row every country without its own row uses. */
export const DEFAULT_SCOPE = 'default';

/**
 * Which payment methods customers in one country are offered, in the order they are shown, and
 * the bank accounts for bank transfers per currency (the original request's PaymentMethodConfig).
 * One row per country plus the default row (`scope = 'default'`).
 */
@Entity({ tableName: 'payment_method_config' })
export class PaymentMethodConfig {
  @PrimaryKey({ type: 'text' })
  id: string = newId('pmc');

  /** `default`, or an ISO 3166-1 alpha-2 country code. */
  @Property({ type: 'text' })
  @Unique()
  scope!: string;

  /** Offered methods, first shown first; never empty. */
  @Property({ type: 'json' })
  methods!: OfferedMethod[];

  /** One per currency at most. */
  @Property({ type: 'json' })
  bankAccounts!: BankTransferAccount[];

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt!: Date;

  /** The operator (user id) who saved it last. */
  @Property({ type: 'text', nullable: true })
  updatedBy: string | null = null;
}
