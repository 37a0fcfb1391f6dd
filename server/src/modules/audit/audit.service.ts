import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntitySink, unitOfWork } from '../../db/detached-rows.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditInput {
  action: string;
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

/**
 * A signed-in person acting through a request: who, from where, in which request. Resolvers get
 * it from `actorOf(ctx)` (graphql/session-scope.ts).
 */
export interface Actor {
  userId: string;
  ip: string | null;
  requestId: string | null;
}

/** An audit event's fields besides who did it and from where. */
export type ActorAuditInput = Omit<AuditInput, 'actorUserId' | 'actorTokenId' | 'ip' | 'requestId'>;

/**
 * Records an audit event of something `actor` did, in the caller's unit of work. A null `userId`
 * is the system acting (a job).
 */
export function recordAuditBy(
  em: EntityManager,
  actor: Omit<Actor, 'userId'> & { userId: string | null },
  input: ActorAuditInput,
): AuditEvent {
  return recordAudit(em, {
    ...input,
    actorUserId: actor.userId,
    ip: actor.ip,
    requestId: actor.requestId,
  });
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
