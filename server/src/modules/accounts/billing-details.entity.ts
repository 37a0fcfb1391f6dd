import { type Opt } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Account } from './account.entity.js';

export type TaxIdType = 'EU_VAT' | 'GB_VAT' | 'US_EIN' | 'OTHER';

/**
 * Who the account's invoices are addressed to. Invoices copy these at finalization, so later
 * edits never change an issued invoice.
 */
@Entity({ tableName: 'billing_details' })
export class BillingDetails {
  @OneToOne(() => Account, { primary: true, deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'text' })
  legalName!: string;

  @Property({ type: 'text' })
  billingEmail!: string;

  @Property({ type: 'text' })
  line1!: string;

  @Property({ type: 'text', nullable: true })
  line2: string | null = null;

  @Property({ type: 'text' })
  city!: string;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Property({ type: 'text' })
  postalCode!: string;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'text', length: 2 })
  country!: string;

  @Property({ type: 'text', nullable: true })
  taxIdType: TaxIdType | null = null;

  /** Normalised (upper case, no spaces or dots). */
  @Property({ type: 'text', nullable: true })
  taxIdValue: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}
