import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The revenue figures of docs/API.md "Revenue figures", computed in SQL over billing's tables,
 * per currency, in integer minor units. Nothing here converts currencies (modules/revenue does).
 *
 * A subscription is **paying** at an instant T when it had started (`created_at <= T`), had not
 * ended (`ended_at` null or after T), was not in its trial (`trial_end` null or not after T), and
 * is not `incomplete` (its first payment never arrived). Its recurring amount is its price
 * version's unit amount plus the per-seat amount for each seat beyond the plan's included seats.
 * The subscription row holds its current price and seats, so history before a plan change is
 * read at the current price (see docs/API.md).
 */

/** `… where` condition: subscription `s` is paying at the instant `t.at`. */
const payingAt = `s.created_at <= t.at
  and (s.ended_at is null or s.ended_at > t.at)
  and (s.trial_end is null or s.trial_end <= t.at)
  and s.status <> 'incomplete'`;

/** A paying subscription's amount per year, exact: monthly prices × 12, annual ones as they are. */
const annualAmount = `(pp.unit_amount + coalesce(pp.per_seat_amount, 0) * greatest(s.seats - p.included_seats, 0))
  * case when s.interval = 'MONTH' then 12 else 1 end`;

export interface RecurringRevenueRow {
  at: Date;
  currency: string;
  /** Σ annual amounts (exact, minor units); MRR is this / 12 rounded half-even once. */
  annual: number;
  paying: number;
}

/** Annualised recurring revenue and paying subscriptions per currency at each instant. */
export async function recurringRevenueAt(
  em: EntityManager,
  instants: readonly Date[],
): Promise<RecurringRevenueRow[]> {
  const rows = await em
    .getConnection()
    .execute<{ at: Date; currency: string; annual: string; paying: string }[]>(
      `select t.at, s.currency, sum(${annualAmount}) as annual, count(*) as paying
     from (select value::timestamptz as at from jsonb_array_elements_text(?::jsonb)) as t
     join subscription s on ${payingAt}
     join plan_price pp on pp.id = s.price_id
     join plan p on p.id = s.plan_id
     group by t.at, s.currency
     order by t.at, s.currency`,
      [JSON.stringify(instants.map((instant) => instant.toISOString()))],
    );
  return rows.map((row) => ({
    at: new Date(row.at),
    currency: row.currency,
    annual: Number(row.annual),
    paying: Number(row.paying),
  }));
}

export interface PlanSubscriptionsRow {
  planId: string;
  planCode: string;
  planName: string;
  currency: string;
  paying: number;
  trialing: number;
  /** Σ annual amounts of the paying ones (exact, minor units). */
  annual: number;
}

/** Live subscriptions by plan and currency at `now`: paying ones (with their revenue) and trials. */
export async function subscriptionsByPlanAt(
  em: EntityManager,
  now: Date,
): Promise<PlanSubscriptionsRow[]> {
  const rows = await em.getConnection().execute<
    {
      plan_id: string;
      code: string;
      name: string;
      currency: string;
      paying: string;
      trialing: string;
      annual: string;
    }[]
  >(
    `select p.id as plan_id, p.code, p.name, s.currency,
       count(*) filter (where ${payingAt}) as paying,
       count(*) filter (where s.trial_end > t.at) as trialing,
       coalesce(sum(${annualAmount}) filter (where ${payingAt}), 0) as annual
     from (select ?::timestamptz as at) t
     join subscription s on s.created_at <= t.at and (s.ended_at is null or s.ended_at > t.at)
       and s.status <> 'incomplete'
     join plan_price pp on pp.id = s.price_id
     join plan p on p.id = s.plan_id
     group by p.id, p.code, p.name, p.rank, s.currency
     order by p.rank, p.code, s.currency`,
    [now.toISOString()],
  );
  return rows.map((row) => ({
    planId: row.plan_id,
    planCode: row.code,
    planName: row.name,
    currency: row.currency,
    paying: Number(row.paying),
    trialing: Number(row.trialing),
    annual: Number(row.annual),
  }));
}

export interface MonthlyMovementRow {
  /** First instant of the month (UTC). */
  month: Date;
  currency: string;
  newAccounts: number;
  churnedAccounts: number;
  /** Invoices whose first collection attempt failed in the month, and their totals. */
  failedPayments: number;
  failedAmount: number;
  /** Invoices that failed at least once and were paid in the month, and what was paid. */
  recoveredPayments: number;
  recoveredAmount: number;
}

/**
 * Per month (UTC calendar months starting at `months[i]`, each up to the next or `end`) and
 * currency:
 * - new accounts: accounts whose first subscription to become paying did so in the month (a trial
 *   counts when it converts);
 * - churned accounts: accounts with a subscription that ended in the month after having paid, and
 *   no paying subscription at the month's end (a trial that ended unconverted is not churn);
 * - failed payments: invoices whose first failed collection (`payment_failed_at`) is in the month;
 * - recovered by dunning: invoices with a failed collection that were paid in the month.
 */
export async function monthlyMovements(
  em: EntityManager,
  months: readonly Date[],
  end: Date,
): Promise<MonthlyMovementRow[]> {
  const rows = await em.getConnection().execute<
    {
      month: Date;
      currency: string;
      new_accounts: string;
      churned_accounts: string;
      failed_payments: string;
      failed_amount: string;
      recovered_payments: string;
      recovered_amount: string;
    }[]
  >(
    `with m as (
       select start, coalesce(lead(start) over (order by start), ?::timestamptz) as stop
       from (select value::timestamptz as start from jsonb_array_elements_text(?::jsonb)) as u
     ),
     paying_from as (
       -- When each subscription started paying (after its trial), if it ever did.
       select s.account_id, s.currency,
         greatest(s.created_at, coalesce(s.trial_end, s.created_at)) as since, s.ended_at
       from subscription s
       where s.status <> 'incomplete'
         and (s.ended_at is null or s.ended_at > greatest(s.created_at, coalesce(s.trial_end, s.created_at)))
     ),
     first_paying as (
       select distinct on (account_id) account_id, currency, since
       from paying_from order by account_id, since
     ),
     new_accounts as (
       select m.start, f.currency, count(*) as n
       from m join first_paying f on f.since >= m.start and f.since < m.stop
       group by m.start, f.currency
     ),
     churned as (
       select m.start, e.currency, count(distinct e.account_id) as n
       from m join paying_from e on e.ended_at >= m.start and e.ended_at < m.stop
       where not exists (
         select 1 from paying_from o
         where o.account_id = e.account_id and o.since < m.stop
           and (o.ended_at is null or o.ended_at >= m.stop)
       )
       group by m.start, e.currency
     ),
     failed as (
       select m.start, i.currency, count(*) as n, sum(i.total) as amount
       from m join invoice i on i.payment_failed_at >= m.start and i.payment_failed_at < m.stop
       group by m.start, i.currency
     ),
     recovered as (
       select m.start, i.currency, count(*) as n, sum(i.amount_paid) as amount
       from m join invoice i on i.status = 'paid' and i.payment_failed_at is not null
         and i.paid_at >= m.start and i.paid_at < m.stop
       group by m.start, i.currency
     ),
     keys as (
       select start, currency from new_accounts union select start, currency from churned
       union select start, currency from failed union select start, currency from recovered
     )
     select k.start as month, k.currency,
       coalesce(n.n, 0) as new_accounts, coalesce(c.n, 0) as churned_accounts,
       coalesce(f.n, 0) as failed_payments, coalesce(f.amount, 0) as failed_amount,
       coalesce(r.n, 0) as recovered_payments, coalesce(r.amount, 0) as recovered_amount
     from keys k
     left join new_accounts n using (start, currency)
     left join churned c using (start, currency)
     left join failed f using (start, currency)
     left join recovered r using (start, currency)
     order by k.start, k.currency`,
    [end.toISOString(), JSON.stringify(months.map((month) => month.toISOString()))],
  );
  return rows.map((row) => ({
    month: new Date(row.month),
    currency: row.currency,
    newAccounts: Number(row.new_accounts),
    churnedAccounts: Number(row.churned_accounts),
    failedPayments: Number(row.failed_payments),
    failedAmount: Number(row.failed_amount),
    recoveredPayments: Number(row.recovered_payments),
    recoveredAmount: Number(row.recovered_amount),
  }));
}

export interface ReceivablesRow {
  currency: string;
  openInvoices: number;
  /** Σ amount due of open invoices. */
  outstanding: number;
  /** The part already past its due date at `now`. */
  overdue: number;
}

/** What customers owe now: open invoices' amounts due per currency. */
export async function receivablesAt(em: EntityManager, now: Date): Promise<ReceivablesRow[]> {
  const rows = await em
    .getConnection()
    .execute<{ currency: string; open_invoices: string; outstanding: string; overdue: string }[]>(
      `select currency, count(*) as open_invoices, sum(amount_due) as outstanding,
       coalesce(sum(amount_due) filter (where due_at < ?::timestamptz), 0) as overdue
     from invoice where status = 'open' and amount_due > 0
     group by currency order by currency`,
      [now.toISOString()],
    );
  return rows.map((row) => ({
    currency: row.currency,
    openInvoices: Number(row.open_invoices),
    outstanding: Number(row.outstanding),
    overdue: Number(row.overdue),
  }));
}
