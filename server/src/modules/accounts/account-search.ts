import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeTimeCursor, encodeTimeCursor } from '../../graphql/connection.js';
import { badInput } from '../../errors.js';
import { Account } from './account.entity.js';

/**
 * Operators' account search (modules/backoffice, docs/API.md "Back office: accounts"): newest
 * first, by (created at, id). Criteria other modules answer (a member's e-mail, an invoice
 * number, a subscription state) arrive as account ids.
 */
export interface AccountSearch {
  /** Part of the name (case-insensitive); an account also matches when its id is in `textMatches`. */
  text?: string | null;
  textMatches?: readonly string[];
  /** Only these accounts (the intersection of every other module's filter); null: any. */
  within?: readonly string[] | null;
  /** Leave these out (e.g. accounts that ever had a subscription, for "no subscription"). */
  excluding?: readonly string[];
  planCode?: string | null;
  suspended?: boolean | null;
  first: number;
  after?: string | null;
}

export interface AccountSearchPage {
  accounts: Account[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export const MAX_ACCOUNT_PAGE_SIZE = 100;

export async function searchAccounts(
  em: EntityManager,
  search: AccountSearch,
): Promise<AccountSearchPage> {
  const { first } = search;
  if (!Number.isInteger(first) || first < 1 || first > MAX_ACCOUNT_PAGE_SIZE) {
    throw badInput('first', `Ask for 1 to ${MAX_ACCOUNT_PAGE_SIZE} accounts at a time.`);
  }
  const conditions: object[] = [];
  const text = search.text?.trim() ?? '';
  if (text.length > 0) {
    const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push({
      $or: [{ name: { $ilike: `%${escaped}%` } }, { id: { $in: [...(search.textMatches ?? [])] } }],
    });
  }
  if (search.within != null) conditions.push({ id: { $in: [...search.within] } });
  if (search.excluding !== undefined && search.excluding.length > 0) {
    conditions.push({ id: { $nin: [...search.excluding] } });
  }
  if (search.planCode != null) conditions.push({ plan: { code: search.planCode } });
  if (search.suspended != null) {
    conditions.push({ suspendedAt: search.suspended ? { $ne: null } : null });
  }
  const where = conditions.length === 0 ? {} : { $and: conditions };
  const paged = [...conditions];
  if (search.after != null) {
    const cursor = decodeTimeCursor(search.after, 'acc', 'accounts');
    paged.push({
      $or: [{ createdAt: { $lt: cursor.at } }, { createdAt: cursor.at, id: { $lt: cursor.id } }],
    });
  }
  const [rows, totalCount] = await Promise.all([
    em.find(Account, paged.length === 0 ? {} : { $and: paged }, {
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: first + 1,
      populate: ['plan'],
    }),
    em.count(Account, where),
  ]);
  const accounts = rows.slice(0, first);
  const last = accounts.at(-1);
  return {
    accounts,
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeTimeCursor(last.createdAt, last.id),
    totalCount,
  };
}
