import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { decodeTimeCursor, encodeTimeCursor } from '../../graphql/connection.js';
import { AppError, badInput } from '../../errors.js';
import { User } from '../users/index.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export const MAX_AUDIT_PAGE_SIZE = 100;
export const DEFAULT_AUDIT_PAGE_SIZE = 25;

/** Who is reading the log, as far as scope is concerned. */
export interface AuditReader {
  isOperator: boolean;
  /** The account the session acts in, if any. */
  accountId: string | null;
  /** The member holds AUDIT_READ in that account. */
  canReadAccountLog: boolean;
}

/**
 * The account whose events the reader gets, or null for every account (operators only).
 * Members always read their own account's log; naming another account is refused outright
 * rather than silently narrowed, so a caller never mistakes their own log for someone else's.
 */
export function auditScope(reader: AuditReader, requestedAccountId?: string | null): string | null {
  const requested = requestedAccountId?.trim() || null;
  if (reader.isOperator) return requested;
  if (reader.accountId === null || !reader.canReadAccountLog) {
    throw new AppError('FORBIDDEN', 'You do not have permission to read the audit log.');
  }
  if (requested !== null && requested !== reader.accountId) {
    throw new AppError('FORBIDDEN', "You can only read your own account's audit log.");
  }
  return reader.accountId;
}

export interface AuditEventQuery {
  /** Prefix of the action name. */
  action?: string | null;
  actorEmail?: string | null;
  from?: Date | null;
  to?: Date | null;
  outcome?: AuditOutcome | null;
}

export interface AuditEventPage {
  events: { event: AuditEvent; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export function encodeAuditCursor(event: Pick<AuditEvent, 'occurredAt' | 'id'>): string {
  return encodeTimeCursor(event.occurredAt, event.id);
}

function decodeAuditCursor(cursor: string): { occurredAt: Date; id: string } {
  const { at, id } = decodeTimeCursor(cursor, 'aud', 'log');
  return { occurredAt: at, id };
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_AUDIT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_AUDIT_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_AUDIT_PAGE_SIZE} events at a time.`);
  }
  return size;
}

const likePattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Events newest first (occurred at, then id, descending: ids break ties between events recorded
 * in the same millisecond, so the order — and every cursor — is total and stable).
 * `accountId` null means every account (the caller has checked the reader may see that).
 */
export async function listAuditEvents(
  em: EntityManager,
  accountId: string | null,
  query: AuditEventQuery,
  page: { first?: number | null; after?: string | null },
): Promise<AuditEventPage> {
  const first = pageSize(page.first);
  const cursor = page.after == null ? null : decodeAuditCursor(page.after);

  const conditions: FilterQuery<AuditEvent>[] = [];
  if (accountId !== null) conditions.push({ accountId });
  const action = query.action?.trim() ?? '';
  if (action.length > 0) {
    if (action.length > 100) throw badInput('action', 'Use at most 100 characters.');
    conditions.push({ action: { $like: likePattern(action) } });
  }
  if (query.from != null) conditions.push({ occurredAt: { $gte: query.from } });
  if (query.to != null) {
    if (query.from != null && query.to < query.from) {
      throw badInput('to', 'The end of the range is before its start.');
    }
    conditions.push({ occurredAt: { $lte: query.to } });
  }
  if (query.outcome != null) conditions.push({ outcome: query.outcome });
  const email = query.actorEmail?.trim().toLowerCase() ?? '';
  if (email.length > 0) {
    if (email.length > 254) throw badInput('actorEmail', 'Use at most 254 characters.');
    // E-mail is not unique across users (two providers may vouch for one address).
    const actors = await em.find(User, { email }, { fields: ['id'] });
    if (actors.length === 0)
      return { events: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    conditions.push({ actorUserId: { $in: actors.map((actor) => actor.id) } });
  }

  const where: FilterQuery<AuditEvent> = conditions.length === 0 ? {} : { $and: conditions };
  const afterCursor: FilterQuery<AuditEvent> =
    cursor === null
      ? where
      : {
          $and: [
            ...conditions,
            {
              $or: [
                { occurredAt: { $lt: cursor.occurredAt } },
                { occurredAt: cursor.occurredAt, id: { $lt: cursor.id } },
              ],
            },
          ],
        };
  const [rows, totalCount] = await Promise.all([
    em.find(AuditEvent, afterCursor, {
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      limit: first + 1,
    }),
    em.count(AuditEvent, where),
  ]);
  const events = rows.slice(0, first).map((event) => ({ event, cursor: encodeAuditCursor(event) }));
  return {
    events,
    hasNextPage: rows.length > first,
    endCursor: events.at(-1)?.cursor ?? null,
    totalCount,
  };
}

export interface AuditActor {
  id: string;
  email: string;
  name: string;
}

/**
 * Actors of a page in one query: the loader collects every id the page's events ask for and
 * fetches them together. One loader per request (keyed by its context), so nothing is cached
 * across requests or people.
 */
const actorLoaders = new WeakMap<object, DataLoader<string, AuditActor | null>>();

export function actorLoaderFor(requestContext: { em: EntityManager }) {
  let loader = actorLoaders.get(requestContext);
  if (loader === undefined) {
    loader = new DataLoader<string, AuditActor | null>(async (ids) => {
      const users = await requestContext.em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => {
        const user = byId.get(id);
        return user === undefined ? null : { id: user.id, email: user.email, name: user.name };
      });
    });
    actorLoaders.set(requestContext, loader);
  }
  return loader;
}
