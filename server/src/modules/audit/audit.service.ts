import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntitySink, unitOfWork } from '../../db/detached-rows.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditInput {
  action: AuditAction;
  occurredAt: Date;
  actorUserId?: string | null;
  actorTokenId?: string | null;
  accountId?: string | null;
  target?: string | null;
  outcome?: AuditOutcome;
  ip?: string | null;
  requestId?: string | null;
  /** Field names and safe values only: never secrets, tokens or card data. */
  summary?: Record<string, unknown>;
}

/** Adds an audit event to the caller's unit of work, so it commits (or not) with the change. */
export function recordAudit(em: EntityManager, input: AuditInput): AuditEvent {
  return recordAuditTo(unitOfWork(em), input);
}

/** `recordAudit` into any sink (the renewal batch writes its events in one statement). */
export function recordAuditTo(sink: EntitySink, input: AuditInput): AuditEvent {
  return sink.create(AuditEvent, {
    action: input.action,
    occurredAt: input.occurredAt,
    actorUserId: input.actorUserId ?? null,
    actorTokenId: input.actorTokenId ?? null,
    accountId: input.accountId ?? null,
    target: input.target ?? null,
    outcome: input.outcome ?? 'success',
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    summary: input.summary ?? {},
  });
}
