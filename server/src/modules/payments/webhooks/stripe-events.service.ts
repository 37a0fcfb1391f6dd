import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { Logger } from '../../../logging.js';
import type { VerifiedStripeEvent } from './stripe-signature.js';
import { StripeEvent } from './stripe-event.entity.js';

/** What a handler gets: the event's transaction, the time, and whatever it needs from outside. */
export interface StripeEventContext<Deps> {
  tx: EntityManager;
  now: Date;
  log: Logger;
  deps: Deps;
}

/**
 * Applies one event inside its transaction and says what it did in a few words (kept on the
 * event for operators). Throwing rolls everything back and schedules a retry.
 */
export type StripeEventHandler<Deps> = (
  event: StripeEvent,
  ctx: StripeEventContext<Deps>,
) => Promise<string>;

export type StripeEventHandlers<Deps> = Readonly<Record<string, StripeEventHandler<Deps>>>;

/**
 * Back-off after the n-th failed attempt (seconds); after the last one the event is `failed` and
 * waits for an operator. Roughly seven hours of automatic attempts, like Stripe's own retries of a
 * delivery would not give us (they stop once we answered 2xx).
 */
export const retryDelaysSeconds = [30, 120, 600, 3_600, 21_600] as const;
export const maxAutomaticAttempts = retryDelaysSeconds.length + 1;

/** How long a worker's claim on an event lasts before another worker may take it over. */
const claimSeconds = 300;

/** One event to store: `claim` stores it already claimed by the caller (the route's inline mode). */
export interface StripeEventToStore {
  event: VerifiedStripeEvent;
  claim: boolean;
}

const storeColumns = 11;

/**
 * Stores verified events once each (the Stripe id is the primary key) in one statement, so they
 * commit together or not at all. Returns the ids it stored; an id already in the table (a
 * redelivery) is not among them. Ids must be distinct (`on conflict` would skip the second row of
 * the same id, and the caller could not tell which of the two was stored).
 */
export async function storeStripeEvents(
  em: EntityManager,
  events: readonly StripeEventToStore[],
  now: Date,
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const claimedUntil = new Date(now.getTime() + claimSeconds * 1000);
  const params: unknown[] = [];
  for (const { event, claim } of events) {
    params.push(
      event.id,
      event.type,
      event.objectId,
      event.livemode,
      event.rawJson,
      event.createdAt,
      now,
      claim ? 'processing' : 'pending',
      claim ? 1 : 0,
      claim ? null : now,
      claim ? claimedUntil : null,
    );
  }
  const row = `(${new Array<string>(storeColumns).fill('?').join(', ')})`;
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `insert into stripe_event (id, type, object_id, livemode, payload, created_at, received_at, status, attempts, next_attempt_at, locked_until)
     values ${new Array<string>(events.length).fill(row).join(', ')}
     on conflict (id) do nothing returning id`,
    params,
    'all',
  );
  return new Set(rows.map((stored) => stored.id));
}

/**
 * Stores a verified event once (its Stripe id is the primary key). Returns false for a
 * redelivery: Stripe gets 2xx again and nothing else happens. With `claim`, the event is stored
 * already claimed for processing by the caller (the inline mode of the route).
 */
export async function storeStripeEvent(
  em: EntityManager,
  event: VerifiedStripeEvent,
  now: Date,
  options: { claim?: boolean } = {},
): Promise<boolean> {
  const stored = await storeStripeEvents(em, [{ event, claim: options.claim === true }], now);
  return stored.has(event.id);
}

/**
 * Claims up to `limit` events that are due (oldest first) for this worker, counting the attempt.
 * `skip locked`: concurrent workers each get different events.
 */
export async function claimDueStripeEvents(
  em: EntityManager,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update stripe_event set status = 'processing', attempts = attempts + 1, locked_until = ?
     where id in (
       select id from stripe_event where status = 'pending' and next_attempt_at <= ?
       order by next_attempt_at, id limit ? for update skip locked)
     returning id`,
    [new Date(now.getTime() + claimSeconds * 1000), now, limit],
    'all',
  );
  return rows.map((row) => row.id);
}

/** Claims that ran out (a worker died mid-event) go back to pending, due now. */
export async function releaseExpiredClaims(em: EntityManager, now: Date): Promise<number> {
  return em
    .getConnection()
    .execute(
      `update stripe_event set status = 'pending', next_attempt_at = ?, locked_until = null
       where status = 'processing' and locked_until < ?`,
      [now, now],
      'run',
    )
    .then((result) => (result as { affectedRows?: number }).affectedRows ?? 0);
}

export type StripeEventResult = 'processed' | 'retrying' | 'failed' | 'skipped';

/**
 * Runs the event's handler in one transaction with the event row locked, and marks it processed
 * in the same transaction: the effect and "processed" commit together or not at all, and two
 * workers can never apply the same event. A failure is recorded in its own transaction and
 * schedules the next attempt (`retryDelaysSeconds`), or marks the event failed after the last.
 */
export async function processStripeEvent<Deps>(
  em: EntityManager,
  eventId: string,
  handlers: StripeEventHandlers<Deps>,
  context: { clock: Clock; log: Logger; deps: Deps },
): Promise<StripeEventResult> {
  const { clock, log } = context;
  try {
    return await em.fork().transactional(async (tx) => {
      const event = await tx.findOne(
        StripeEvent,
        { id: eventId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (event === null || event.status !== 'processing') return 'skipped';
      const now = clock.now();
      const handler = handlers[event.type];
      event.outcome =
        handler === undefined
          ? `nothing to do: ${event.type} is not an event Ledgerline acts on`
          : await handler(event, {
              tx,
              now,
              log: log.child({ stripeEvent: eventId }),
              deps: context.deps,
            });
      event.status = 'processed';
      event.processedAt = now;
      event.lockedUntil = null;
      event.nextAttemptAt = null;
      return 'processed';
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return recordFailedAttempt(em, eventId, message.slice(0, 2_000), clock.now(), log);
  }
}

async function recordFailedAttempt(
  em: EntityManager,
  eventId: string,
  message: string,
  now: Date,
  log: Logger,
): Promise<StripeEventResult> {
  return em.fork().transactional(async (tx) => {
    const event = await tx.findOne(
      StripeEvent,
      { id: eventId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (event === null || event.status !== 'processing') return 'skipped';
    event.lastError = message;
    event.lockedUntil = null;
    const delay = retryDelaysSeconds[event.attempts - 1];
    if (delay === undefined) {
      event.status = 'failed';
      event.nextAttemptAt = null;
      log.error(
        { stripeEvent: eventId, type: event.type, attempts: event.attempts, error: message },
        'Stripe event failed for good; an operator can retry it (Back office › Stripe events)',
      );
      return 'failed';
    }
    event.status = 'pending';
    event.nextAttemptAt = new Date(now.getTime() + delay * 1000);
    log.warn(
      { stripeEvent: eventId, type: event.type, attempts: event.attempts, error: message },
      `Stripe event failed; retrying in ${delay} s`,
    );
    return 'retrying';
  });
}

export interface StripeEventDrain {
  processed: number;
  retrying: number;
  failed: number;
}

/**
 * Processes due events until none is left: claims a batch, runs up to `concurrency` of them at a
 * time (each in its own transaction; this bounds the calls made to Stripe at once), repeats.
 */
export async function drainStripeEvents<Deps>(
  em: EntityManager,
  handlers: StripeEventHandlers<Deps>,
  context: { clock: Clock; log: Logger; deps: Deps },
  options: { batchSize?: number; concurrency?: number; signal?: AbortSignal } = {},
): Promise<StripeEventDrain> {
  const batchSize = options.batchSize ?? 100;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const run: StripeEventDrain = { processed: 0, retrying: 0, failed: 0 };
  await releaseExpiredClaims(em, context.clock.now());
  while (options.signal?.aborted !== true) {
    const ids = await claimDueStripeEvents(em, context.clock.now(), batchSize);
    if (ids.length === 0) break;
    let next = 0;
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        const result = await processStripeEvent(em, id, handlers, context);
        if (result !== 'skipped') run[result]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, lane));
  }
  return run;
}
