import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import { AppError, badInput } from '../../../errors.js';
import { type Actor, recordAudit } from '../../audit/index.js';
import { StripeEvent, type StripeEventStatus } from './stripe-event.entity.js';

export const DEFAULT_EVENT_PAGE_SIZE = 50;
export const MAX_EVENT_PAGE_SIZE = 200;

export interface StripeEventPage {
  events: { event: StripeEvent; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Cursor: base64url of [receivedAt, id]; Stripe's ids are mixed-case, unlike ours. */
function encodeCursor(event: StripeEvent): string {
  return Buffer.from(JSON.stringify([event.receivedAt.toISOString(), event.id])).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [iso, id] = parsed as unknown[];
      const receivedAt = typeof iso === 'string' ? new Date(iso) : null;
      if (
        receivedAt !== null &&
        !Number.isNaN(receivedAt.getTime()) &&
        typeof id === 'string' &&
        /^evt_[A-Za-z0-9_]{1,250}$/.test(id)
      ) {
        return { receivedAt, id };
      }
    }
  } catch {
    // fall through to the field error
  }
  throw badInput('after', 'This page cursor is not valid; load the events again from the start.');
}

/** Operators: received events, newest first, optionally of one status and/or type. */
export async function listStripeEvents(
  em: EntityManager,
  options: {
    status?: StripeEventStatus | null;
    type?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<StripeEventPage> {
  const first = options.first ?? DEFAULT_EVENT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVENT_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_EVENT_PAGE_SIZE} events.`);
  }
  const type = options.type?.trim() ?? '';
  const where: Record<string, unknown>[] = [];
  if (options.status != null) where.push({ status: options.status });
  if (type.length > 0) where.push({ type });
  if (options.after != null) {
    const { receivedAt, id } = decodeCursor(options.after);
    where.push({ $or: [{ receivedAt: { $lt: receivedAt } }, { receivedAt, id: { $lt: id } }] });
  }
  const rows = await em.find(
    StripeEvent,
    { $and: where },
    { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: first + 1 },
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    events: page.map((event) => ({ event, cursor: encodeCursor(event) })),
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeCursor(last),
  };
}

export async function getStripeEvent(em: EntityManager, id: string): Promise<StripeEvent> {
  const event = await em.findOne(StripeEvent, { id });
  if (event === null) throw new AppError('NOT_FOUND', 'Stripe event not found.');
  return event;
}

/**
 * Operators: tries a failed event again now (or a pending one before its back-off ends), with a
 * fresh set of automatic attempts. A processed event is not run twice: CONFLICT. The caller asks a
 * worker to run it once this has committed.
 */
export async function retryStripeEvent(
  em: EntityManager,
  id: string,
  actor: Actor,
  clock: Clock,
): Promise<StripeEvent> {
  return em.transactional(async (tx) => {
    const event = await tx.findOne(
      StripeEvent,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (event === null) throw new AppError('NOT_FOUND', 'Stripe event not found.');
    if (event.status === 'processed' || event.status === 'processing') {
      throw new AppError(
        'CONFLICT',
        event.status === 'processed'
          ? `Event ${id} was already processed; it is never applied twice.`
          : `Event ${id} is being processed right now.`,
      );
    }
    const now = clock.now();
    const previous = { status: event.status, attempts: event.attempts };
    event.status = 'pending';
    event.attempts = 0;
    event.nextAttemptAt = now;
    recordAudit(tx, {
      action: 'stripe_event.retried',
      occurredAt: now,
      actorUserId: actor.userId,
      target: event.id,
      ip: actor.ip,
      requestId: actor.requestId,
      summary: {
        type: event.type,
        previousStatus: previous.status,
        attempts: previous.attempts,
        lastError: event.lastError,
      },
    });
    return event;
  });
}
