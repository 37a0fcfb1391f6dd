import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeTimeCursor, encodeTimeCursor } from '../../graphql/connection.js';
import { badInput } from '../../errors.js';
import { Notification } from './notification.entity.js';

export const MAX_NOTIFICATION_PAGE_SIZE = 100;
export const DEFAULT_NOTIFICATION_PAGE_SIZE = 20;
/** How many ids one `markNotificationsRead` may name. */
export const MAX_MARK_READ_IDS = 100;

export interface NotificationItem {
  notification: Notification;
  readAt: Date | null;
  cursor: string;
}

export interface NotificationPage {
  items: NotificationItem[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  unreadCount: number;
}

interface Row {
  id: string;
  account_id: string;
  event_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/**
 * An account's notifications for one member, newest first (created at, then id), each with when
 * this member read it. `unreadOnly` leaves out what they read.
 */
export async function listNotifications(
  em: EntityManager,
  scope: { accountId: string; userId: string },
  page: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<NotificationPage> {
  const first = page.first ?? DEFAULT_NOTIFICATION_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATION_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_NOTIFICATION_PAGE_SIZE} notifications at a time.`);
  }
  const cursor = page.after == null ? null : decodeTimeCursor(page.after, 'ntf', 'notifications');
  const params: unknown[] = [scope.userId, scope.accountId];
  let where = 'n.account_id = ?';
  if (page.unreadOnly === true) where += ' and r.id is null';
  const pageWhere =
    cursor === null ? where : `${where} and (n.created_at, n.id) < (?::timestamptz, ?)`;
  const pageParams = cursor === null ? params : [...params, cursor.at, cursor.id];
  const from = `from notification n
    left join notification_read r on r.notification_id = n.id and r.user_id = ?`;
  const connection = em.getConnection();
  const [rows, counts] = await Promise.all([
    connection.execute<Row[]>(
      `select n.*, r.read_at ${from} where ${pageWhere}
       order by n.created_at desc, n.id desc limit ?`,
      [...pageParams, first + 1],
      'all',
    ),
    connection.execute<{ total: string; unread: string }[]>(
      `select count(*) as total, count(*) filter (where r.id is null) as unread
       ${from} where ${where}`,
      params,
      'all',
    ),
  ]);
  const items = rows.slice(0, first).map((row) => {
    const notification = em.map(Notification, row);
    return {
      notification,
      readAt: row.read_at === null ? null : new Date(row.read_at),
      cursor: encodeTimeCursor(notification.createdAt, notification.id),
    };
  });
  return {
    items,
    hasNextPage: rows.length > first,
    endCursor: items.at(-1)?.cursor ?? null,
    totalCount: Number(counts[0]?.total ?? 0),
    unreadCount: Number(counts[0]?.unread ?? 0),
  };
}

/** How many of the account's notifications this member has not read. */
export async function unreadNotificationCount(
  em: EntityManager,
  scope: { accountId: string; userId: string },
): Promise<number> {
  const [row] = await em.getConnection().execute<{ unread: string }[]>(
    `select count(*) as unread from notification n
     where n.account_id = ? and not exists (
       select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)`,
    [scope.accountId, scope.userId],
    'all',
  );
  return Number(row?.unread ?? 0);
}

/**
 * Marks notifications read for one member: the ids given (each must be the account's, else
 * NOT_FOUND-like BAD_USER_INPUT on `input.ids`), or every one when `all`. Marking one already read
 * changes nothing, so the mutation can be repeated. Returns the member's unread count after.
 */
export async function markNotificationsRead(
  em: EntityManager,
  scope: { accountId: string; userId: string },
  input: { ids?: readonly string[] | null; all?: boolean | null },
  now: Date,
): Promise<number> {
  const all = input.all === true;
  const ids = [...new Set(input.ids ?? [])];
  if (all === ids.length > 0) {
    throw badInput('input', 'Name the notifications to mark read, or ask for all of them.');
  }
  if (ids.length > MAX_MARK_READ_IDS) {
    throw badInput('input.ids', `Mark at most ${MAX_MARK_READ_IDS} notifications at a time.`);
  }
  const connection = em.getConnection();
  if (!all) {
    const [found] = await connection.execute<{ count: string }[]>(
      `select count(*) as count from notification
       where account_id = ? and id in (select jsonb_array_elements_text(?::jsonb))`,
      [scope.accountId, JSON.stringify(ids)],
      'all',
    );
    if (Number(found?.count ?? 0) !== ids.length) {
      throw badInput('input.ids', 'Some of these notifications do not exist.');
    }
  }
  // One statement; `on conflict do nothing` makes a repeat (or a concurrent click) harmless.
  await connection.execute(
    `insert into notification_read (id, notification_id, user_id, read_at)
     select ? || '_' || md5(n.id || ?), n.id, ?, ?
     from notification n
     where n.account_id = ?
       ${all ? '' : 'and n.id in (select jsonb_array_elements_text(?::jsonb))'}
       and not exists (
         select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)
     on conflict (notification_id, user_id) do nothing`,
    [
      'ntr',
      scope.userId,
      scope.userId,
      now,
      scope.accountId,
      ...(all ? [] : [JSON.stringify(ids)]),
      scope.userId,
    ],
    'run',
  );
  return unreadNotificationCount(em, scope);
}
