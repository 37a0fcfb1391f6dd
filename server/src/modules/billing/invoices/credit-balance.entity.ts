import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { entityNamed } from '../../../db/entity-ref.js';
import { newId } from '../../../ids.js';
import { Account } from '../../accounts/index.js';
import { CreditNote, Invoice } from './invoice.entity.js';

export const creditBalanceReasons = [
  /** A change credited unused time beyond what it charged (negative subtotal). */
  'proration_credit',
  /** Balance used to pay an invoice (negative). */
  'applied_to_invoice',
  /** A voided open invoice gives back the balance it had used. */
  'credit_restored',
  /** A voided paid invoice is refunded to the balance (with a credit note). */
  'refund_to_balance',
  /** A bank transfer paid more than was due. */
  'overpayment',
  /** An operator added or took away credit, with a note (`adjustCreditBalance`). */
  'operator_adjustment',
] as const;
export type CreditBalanceReason = (typeof creditBalanceReasons)[number];

/**
 * The account's credit balance as an append-only ledger: rows are only ever inserted, and the
 * balance in a currency is the sum of its rows. Every row names the document that moved it.
 */
@Entity({ tableName: 'credit_balance_entry' })
@Index({ properties: ['account', 'currency'] })
export class CreditBalanceEntry {
  @PrimaryKey({ type: 'text' })
  id: string = newId('cbe');

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  /** Minor units: positive adds credit, negative uses it. */
  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Enum({ items: () => [...creditBalanceReasons] })
  reason!: CreditBalanceReason;

  @ManyToOne(() => Invoice, { nullable: true })
  invoice: Invoice | null = null;

  @ManyToOne(() => CreditNote, { nullable: true })
  creditNote: CreditNote | null = null;

  /**
   * The payment that left money over (`overpayment`): the `Payment` entity of modules/payments,
   * named because payments sits above billing.
   */
  @ManyToOne({ entity: entityNamed('Payment'), nullable: true })
  payment: { id: string } | null = null;

  /** Why, in the operator's words (`operator_adjustment` only). */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
