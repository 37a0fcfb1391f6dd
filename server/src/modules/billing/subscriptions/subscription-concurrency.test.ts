import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { AppError } from '../../../errors.js';
import { BillingDetails } from '../../accounts/billing-details.entity.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Plan } from '../../catalog/plan.entity.js';
import { CreditBalanceEntry } from '../invoices/credit-balance.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import {
  billing,
  type BillingTestDatabase,
  collector,
  createCustomer,
  customerActor,
  depsAt,
  invoicesOf,
  openBillingTestDatabase,
  utc,
} from './billing.fixture.js';
import { renewDueSubscriptions } from './renewal.service.js';
import { Subscription } from './subscription.entity.js';
import { changeSubscription, startSubscription } from './subscription.service.js';

/** Exact n / d rounded half-even (the rounding rule of the billing rules), for expectations. */
function roundHalfEven(n: bigint, d: bigint): number {
  const q = n / d;
  const r = n % d;
  if (2n * r > d) return Number(q + 1n);
  if (2n * r < d) return Number(q);
  return Number(q % 2n === 0n ? q : q + 1n);
}

/** EUR catalog: Basic 27.00 + 8.00 per seat beyond 3; Advanced 89.00 + 14.00 per seat beyond 10. */
function monthlyPrice(plan: 'basic' | 'advanced', seats: number): number {
  return plan === 'basic'
    ? 2700 + Math.max(0, seats - 3) * 800
    : 8900 + Math.max(0, seats - 10) * 1400;
}

describe('billing under concurrency', () => {
  let database: BillingTestDatabase;
  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** An account with Basic monthly (1 seat) past its trial: active from Jan 15 to Feb 15 2026. */
  async function activeCustomer(name: string): Promise<{ accountId: string; clock: FixedClock }> {
    const clock = new FixedClock(utc('2026-01-01'));
    const accountId = await createCustomer(database.em(), name, 'de_individual', clock.now());
    await startSubscription(
      database.em(),
      accountId,
      {
        planCode: 'basic',
        interval: 'MONTH',
        currency: 'EUR',
        seats: 1,
        idempotencyKey: 'start',
      },
      customerActor,
      depsAt(clock),
    );
    clock.set(utc('2026-01-15'));
    await renewDueSubscriptions(database.em(), clock, { config: { billing }, collector });
    clock.set(utc('2026-02-01'));
    return { accountId, clock };
  }

  it('serialises 20 concurrent plan changes into one consistent history', async () => {
    const { accountId, clock } = await activeCustomer('Concurrent Changes GmbH');
    const initialPriceId = (await database.em().findOneOrFail(Subscription, { account: accountId }))
      .price.id;
    const targets = [
      ...Array.from({ length: 10 }, (_, i) => ({ planCode: 'basic' as const, seats: i + 2 })),
      ...Array.from({ length: 10 }, (_, i) => ({ planCode: 'advanced' as const, seats: i + 1 })),
    ];
    const results = await Promise.allSettled(
      targets.map((target, i) =>
        changeSubscription(
          database.em(),
          accountId,
          { ...target, timing: 'now', idempotencyKey: `change-${i}` },
          customerActor,
          depsAt(clock),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const em = database.em();
    const live = await em.find(
      Subscription,
      { account: accountId, status: { $ne: 'canceled' } },
      { populate: ['plan'] },
    );
    expect(live).toHaveLength(1);
    const final = live[0]!;

    // The audit trail is one chain from the starting state to the final one: each change started
    // from exactly the state the previous one left, i.e. they ran one after another.
    const plans = new Map(
      (await em.find(Plan, {})).map((plan) => [plan.id, plan.code as 'basic' | 'advanced']),
    );
    const events = await em.find(AuditEvent, {
      accountId,
      action: 'subscription.change',
    });
    expect(events).toHaveLength(20);
    type State = { priceId: string; seats: number };
    type Step = { from: State; to: State };
    const remaining = events.map((event) => event.summary as unknown as Step);
    let state: State = { priceId: initialPriceId, seats: 1 };
    while (remaining.length > 0) {
      const next = remaining.findIndex(
        (step) => step.from.priceId === state.priceId && step.from.seats === state.seats,
      );
      expect(next).toBeGreaterThanOrEqual(0);
      state = remaining.splice(next, 1)[0]!.to;
    }
    expect(state).toMatchObject({ seats: final.seats, priceId: final.price.id });

    // Money: every change at the same instant credits the old plan's rest of the period and
    // charges the new one's, each rounded the same way, so the subtotals telescope to
    // rest(final) − rest(initial). Period Jan 15 → Feb 15 = 31 days, 14 left on Feb 1.
    const rest = (plan: 'basic' | 'advanced', seats: number) =>
      roundHalfEven(BigInt(monthlyPrice(plan, seats)) * 14n, 31n);
    const invoices = (await invoicesOf(em, accountId)).filter(
      (invoice) => invoice.billingReason === 'subscription_update',
    );
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(invoices.map((i) => i.subtotal))).toBe(
      rest(plans.get(final.plan.id)!, final.seats) - rest('basic', 1),
    );
    for (const invoice of invoices) {
      expect(sum(invoice.lines.getItems().map((line) => line.amount))).toBe(invoice.subtotal);
      expect(invoice.total).toBe(
        Math.max(0, invoice.subtotal) - invoice.creditApplied + invoice.taxAmount,
      );
    }
    // The ledger holds exactly what the invoices moved, and never went below zero.
    const entries = await em.find(
      CreditBalanceEntry,
      { account: accountId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const added = sum(invoices.map((i) => Math.max(0, -i.subtotal)));
    const applied = sum(invoices.map((i) => i.creditApplied));
    expect(sum(entries.map((e) => e.amount))).toBe(added - applied);
    expect(added - applied).toBeGreaterThanOrEqual(0);
    // Invoice numbers of the month are consecutive (one was issued on Jan 15).
    const numbers = invoices.map((i) => i.number!).sort();
    expect(numbers).toEqual(numbers.map((_, i) => `INV-2026-02-${String(i + 1).padStart(5, '0')}`));
  });

  it('answers the same idempotency key once, also when both requests race', async () => {
    const { accountId, clock } = await activeCustomer('Same Key Ltd');
    const request = { planCode: 'advanced', seats: 2, idempotencyKey: 'upgrade-once' };
    const [a, b] = await Promise.all([
      changeSubscription(database.em(), accountId, request, customerActor, depsAt(clock)),
      changeSubscription(database.em(), accountId, request, customerActor, depsAt(clock)),
    ]);
    expect(a).toEqual(b);
    expect(a.outcome).toBe('upgraded');
    const again = await changeSubscription(
      database.em(),
      accountId,
      request,
      customerActor,
      depsAt(clock),
    );
    expect(again).toEqual(a);

    const em = database.em();
    expect(await em.count(AuditEvent, { accountId, action: 'subscription.change' })).toBe(1);
    expect(
      await em.count(Invoice, { account: accountId, billingReason: 'subscription_update' }),
    ).toBe(1);

    const reused = changeSubscription(
      database.em(),
      accountId,
      { ...request, seats: 3 },
      customerActor,
      depsAt(clock),
    );
    await expect(reused).rejects.toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    await expect(reused).rejects.toBeInstanceOf(AppError);
  });
});

describe('renewal runs under concurrency', () => {
  let database: BillingTestDatabase;
  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('invoices each period exactly once when two renewal runs race over the same due set', async () => {
    const clock = new FixedClock(utc('2026-03-01'));
    const accountIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const accountId = await createCustomer(
        database.em(),
        `Renewal Race ${i}`,
        'de_individual',
        clock.now(),
      );
      await startSubscription(
        database.em(),
        accountId,
        {
          planCode: i % 2 === 0 ? 'basic' : 'advanced',
          interval: 'MONTH',
          currency: 'EUR',
          seats: 1,
          idempotencyKey: 'start',
        },
        customerActor,
        depsAt(clock),
      );
      accountIds.push(accountId);
    }
    // Trials end Mar 15; by Jun 20 each subscription owes the trial conversion (Mar 15) and the
    // renewals of Apr 15, May 15 and Jun 15: 4 periods × 8 subscriptions.
    clock.set(utc('2026-06-20'));
    const runs = await Promise.all([
      renewDueSubscriptions(database.em(), clock, { config: { billing }, collector, batchSize: 3 }),
      renewDueSubscriptions(database.em(), clock, { config: { billing }, collector, batchSize: 3 }),
    ]);
    expect(runs.map((run) => run.failed)).toEqual([0, 0]);
    expect(runs[0]!.renewed + runs[1]!.renewed).toBe(32);

    for (const accountId of accountIds) {
      const invoices = await invoicesOf(database.em(), accountId);
      expect(invoices.map((invoice) => invoice.periodStart?.toISOString().slice(0, 10))).toEqual([
        '2026-03-15',
        '2026-04-15',
        '2026-05-15',
        '2026-06-15',
      ]);
      const subscription = await database.em().findOneOrFail(Subscription, { account: accountId });
      expect(subscription.currentPeriodEnd.toISOString()).toBe('2026-07-15T00:00:00.000Z');
    }
    // All issued on Jun 20: 32 consecutive numbers.
    const numbers = (await database.em().find(Invoice, { number: { $like: 'INV-2026-06-%' } }))
      .map((invoice) => invoice.number)
      .sort();
    expect(numbers).toEqual(
      Array.from({ length: 32 }, (_, i) => `INV-2026-06-${String(i + 1).padStart(5, '0')}`),
    );
    // Running again at the same instant does nothing.
    expect(
      await renewDueSubscriptions(database.em(), clock, { config: { billing }, collector }),
    ).toEqual({
      renewed: 0,
      failed: 0,
    });
  });
});

describe('renewal batches', () => {
  // A database per test: each test's renewals must not meet the other's due subscriptions.
  let database: BillingTestDatabase;
  beforeEach(async () => {
    database = await openBillingTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  /** Customers on Basic monthly, each in the 14-day trial that starts at `start`. */
  async function trialCustomers(prefix: string, count: number, start: string): Promise<string[]> {
    const clock = new FixedClock(utc(start));
    const accountIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const accountId = await createCustomer(
        database.em(),
        `${prefix} ${i}`,
        'de_individual',
        clock.now(),
      );
      await startSubscription(
        database.em(),
        accountId,
        { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey: 's' },
        customerActor,
        depsAt(clock),
      );
      accountIds.push(accountId);
    }
    return accountIds;
  }

  async function numbersOfMonth(month: string): Promise<string[]> {
    const invoices = await database.em().find(Invoice, { number: { $like: `INV-${month}-%` } });
    return invoices.map((invoice) => invoice.number!).sort();
  }

  it('renews the rest of a batch when one subscription cannot be invoiced, numbering them without a gap', async () => {
    const accountIds = await trialCustomers('Batch Refusal', 4, '2026-09-01');
    // Billing details gone behind the service's back: the trial conversion cannot be invoiced.
    await database.em().nativeDelete(BillingDetails, { account: accountIds[1]! });

    const clock = new FixedClock(utc('2026-09-20'));
    const run = await renewDueSubscriptions(database.em(), clock, {
      config: { billing },
      collector,
    });
    expect(run).toEqual({ renewed: 3, failed: 1 });
    expect(await numbersOfMonth('2026-09')).toEqual([
      'INV-2026-09-00001',
      'INV-2026-09-00002',
      'INV-2026-09-00003',
    ]);
    const refused = await database
      .em()
      .findOneOrFail(Subscription, { account: accountIds[1]! }, { refresh: true });
    expect(refused.status).toBe('trialing');
    expect(await invoicesOf(database.em(), accountIds[1]!)).toEqual([]);
    for (const accountId of [accountIds[0]!, accountIds[2]!, accountIds[3]!]) {
      const subscription = await database.em().findOneOrFail(Subscription, { account: accountId });
      expect(subscription.status).toBe('active');
      expect(subscription.currentPeriodEnd.toISOString()).toBe('2026-10-15T00:00:00.000Z');
    }
  });

  it('falls back to one subscription at a time when the batch write fails, and renews all but the failing one', async () => {
    const accountIds = await trialCustomers('Batch Fallback', 3, '2026-10-01');
    // The database refuses one account's invoice: the batch's single flush fails as a whole.
    const connection = database.em().getConnection();
    await connection.execute(
      `create function refuse_invoice() returns trigger language plpgsql as $$
       begin
         if new.account_id = '${accountIds[0]!}' then raise exception 'refused by test'; end if;
         return new;
       end $$`,
    );
    await connection.execute(
      'create trigger refuse_invoice before insert on invoice for each row execute function refuse_invoice()',
    );
    try {
      const clock = new FixedClock(utc('2026-10-20'));
      const run = await renewDueSubscriptions(database.em(), clock, {
        config: { billing },
        collector,
      });
      expect(run).toEqual({ renewed: 2, failed: 1 });
    } finally {
      await connection.execute('drop trigger refuse_invoice on invoice');
      await connection.execute('drop function refuse_invoice()');
    }
    // The batch's numbers went back with its savepoint; the two renewed got 1 and 2.
    expect(await numbersOfMonth('2026-10')).toEqual(['INV-2026-10-00001', 'INV-2026-10-00002']);
    expect(await invoicesOf(database.em(), accountIds[0]!)).toEqual([]);
    const failed = await database
      .em()
      .findOneOrFail(Subscription, { account: accountIds[0]! }, { refresh: true });
    expect(failed.status).toBe('trialing');
  });
});
