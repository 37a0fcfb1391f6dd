import { type Opt } from '@mikro-orm/core';
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
import { type BillingInterval, Plan, PlanPrice } from '../../catalog/index.js';
import type { ScheduledChange, SubscriptionStatus } from '../rules/index.js';

export const subscriptionStatuses = [
  'trialing',
  'active',
  'past_due',
  'canceled',
  'incomplete',
] as const satisfies readonly SubscriptionStatus[];

export const cancellationReasons = [
  'too_expensive',
  'missing_features',
  'switched_service',
  'unused',
  'other',
] as const;
export type CancellationReason = (typeof cancellationReasons)[number];

/**
 * An account's subscription to one versioned catalog price. At most one per account is live
 * (anything but `canceled`): the partial unique index enforces it, so two racing starts cannot both
 * succeed. Ended subscriptions stay as history. State transitions come from the billing rules;
 * this row only stores what they return.
 */
@Entity({ tableName: 'subscription' })
@Unique({
  name: 'subscription_one_live_per_account',
  properties: ['account'],
  where: `"status" <> 'canceled'`,
})
// The renewal job's claim (`order by current_period_end, id … limit`, renewable statuses only)
// reads this in order and stops after one batch; without it, every batch sorted all due rows.
@Index({
  name: 'subscription_renewal_due_index',
  properties: ['currentPeriodEnd', 'id'],
  where: `"status" in ('trialing', 'active', 'past_due', 'incomplete')`,
})
@Index({
  name: 'subscription_trial_end_index',
  properties: ['trialEnd'],
  where: `"status" = 'trialing'`,
})
export class Subscription {
  @PrimaryKey({ type: 'text' })
  id: string = newId('sub');

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Enum({ items: () => [...subscriptionStatuses] })
  status!: SubscriptionStatus;

  @ManyToOne(() => Plan)
  plan!: Plan;

  /** The exact price version billed; a catalog price change never moves a running subscription. */
  @ManyToOne(() => PlanPrice)
  price!: PlanPrice;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Enum({ items: ['MONTH', 'YEAR'], nativeEnumName: 'billing_interval' })
  interval!: BillingInterval;

  @Property({ type: 'integer' })
  seats!: number;

  /** Every period boundary is computed from this instant (see rules/periods.ts). */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  billingAnchor!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  currentPeriodStart!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  currentPeriodEnd!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  trialEnd: Date | null = null;

  @Property({ type: 'boolean' })
  cancelAtPeriodEnd: boolean & Opt = false;

  /** A plan change waiting for the period end, exactly as the rules describe it (instants in s). */
  @Property({ type: 'json', nullable: true })
  scheduledChange: ScheduledChange | null = null;

  /** When cancellation was requested (also for cancel-at-period-end). */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  canceledAt: Date | null = null;

  /** When the subscription stopped; set once it is canceled. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Enum({ items: () => [...cancellationReasons], nullable: true })
  cancellationReason: CancellationReason | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationComment: string | null = null;

  /** The trial end the "trial ends in 3 days" notice was sent for; never sent twice. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  trialEndingNoticeFor: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt!: Date;
}
