import { type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

/**
 * A notification to send, written in the same transaction as the change it reports (the
 * transactional outbox): it exists if and only if the change committed. A worker delivers the
 * unprocessed ones (in-app, e-mail) and marks them processed.
 */
@Entity({ tableName: 'outbox_message' })
@Index({
  name: 'outbox_message_unprocessed_index',
  properties: ['createdAt'],
  where: `"processed_at" is null`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'text' })
  id: string = newId('obx');

  /** e.g. `invoice.issued`, `payment.received`. */
  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text', nullable: true })
  accountId: string | null = null;

  /** Ids and safe values only; the worker re-reads what it needs. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;
}
