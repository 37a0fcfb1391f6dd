/**
 * Seed for the list runs of bench/viewer-throughput.mjs: the signed-in account's lists at a given
 * length N, in plain SQL over generate_series (one statement per table):
 *
 * - N issued invoices (alternately paid and open, EUR), each with two lines, one succeeded bank
 *   transfer payment and one credit note — what a partner's `invoices(first: 50)` reads;
 * - N extra active catalog plans with a monthly and a yearly EUR price — the Overview's `plans`.
 *
 * A second call replaces the first one's rows. The columns are those of the committed migrations;
 * nullable columns are left to their defaults.
 */

const clearSql = [
  `delete from credit_note where account_id = $1`,
  `delete from payment where account_id = $1`,
  `delete from invoice_line where invoice_id in (select id from invoice where account_id = $1)`,
  `delete from invoice where account_id = $1`,
  `delete from plan where code like 'bench-%'`,
];

const buyer = {
  legalName: 'Bench GmbH',
  email: 'billing@bench.example',
  addressLines: ['Benchstraße 1', '10115 Berlin'],
  country: 'DE',
  taxId: null,
};
const seller = {
  name: 'Ledgerline Bench Seller',
  addressLines: ['1 Seller Street'],
  country: 'DE',
  vatId: null,
  email: 'billing@seller.example',
};

const invoicesSql = `
insert into invoice (id, account_id, number, status, billing_reason, currency, subtotal,
  credit_applied, tax_amount, tax_rate_bps, reverse_charge, total, amount_paid, amount_due,
  period_start, period_end, issued_at, due_at, paid_at, buyer, seller, collection_method,
  payment_instructions, created_at)
select 'inv_bench' || lpad(i::text, 17, '0'), $1, 'INV-2026-01-' || lpad(i::text, 5, '0'),
  case when i % 2 = 0 then 'paid' else 'open' end, 'subscription_cycle', 'EUR', 5000, 0, 950,
  1900, false, 5950, case when i % 2 = 0 then 5950 else 1000 end,
  case when i % 2 = 0 then 0 else 4950 end,
  $2::timestamptz - (i || ' days')::interval, $2::timestamptz - ((i - 30) || ' days')::interval,
  $2::timestamptz - (i || ' days')::interval, $2::timestamptz - ((i - 14) || ' days')::interval,
  case when i % 2 = 0 then $2::timestamptz - (i || ' days')::interval end,
  $4::jsonb, $5::jsonb, 'bank_transfer', 'IBAN DE00 0000 0000 0000 0000 00',
  $2::timestamptz - (i || ' days')::interval
from generate_series(1, $3::int) as i`;

const linesSql = `
insert into invoice_line (id, invoice_id, position, kind, description, quantity, unit_amount,
  amount, period_start, period_end, proration)
select 'lin_bench' || lpad((i * 2 + k)::text, 17, '0'), 'inv_bench' || lpad(i::text, 17, '0'),
  k, case when k = 0 then 'subscription' else 'extra_seats' end,
  case when k = 0 then 'Advanced plan, monthly' else 'Extra seats' end, k + 1, 2500,
  2500 * (k + 1), $1::timestamptz - (i || ' days')::interval,
  $1::timestamptz - ((i - 30) || ' days')::interval, false
from generate_series(1, $2::int) as i, generate_series(0, 1) as k`;

const paymentsSql = `
insert into payment (id, account_id, invoice_id, method, amount, applied_amount, currency, status,
  reference, idempotency_key, received_at, created_at)
select 'pay_bench' || lpad(i::text, 17, '0'), $1, 'inv_bench' || lpad(i::text, 17, '0'),
  'bank_transfer', case when i % 2 = 0 then 5950 else 1000 end,
  case when i % 2 = 0 then 5950 else 1000 end, 'EUR', 'succeeded',
  'INV-2026-01-' || lpad(i::text, 5, '0'), 'bench-' || i,
  $2::timestamptz - ((i - 3) || ' days')::interval, $2::timestamptz - ((i - 3) || ' days')::interval
from generate_series(1, $3::int) as i`;

const creditNotesSql = `
insert into credit_note (id, number, account_id, invoice_id, currency, amount, reason, issued_at)
select 'crn_bench' || lpad(i::text, 17, '0'), 'CN-2026-01-' || lpad(i::text, 5, '0'), $1,
  'inv_bench' || lpad(i::text, 17, '0'), 'EUR', 100, 'Goodwill credit',
  $2::timestamptz - ((i - 5) || ' days')::interval
from generate_series(1, $3::int) as i`;

const plansSql = `
insert into plan (id, code, name, description, rank, included_seats, trial_days, custom_pricing,
  cancellation_fee_bps, features, limits, active, created_at)
select 'pln_bench' || lpad(i::text, 17, '0'), 'bench-' || i, 'Bench plan ' || i,
  'A plan the benchmark adds to the catalog', 100 + i, 3, 0, false, 0,
  '[]'::jsonb, '{}'::jsonb, true, $1::timestamptz
from generate_series(1, $2::int) as i`;

const pricesSql = `
insert into plan_price (id, plan_id, interval, currency, unit_amount, per_seat_amount, version,
  active, created_at)
select 'prc_bench' || lpad((i * 2 + k)::text, 17, '0'), 'pln_bench' || lpad(i::text, 17, '0'),
  (case when k = 0 then 'MONTH' else 'YEAR' end)::billing_interval, 'EUR', 1000 * i * (1 + 9 * k),
  null, 1, true, $1::timestamptz
from generate_series(1, $2::int) as i, generate_series(0, 1) as k`;

/** Replaces the account's seeded lists with lists of length `n`. */
export async function seedLists(client, accountId, n, now = new Date()) {
  await client.query('begin');
  try {
    for (const sql of clearSql) {
      await client.query(sql, sql.includes('$1') ? [accountId] : []);
    }
    await client.query(invoicesSql, [
      accountId,
      now,
      n,
      JSON.stringify(buyer),
      JSON.stringify(seller),
    ]);
    await client.query(linesSql, [now, n]);
    await client.query(paymentsSql, [accountId, now, n]);
    await client.query(creditNotesSql, [accountId, now, n]);
    await client.query(plansSql, [now, n]);
    await client.query(pricesSql, [now, n]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query(
    'vacuum analyze invoice, invoice_line, payment, credit_note, plan, plan_price',
  );
}
