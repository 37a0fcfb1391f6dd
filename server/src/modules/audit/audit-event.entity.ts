import { type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

export type AuditOutcome = 'success' | 'failure';

/** Append-only record of who did what. Ids are stored as plain text so records outlive rows. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['accountId', 'occurredAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'text' })
  id: string = newId('aud');

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  actorTokenId: string | null = null;

  @Property({ type: 'text', nullable: true })
  accountId: string | null = null;

  /** e.g. "auth.sign_in", "account.update". */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  target: string | null = null;

  @Property({ type: 'text' })
  outcome: AuditOutcome & Opt = 'success';

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  /** Redacted summary of the change: field names and safe values only. */
  @Property({ type: 'json' })
  summary: Record<string, unknown> & Opt = {};
}
