import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeTimeCursor, encodeTimeCursor } from '../../../graphql/connection.js';
import { badInput, notFound } from '../../../errors.js';
import { MailMessage } from './mail-message.entity.js';

export const MAX_MAIL_PAGE_SIZE = 100;
export const DEFAULT_MAIL_PAGE_SIZE = 25;

export interface MailPage {
  messages: { mail: MailMessage; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

/** Every message, newest first (created at, then id: a total order, so cursors are stable). */
export async function listMail(
  em: EntityManager,
  page: { first?: number | null; after?: string | null },
): Promise<MailPage> {
  const first = page.first ?? DEFAULT_MAIL_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_MAIL_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_MAIL_PAGE_SIZE} messages at a time.`);
  }
  const cursor = page.after == null ? null : decodeTimeCursor(page.after, 'mail', 'outbox');
  const where: FilterQuery<MailMessage> =
    cursor === null
      ? {}
      : {
          $or: [
            { createdAt: { $lt: cursor.at } },
            { createdAt: cursor.at, id: { $lt: cursor.id } },
          ],
        };
  const [rows, totalCount] = await Promise.all([
    em.find(MailMessage, where, {
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: first + 1,
    }),
    em.count(MailMessage, {}),
  ]);
  const messages = rows
    .slice(0, first)
    .map((mail) => ({ mail, cursor: encodeTimeCursor(mail.createdAt, mail.id) }));
  return {
    messages,
    hasNextPage: rows.length > first,
    endCursor: messages.at(-1)?.cursor ?? null,
    totalCount,
  };
}

export async function getMail(em: EntityManager, id: string): Promise<MailMessage> {
  const mail = await em.findOne(MailMessage, { id });
  if (mail === null) throw notFound('Mail message');
  return mail;
}
