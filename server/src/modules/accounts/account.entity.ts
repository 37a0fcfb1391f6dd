import { type Opt, type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Plan } from '../catalog/plan.entity.js';

/** A customer account: the unit that is billed and that members belong to. */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'text' })
  id: string = newId('acc');

  @Property({ type: 'text' })
  name!: string;

  /**
   * The plan the account is on; Free until a subscription says otherwise. `Rel<>` keeps the
   * decorator metadata from naming Plan while the two modules import each other (contract prices).
   */
  @ManyToOne(() => Plan)
  plan!: Rel<Plan>;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  suspendedAt: Date | null = null;

  /** Why: `dunning` (lifted when the overdue invoices are paid) or an operator's note. */
  @Property({ type: 'text', nullable: true })
  suspensionReason: string | null = null;
}
