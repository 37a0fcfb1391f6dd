/**
 * Bulk seed for the renewal benchmark: N accounts, each with billing details and one active
 * monthly subscription whose period ends at (or, on the 29th–31st, just before) the benchmark's
 * clock, and that period's paid invoice. Plain SQL over generate_series, so 100,000 rows take seconds, not N ORM round trips.
 *
 * The columns are those of the committed migrations (account, billing_details, subscription);
 * nullable columns are left to their defaults. Customers cycle through four tax situations so
 * invoices are not all alike: DE individual (EUR, 19 % VAT), FR business with an EU VAT id (EUR,
 * reverse charge), US individual (USD, no tax), GB individual (GBP); plans alternate between
 * Basic and Advanced, and seats run 1–5 (above Basic's 3 included seats, an extra-seats line).
 */

import { alertTopics } from '../../server/dist/modules/accounts/alert-topics.js';

/** `Date.UTC` month arithmetic as the billing rules do it (rules/periods.ts periodBoundary). */
function monthBoundary(anchorMs, months) {
  const a = new Date(anchorMs);
  const total = a.getUTCMonth() + months;
  const year = a.getUTCFullYear() + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(a.getUTCDate(), lastDay),
    a.getUTCHours(),
    a.getUTCMinutes(),
    a.getUTCSeconds(),
  );
}

/**
 * The period the seeded subscriptions are in: it starts one month before `now` (the anchor) and
 * ends on the anchor's next monthly boundary, which is `now` itself unless `now` falls on a day the
 * previous month lacks. Either way it ends at or before `now`: every subscription is due.
 */
export function seededPeriod(now) {
  const nowMs = Math.floor(now.getTime() / 1000) * 1000;
  const start = monthBoundary(nowMs, -1);
  const end = monthBoundary(start, 1);
  if (end > nowMs) throw new Error('seeded period would end after now');
  return { start: new Date(start), end: new Date(end) };
}

const seedSql = `
with prices as (
  select row_number() over (order by p.rank, pp.currency) - 1 as k,
         pp.id as price_id, pp.plan_id, pp.currency, p.code
  from plan_price pp join plan p on p.id = pp.plan_id
  where p.code in ('basic', 'advanced') and pp.interval = 'MONTH' and pp.active
    and pp.version = (select max(v.version) from plan_price v
                      where v.plan_id = pp.plan_id and v.interval = pp.interval
                        and v.currency = pp.currency and v.active)
),
customers as (
  select i,
         'acc_bench' || lpad(i::text, 17, '0') as account_id,
         'sub_bench' || lpad(i::text, 17, '0') as subscription_id,
         i % 4 as kind,
         case when (i / 4) % 2 = 0 then 'basic' else 'advanced' end as plan_code,
         case i % 4 when 2 then 'USD' when 3 then 'GBP' else 'EUR' end as currency,
         1 + (i / 8) % 5 as seats
  from generate_series($1::int, $2::int) as i
),
priced as (
  select c.*, pr.price_id, pr.plan_id
  from customers c join prices pr on pr.code = c.plan_code and pr.currency = c.currency
),
accounts as (
  insert into account (id, name, plan_id, created_at, updated_at, onboarded_at, alert_topics)
  select account_id, 'Bench Customer ' || i, plan_id, $3, $3, $3, $6::jsonb from priced
  returning id
),
details as (
  insert into billing_details (account_id, legal_name, billing_email, line1, line2, city, region,
                               postal_code, country, tax_id_type, tax_id_value, updated_at)
  select account_id, 'Bench Customer ' || i, 'billing+' || i || '@bench.example',
         case kind when 0 then 'Hauptstraße 1' when 1 then '1 rue de Rivoli'
                   when 2 then '1 Market St' else '10 Downing Street' end,
         null,
         case kind when 0 then 'Berlin' when 1 then 'Paris' when 2 then 'San Francisco'
                   else 'London' end,
         case kind when 2 then 'CA' else null end,
         case kind when 0 then '10115' when 1 then '75001' when 2 then '94105' else 'SW1A 2AA' end,
         case kind when 0 then 'DE' when 1 then 'FR' when 2 then 'US' else 'GB' end,
         case kind when 1 then 'EU_VAT' else null end,
         case kind when 1 then 'FR40303265045' else null end,
         $3
  from priced
  returning account_id
)
insert into subscription (id, account_id, status, plan_id, price_id, currency, interval, seats,
                          billing_anchor, current_period_start, current_period_end,
                          cancel_at_period_end, created_at, updated_at)
select subscription_id, account_id, 'active', plan_id, price_id, currency, 'MONTH', seats,
       $4, $4, $5, false, $3, $3
from priced
`;

/**
 * The invoice of each seeded subscription's current period, as an active subscription has: paid
 * by bank transfer, numbered in the period's month, with one line (amounts are the plan's price
 * and extra seats, without tax: only the rows' existence matters to renewal). Without them the
 * invoice table would be empty when the run starts — a database nobody has billed yet — and
 * PostgreSQL would keep the plan it made for the invoice lines' foreign-key check while the table
 * was empty (a sequential scan) for the whole run.
 */
const historySql = `
with invoiced as (
  insert into invoice (id, account_id, subscription_id, number, status, billing_reason, currency,
                       subtotal, credit_applied, tax_amount, tax_rate_bps, reverse_charge, total,
                       amount_paid, amount_due, period_start, period_end, issued_at, due_at,
                       paid_at, collection_method, failed_payment_attempts, created_at)
  select 'inv_bench' || substr(s.id, 10), s.account_id, s.id,
         'INV-' || $3 || '-' || lpad(n::text, greatest(5, length(n::text)), '0'),
         'paid', 'subscription_cycle', s.currency, a.amount, 0, 0, 0, false, a.amount, a.amount, 0,
         s.current_period_start, s.current_period_end, s.current_period_start,
         s.current_period_start, s.current_period_start, 'bank_transfer', 0, s.current_period_start
  from subscription s
  cross join lateral (select substr(s.id, 10)::int as n) seq
  join lateral (
    select pp.unit_amount + greatest(s.seats - p.included_seats, 0) * coalesce(pp.per_seat_amount, 0) as amount
    from plan_price pp join plan p on p.id = pp.plan_id where pp.id = s.price_id
  ) a on true
  where s.id between 'sub_bench' || lpad($1::text, 17, '0') and 'sub_bench' || lpad($2::text, 17, '0')
  returning id, subtotal, period_start, period_end
)
insert into invoice_line (id, invoice_id, position, kind, description, quantity, unit_amount,
                          amount, period_start, period_end, proration)
select 'inl_bench' || substr(id, 10), id, 0, 'subscription', 'Subscription', 1, subtotal, subtotal,
       period_start, period_end, false
from invoiced
`;

/**
 * Seeds customers `from`..`to` (inclusive) with their current period's invoice (`history: false`
 * leaves the invoice table empty); `createdAt` is when they signed up. The catalog must be seeded (openDatabase does it). Returns the
 * subscriptions inserted and the period they are in.
 */
export async function seedDueSubscriptions(client, { from, to, now, history = true }) {
  const period = seededPeriod(now);
  const createdAt = new Date(period.start.getTime());
  const expected = to - from + 1;
  const result = await client.query(seedSql, [
    from,
    to,
    createdAt,
    period.start,
    period.end,
    JSON.stringify(alertTopics),
  ]);
  if (result.rowCount !== expected) {
    throw new Error(`seeded ${result.rowCount} subscriptions, expected ${expected}`);
  }
  if (!history) return { count: result.rowCount, period };
  const month = period.start.toISOString().slice(0, 7);
  const invoiced = await client.query(historySql, [from, to, month]);
  if (invoiced.rowCount !== expected) {
    throw new Error(`seeded ${invoiced.rowCount} past invoices, expected ${expected}`);
  }
  await client.query(
    `insert into document_number_counter (kind, year_month, last_number) values ('INV', $1, $2)
     on conflict (kind, year_month) do update set last_number = greatest(document_number_counter.last_number, excluded.last_number)`,
    [month, to],
  );
  return { count: result.rowCount, period };
}
