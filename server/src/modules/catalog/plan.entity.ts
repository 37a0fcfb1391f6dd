import { Collection, type Opt } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { entityNamed } from '../../db/entity-ref.js';
import { newId } from '../../ids.js';

/** A plan's stable code: the seeded free, basic, advanced, enterprise, or one an operator chose. */
export type PlanCode = string;
export type BillingInterval = 'MONTH' | 'YEAR';

/** The account a contract price belongs to: the `Account` entity, seen from the catalog. */
export interface ContractAccount {
  id: string;
}

/** A tier of the catalog. Prices live in versioned `PlanPrice` rows. */
@Entity({ tableName: 'plan' })
export class Plan {
  @PrimaryKey({ type: 'text' })
  id: string = newId('pln');

  @Property({ type: 'text' })
  @Unique()
  code!: PlanCode;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Position in the tier comparison, lowest first; also what "upgrade" means between tiers. */
  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'integer' })
  includedSeats!: number;

  @Property({ type: 'integer' })
  trialDays!: number;

  /** Enterprise: an operator sets the price per account. */
  @Property({ type: 'boolean' })
  customPricing: boolean & Opt = false;

  /** Share of the remaining contract invoiced on immediate cancellation, in basis points. */
  @Property({ type: 'integer' })
  cancellationFeeBps: number & Opt = 0;

  /** Feature flags this plan unlocks, e.g. "api_access". */
  @Property({ type: 'json' })
  features!: string[];

  /** Usage limits by key; null means unlimited. */
  @Property({ type: 'json' })
  limits!: Record<string, number | null>;

  /** False once archived: no new subscriptions; existing ones keep the plan and their price. */
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @OneToMany(() => PlanPrice, (price) => price.plan)
  prices = new Collection<PlanPrice>(this);
}

/**
 * One price of a plan for an interval and currency. A price change adds a new version and
 * deactivates the old one; issued invoices keep pointing at (and copying) what they billed.
 */
@Entity({ tableName: 'plan_price' })
@Unique({ properties: ['plan', 'interval', 'currency', 'version'] })
export class PlanPrice {
  @PrimaryKey({ type: 'text' })
  id: string = newId('prc');

  @ManyToOne(() => Plan, { deleteRule: 'cascade' })
  plan!: Plan;

  /**
   * Set for a custom-priced plan's contract price (Enterprise): billed to this account only, never
   * shown in the catalog. Null for catalog prices. The catalog sits below accounts (see the
   * layering in CONTRIBUTING.md), so the relation names the `Account` entity without importing it.
   */
  @ManyToOne({ entity: entityNamed('Account'), nullable: true, deleteRule: 'cascade', index: true })
  account: ContractAccount | null = null;

  @Enum({ items: ['MONTH', 'YEAR'], nativeEnumName: 'billing_interval' })
  interval!: BillingInterval;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  /** Price of the plan per interval, integer minor units. */
  @Property({ type: 'integer' })
  unitAmount!: number;

  /** Price per seat beyond the included ones, per interval; null when extra seats are not sold. */
  @Property({ type: 'integer', nullable: true })
  perSeatAmount: number | null = null;

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
