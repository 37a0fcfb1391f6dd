import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntitySink, unitOfWork } from '../../../db/detached-rows.js';
import { Account } from '../../accounts/index.js';
import { type Currency, type Money, isCurrency, money } from '../rules/index.js';
import { CreditBalanceEntry, type CreditBalanceReason } from './credit-balance.entity.js';
import type { CreditNote, Invoice } from './invoice.entity.js';

/** The currency a balance is shown in when an account has never been billed. */
export const DEFAULT_BALANCE_CURRENCY: Currency = 'EUR';

/**
 * The account's credit balance in `currency`: the sum of its ledger rows. Pending rows of the
 * caller's unit of work are flushed first so they count.
 */
export async function creditBalanceIn(
  em: EntityManager,
  accountId: string,
  currency: Currency,
): Promise<Money> {
  await em.flush();
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
  await em.flush();
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
 * in the currency it was last credited or charged in, else zero in the default currency.
 */
export async function accountCreditBalance(
  em: EntityManager,
  accountId: string,
  preferred: string | null,
): Promise<Money> {
  let currency: Currency = DEFAULT_BALANCE_CURRENCY;
  if (preferred !== null && isCurrency(preferred)) {
    currency = preferred;
  } else {
    const latest = await em.findOne(
      CreditBalanceEntry,
      { account: accountId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, fields: ['currency'] },
    );
    if (latest !== null && isCurrency(latest.currency)) currency = latest.currency;
  }
  return creditBalanceIn(em, accountId, currency);
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
