import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * - `pending`: stored, waiting for a worker (again, after a failed attempt: see `nextAttemptAt`);
 * - `processing`: claimed by a worker until `lockedUntil` (a crashed worker's claim runs out);
 * - `processed`: its handler ran and committed (`outcome` says what it did, or that there was
 *   nothing to do);
 * - `failed`: every automatic attempt failed; an operator can retry it.
 */
export const stripeEventStatuses = ['pending', 'processing', 'processed', 'failed'] as const;
export type StripeEventStatus = (typeof stripeEventStatuses)[number];

/**
 * One Stripe webhook event, stored once by its Stripe id (`evt_…`) when its signature checked out,
 * then processed from the job queue (webhook-processing.ts). The primary key is what makes a
 * redelivered event a no-op.
 */
@Entity({ tableName: 'stripe_event' })
@Index({
  name: 'stripe_event_due_index',
  properties: ['nextAttemptAt'],
  where: `"status" = 'pending'`,
})
@Index({ name: 'stripe_event_status_received_index', properties: ['status', 'receivedAt'] })
export class StripeEvent {
  /** Stripe's event id. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** e.g. `payment_intent.succeeded`. */
  @Property({ type: 'text' })
  type!: string;

  /** The id of the object the event is about (`data.object.id`). */
  @Property({ type: 'text', nullable: true })
  objectId: string | null = null;

  @Property({ type: 'boolean' })
  livemode!: boolean;

  /** The event as Stripe sent it (its signature was checked on receipt). */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** When Stripe created the event. */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  receivedAt!: Date;

  @Enum({ items: () => [...stripeEventStatuses] })
  status: StripeEventStatus & Opt = 'pending';

  /** Attempts since it was stored or an operator last retried it. */
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  /** When a pending event may be tried (now, or after a failure's back-off). */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = null;

  /** The claim of the worker processing it. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  /** The last failure's message (kept after a successful retry, for the record). */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  /** What processing did, in a few words (`invoice INV-… paid`, `nothing to do: …`). */
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;
}
