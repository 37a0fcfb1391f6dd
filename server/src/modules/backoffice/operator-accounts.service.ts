import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../errors.js';
import {
  type Account,
  type AccountSearchPage,
  getAccount,
  searchAccounts,
} from '../accounts/index.js';
import {
  accountIdsWithInvoiceNumber,
  accountIdsWithSubscriptionStatus,
  creditLedgerOf,
  type CreditLedgerEntry,
  type Invoice,
  listInvoices,
  pastDueAccountIds,
} from '../billing/index.js';
import type { SubscriptionStatus } from '../billing/rules/index.js';
import { accountIdsWithMemberEmail, listMembers, type Membership } from '../members/index.js';

export interface OperatorAccountQuery {
  search?: string | null;
  planCode?: string | null;
  subscriptionStatus?: SubscriptionStatus | null;
  pastDue?: boolean | null;
  suspended?: boolean | null;
}

const intersect = (a: readonly string[] | null, b: readonly string[]): string[] =>
  a === null ? [...b] : a.filter((id) => b.includes(id));

/**
 * All accounts, for operators (docs/API.md "Back office: accounts"). Each module answers its own
 * criterion as account ids (members: e-mail; billing: invoice number, subscription status, past
 * due); the accounts module applies them and pages.
 */
export async function findOperatorAccounts(
  em: EntityManager,
  query: OperatorAccountQuery,
  page: { first: number; after?: string | null },
  now: Date,
): Promise<AccountSearchPage> {
  const text = query.search?.trim() ?? '';
  if (text.length > 100) throw badInput('filter.search', 'Search with at most 100 characters.');
  const planCode = query.planCode?.trim() || null;
  if (planCode !== null && !/^[a-z0-9_-]{1,40}$/.test(planCode)) {
    throw badInput('filter.planCode', 'A plan code is lower-case letters, digits, - and _.');
  }
  const textMatches =
    text.length === 0
      ? []
      : [
          ...new Set([
            ...(await accountIdsWithMemberEmail(em, text)),
            ...(await accountIdsWithInvoiceNumber(em, text)),
          ]),
        ];
  let within: string[] | null = null;
  if (query.subscriptionStatus != null) {
    within = intersect(
      within,
      await accountIdsWithSubscriptionStatus(em, query.subscriptionStatus),
    );
  }
  let excluding: string[] = [];
  if (query.pastDue === true) within = intersect(within, await pastDueAccountIds(em, now));
  if (query.pastDue === false) excluding = await pastDueAccountIds(em, now);
  return searchAccounts(em, {
    text,
    textMatches,
    within,
    excluding,
    planCode,
    suspended: query.suspended ?? null,
    first: page.first,
    after: page.after ?? null,
  });
}

export interface OperatorAccountView {
  account: Account;
  members: Membership[];
  invoices: Invoice[];
  creditLedger: CreditLedgerEntry[];
}

/** One account with what an operator looks at first; NOT_FOUND for an unknown id. */
export async function operatorAccountView(
  em: EntityManager,
  accountId: string,
): Promise<OperatorAccountView> {
  if (!/^acc_[0-9a-z]{1,60}$/.test(accountId)) throw notFound('Account');
  const account = await getAccount(em, accountId);
  const [members, invoices, creditLedger] = [
    await listMembers(em, accountId),
    (await listInvoices(em, accountId, { first: 50 })).invoices,
    await creditLedgerOf(em, accountId, 100),
  ];
  return { account, members, invoices, creditLedger };
}
