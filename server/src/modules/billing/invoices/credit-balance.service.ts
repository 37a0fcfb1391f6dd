import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntitySink, unitOfWork } from '../../../db/detached-rows.js';
import { Account } from '../../accounts/index.js';
import { type Currency, type Money, isCurrency, money } from '../rules/index.js';
import { CreditBalanceEntry, type CreditBalanceReason } from './credit-balance.entity.js';
import type { CreditNote, Invoice } from './invoice.entity.js';

/** The currency a balance is shown in when an account has never been billed. */
export const DEFAULT_BALANCE_CURRENCY: Currency = 'EUR';

/**
 * Ledger rows are written in the caller's transaction (`recordCreditBalanceEntry`): inside one,
 * its pending rows are flushed first so they count. Outside a transaction there are none, and a
 * read skips the flush, which compares every entity the request has loaded (hundreds on a page
 * listing plans) for nothing.
 */
async function flushPendingRows(em: EntityManager): Promise<void> {
  if (em.isInTransaction()) await em.flush();
}

/** The account's credit balance in `currency`: the sum of its ledger rows. */
export async function creditBalanceIn(
  em: EntityManager,
  accountId: string,
  currency: Currency,
): Promise<Money> {
  await flushPendingRows(em);
  const rows = await em.getConnection().execute<{ balance: string | number }[]>(
    `select coalesce(sum(amount), 0) as balance from credit_balance_entry
       where account_id = ? and currency = ?`,
    [accountId, currency],
    'all',
    em.getTransactionContext(),
  );
  return money(Number(rows[0]?.balance ?? 0), currency);
}

/**
 * The credit balances of many accounts in one statement, each in the currency asked for it, keyed
 * by account id; the same sums as `creditBalanceIn`. For batches (renewal), where one query per
 * account would be most of the work.
 */
export async function creditBalancesIn(
  em: EntityManager,
  wanted: readonly { accountId: string; currency: Currency }[],
): Promise<Map<string, Money>> {
  await flushPendingRows(em);
  const rows =
    wanted.length === 0
      ? []
      : await em
          .getConnection()
          .execute<{ account_id: string; currency: string; balance: string | number }[]>(
            `select account_id, currency, coalesce(sum(amount), 0) as balance
           from credit_balance_entry
           where account_id in (select jsonb_array_elements_text(?::jsonb))
           group by account_id, currency`,
            [JSON.stringify([...new Set(wanted.map((w) => w.accountId))])],
            'all',
            em.getTransactionContext(),
          );
  const sums = new Map(rows.map((row) => [`${row.account_id} ${row.currency}`, row.balance]));
  return new Map(
    wanted.map(({ accountId, currency }) => [
      accountId,
      money(Number(sums.get(`${accountId} ${currency}`) ?? 0), currency),
    ]),
  );
}

/**
 * The balance to show for an account: in `preferred` (its subscription's currency) when given, else
 * in the currency it was last credited or charged in, else zero in `chosen` (the currency picked at
 * onboarding), else in the default currency.
 */
export async function accountCreditBalance(
  em: EntityManager,
  accountId: string,
  preferred: string | null,
  chosen: string | null = null,
): Promise<Money> {
  if (preferred !== null && isCurrency(preferred)) return creditBalanceIn(em, accountId, preferred);
  // The latest row's currency and the balance in it, in one statement.
  await flushPendingRows(em);
  const [latest] = await em
    .getConnection()
    .execute<{ currency: string; balance: string | number }[]>(
      `select latest.currency, (select coalesce(sum(amount), 0) from credit_balance_entry
         where account_id = ? and currency = latest.currency) as balance
       from (select currency from credit_balance_entry where account_id = ?
             order by created_at desc, id desc limit 1) latest`,
      [accountId, accountId],
      'all',
      em.getTransactionContext(),
    );
  if (latest !== undefined && isCurrency(latest.currency)) {
    return money(Number(latest.balance), latest.currency);
  }
  return money(0, chosen !== null && isCurrency(chosen) ? chosen : DEFAULT_BALANCE_CURRENCY);
}

/** Appends one ledger row to the caller's unit of work. Rows are never updated or deleted. */
export function recordCreditBalanceEntry(
  tx: EntityManager,
  entry: CreditBalanceEntryInput,
): CreditBalanceEntry | null {
  return recordCreditBalanceEntryTo(unitOfWork(tx), entry);
}

export interface CreditBalanceEntryInput {
  accountId: string;
  amount: Money;
  reason: CreditBalanceReason;
  at: Date;
  invoice?: Invoice;
  creditNote?: CreditNote;
  /** The payment that left money over (modules/payments). */
  payment?: { id: string };
}

/** `recordCreditBalanceEntry` into any sink; nothing for a zero amount. */
export function recordCreditBalanceEntryTo(
  sink: EntitySink,
  entry: CreditBalanceEntryInput,
): CreditBalanceEntry | null {
  if (entry.amount.amount === 0) return null;
  return sink.create(CreditBalanceEntry, {
    account: sink.reference(Account, entry.accountId),
    amount: entry.amount.amount,
    currency: entry.amount.currency,
    reason: entry.reason,
    invoice: entry.invoice ?? null,
    creditNote: entry.creditNote ?? null,
    payment: entry.payment ?? null,
    createdAt: entry.at,
  });
}
