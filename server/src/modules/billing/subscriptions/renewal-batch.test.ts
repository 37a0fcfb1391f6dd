import { FixedClock } from '../../../clock.js';
import {
  billing,
  type BillingTestDatabase,
  collector,
  createCustomer,
  customerActor,
  type CustomerKind,
  depsAt,
  openBillingTestDatabase,
  utc,
} from './billing.fixture.js';
import { renewDueSubscriptions } from './renewal.service.js';
import {
  cancelSubscription,
  changeSubscription,
  startSubscription,
} from './subscription.service.js';

/**
 * The renewal batch writes its common case (renewals and trial conversions) with one statement
 * per table instead of through the ORM's unit of work; everything else, and the fallback of a
 * failed batch, goes one subscription at a time through the unit of work. Both are driven by the
 * same rules and the same row-building functions, and must leave the same database: this test
 * builds one history twice, in two databases, renews one with batches and the other one at a
 * time, and compares every row the renewals wrote, ids mapped to what they name.
 */

interface Customer {
  name: string;
  kind: CustomerKind;
  plan: 'basic' | 'advanced';
  interval: 'MONTH' | 'YEAR';
  currency: 'EUR' | 'USD';
  seats: number;
}

const customers: Customer[] = [
  {
    name: 'Trial DE',
    kind: 'de_individual',
    plan: 'basic',
    interval: 'MONTH',
    currency: 'EUR',
    seats: 1,
  },
  {
    name: 'Seats FR',
    kind: 'fr_business',
    plan: 'basic',
    interval: 'MONTH',
    currency: 'EUR',
    seats: 5,
  },
  {
    name: 'Advanced US',
    kind: 'us_individual',
    plan: 'advanced',
    interval: 'MONTH',
    currency: 'USD',
    seats: 2,
  },
  {
    name: 'Downgrade US',
    kind: 'us_individual',
    plan: 'advanced',
    interval: 'MONTH',
    currency: 'USD',
    seats: 1,
  },
  {
    name: 'Credit DE',
    kind: 'de_individual',
    plan: 'advanced',
    interval: 'MONTH',
    currency: 'EUR',
    seats: 1,
  },
  {
    name: 'Cancel DE',
    kind: 'de_individual',
    plan: 'basic',
    interval: 'MONTH',
    currency: 'EUR',
    seats: 1,
  },
  {
    name: 'Annual DE',
    kind: 'de_individual',
    plan: 'basic',
    interval: 'YEAR',
    currency: 'EUR',
    seats: 2,
  },
];

/** Trials from Mar 1 2026 (ending Mar 15), converted on Mar 20, changed on Mar 25, renewed Apr 20. */
async function history(database: BillingTestDatabase, oneByOne: boolean) {
  const clock = new FixedClock(utc('2026-03-01'));
  const deps = depsAt(clock);
  const ids = new Map<string, string>();
  for (const customer of customers) {
    const accountId = await createCustomer(
      database.em(),
      customer.name,
      customer.kind,
      clock.now(),
    );
    ids.set(customer.name, accountId);
    await startSubscription(
      database.em(),
      accountId,
      {
        planCode: customer.plan,
        interval: customer.interval,
        currency: customer.currency,
        seats: customer.seats,
        idempotencyKey: 'start',
      },
      customerActor,
      deps,
    );
  }
  const renew = () =>
    renewDueSubscriptions(database.em(), clock, {
      config: { billing },
      collector,
      oneByOne,
      batchSize: 4,
    });

  clock.set(utc('2026-03-20'));
  const converted = await renew();

  clock.set(utc('2026-03-25'));
  // Downgrade at the period end: the renewal moves the subscription and the account to Basic.
  await changeSubscription(
    database.em(),
    ids.get('Downgrade US')!,
    { planCode: 'basic', idempotencyKey: 'downgrade' },
    customerActor,
    deps,
  );
  // Downgrade now: unused Advanced time goes to the credit balance, which the renewal applies.
  await changeSubscription(
    database.em(),
    ids.get('Credit DE')!,
    { planCode: 'basic', timing: 'now', idempotencyKey: 'downgrade-now' },
    customerActor,
    deps,
  );
  // Ends at the period end: left to the unit of work in both runs.
  await cancelSubscription(
    database.em(),
    ids.get('Cancel DE')!,
    { timing: 'period_end', reason: 'unused', idempotencyKey: 'cancel' },
    customerActor,
    deps,
  );

  clock.set(utc('2026-04-20'));
  const renewed = await renew();
  return { converted, renewed };
}

type Row = Record<string, unknown>;

/** Every row of the tables renewal writes, with ids replaced by what they name. */
async function snapshot(database: BillingTestDatabase) {
  const connection = database.em().getConnection();
  const all = (sql: string) => connection.execute<Row[]>(sql);
  const names = new Map<string, string>();
  for (const row of await all('select id, name from account')) {
    names.set(row.id as string, `account:${row.name as string}`);
  }
  for (const row of await all('select id, account_id from subscription')) {
    names.set(row.id as string, `subscription:${names.get(row.account_id as string)}`);
  }
  for (const row of await all('select id, number from invoice')) {
    names.set(row.id as string, `invoice:${(row.number as string | null) ?? 'draft'}`);
  }
  for (const row of await all('select id, code from plan')) {
    names.set(row.id as string, `plan:${row.code as string}`);
  }
  for (const row of await all(
    'select pp.id, p.code, pp.interval, pp.currency, pp.version from plan_price pp join plan p on p.id = pp.plan_id',
  )) {
    names.set(
      row.id as string,
      `price:${row.code as string}/${row.interval as string}/${row.currency as string}/${row.version as number}`,
    );
  }
  const canonical = (rows: Row[]) =>
    rows
      .map(({ id: _id, ...row }) =>
        JSON.stringify(row).replace(
          /\b[a-z]{3}_[0-9a-z]{16,}\b/g,
          (id) => names.get(id) ?? 'unnamed-id',
        ),
      )
      .sort();
  return {
    subscriptions: canonical(await all('select * from subscription')),
    accounts: canonical(await all('select * from account')),
    invoices: canonical(await all('select * from invoice')),
    lines: canonical(await all('select * from invoice_line')),
    credit: canonical(await all('select * from credit_balance_entry')),
    audit: canonical(await all('select * from audit_event')),
    outbox: canonical(await all('select * from outbox_message')),
  };
}

describe('renewal batch', () => {
  let batched: BillingTestDatabase;
  let oneByOne: BillingTestDatabase;
  beforeAll(async () => {
    [batched, oneByOne] = await Promise.all([openBillingTestDatabase(), openBillingTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([batched.close(), oneByOne.close()]);
  });

  it('writes exactly the rows the one-at-a-time path writes', async () => {
    const batchRuns = await history(batched, false);
    const singleRuns = await history(oneByOne, true);
    // Seven trials converted; then six renewals or ends (the annual one is not due).
    expect(batchRuns).toEqual({
      converted: { renewed: 7, failed: 0 },
      renewed: { renewed: 6, failed: 0 },
    });
    expect(singleRuns).toEqual(batchRuns);

    const [fromBatches, fromSingles] = await Promise.all([snapshot(batched), snapshot(oneByOne)]);
    // The history touched what the comparison is about: plans moved, credit applied, an end.
    expect(fromBatches.invoices.length).toBeGreaterThanOrEqual(13);
    expect(fromBatches.accounts.some((row) => row.includes('"plan_id":"plan:free"'))).toBe(true);
    expect(fromBatches.credit.some((row) => row.includes('applied_to_invoice'))).toBe(true);
    expect(
      fromBatches.subscriptions.filter((row) => row.includes('"status":"canceled"')),
    ).toHaveLength(1);
    expect(JSON.stringify(fromBatches)).not.toContain('unnamed-id');
    expect(fromBatches).toEqual(fromSingles);
  });
});
