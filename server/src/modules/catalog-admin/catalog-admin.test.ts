import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { renewDueSubscriptions } from '../billing/renewals/renewal.service.js';
import {
  billing,
  type BillingTestDatabase,
  collector,
  createCustomer,
  customerActor,
  depsAt,
  invoicesOf,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from '../billing/subscriptions/billing.fixture.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import { startSubscription } from '../billing/subscriptions/subscription.service.js';
import type { PlanDraft } from '../catalog/index.js';
import { archivePlan, planCatalog, savePlan } from './catalog-admin.service.js';
import type { CatalogPlan } from './catalog-admin.types.js';

const DAY = 86_400_000;
let database: BillingTestDatabase;
beforeAll(async () => {
  database = await openBillingTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function plan(code: string): Promise<CatalogPlan> {
  const found = (await planCatalog(database.em())).plans.find((p) => p.code === code);
  if (found === undefined) throw new Error(`no plan ${code}`);
  return found;
}

/** The plan as the editor would send it back unchanged. */
function draftOf(current: CatalogPlan): PlanDraft {
  return {
    planId: current.id,
    code: current.code,
    name: current.name,
    description: current.description,
    rank: current.rank,
    includedSeats: current.includedSeats,
    trialDays: current.trialDays,
    customPricing: current.customPricing,
    cancellationFeeBps: current.cancellationFeeBps,
    features: current.featureKeys,
    limits: current.limits.map(({ key, limit }) => ({ key, limit })),
    prices: current.prices
      .filter((p) => p.active)
      .map((p) => ({
        interval: p.interval,
        currency: p.currency,
        unitAmount: p.amount.amount,
        perSeatAmount: p.perSeatAmount?.amount ?? null,
      })),
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the plan catalog editor (operators)', () => {
  it('a new price becomes a new version: a running subscription renews at the old one, a new customer pays the new one', async () => {
    const clock = new FixedClock(utc('2027-03-01'));
    // Basic monthly USD is 29.00 in the seed; a customer starts a 14-day trial before the change.
    const before = await createCustomer(database.em(), 'Before Co', 'us_individual', clock.now());
    await startSubscription(
      database.em(),
      before,
      { planCode: 'basic', interval: 'MONTH', currency: 'USD', seats: 1, idempotencyKey: 'b1' },
      customerActor,
      depsAt(clock),
    );

    const basic = await plan('basic');
    const draft = draftOf(basic);
    draft.prices = draft.prices.map((p) =>
      p.interval === 'MONTH' && p.currency === 'USD' ? { ...p, unitAmount: 3500 } : p,
    );
    const saved = await savePlan(database.em(), draft, operatorActor, clock);
    const usdMonthly = saved.prices.filter((p) => p.interval === 'MONTH' && p.currency === 'USD');
    expect(
      usdMonthly.map((p) => [p.version, p.amount.amount, p.active, p.liveSubscriptions]),
    ).toEqual([
      [2, 3500, true, 0],
      [1, 2900, false, 1],
    ]);
    // Nothing else moved: the other five prices keep version 1.
    expect(saved.prices.filter((p) => p.active && p.version === 1)).toHaveLength(5);

    // The trial ends on 03-15 and the renewal bills the version the subscription holds: 29.00
    // (no US tax for an individual), not the new 35.00.
    clock.set(new Date(utc('2027-03-01').getTime() + 14 * DAY));
    await renewDueSubscriptions(database.em(), clock, { config: { billing }, collector });
    const [firstInvoice] = await invoicesOf(database.em(), before);
    expect(firstInvoice?.total).toBe(2900);

    // A customer starting now gets the new price (35.00), trial first.
    const after = await createCustomer(database.em(), 'After Co', 'us_individual', clock.now());
    await startSubscription(
      database.em(),
      after,
      { planCode: 'basic', interval: 'MONTH', currency: 'USD', seats: 1, idempotencyKey: 'a1' },
      customerActor,
      depsAt(clock),
    );
    const subscription = await database
      .em()
      .findOneOrFail(Subscription, { account: after }, { populate: ['price'] });
    expect(subscription.price.unitAmount).toBe(3500);

    const audit = await database.em().find(AuditEvent, { action: 'plan.update' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatchObject({
      code: 'basic',
      created: false,
      changedFields: [],
      newPrices: ['MONTH USD v2 3500'],
      retiredPrices: ['MONTH USD v1'],
    });
  });

  it('creates a plan with entitlements, limits, a trial and a cancellation fee', async () => {
    const clock = new FixedClock(utc('2027-04-01'));
    const created = await savePlan(
      database.em(),
      {
        planId: null,
        code: 'scale',
        name: 'Scale',
        description: 'For larger teams.',
        rank: 5,
        includedSeats: 20,
        trialDays: 7,
        customPricing: false,
        cancellationFeeBps: 1000,
        features: ['invoices', 'audit_log'],
        limits: [
          { key: 'api_tokens', limit: 40 },
          { key: 'api_requests_per_month', limit: null },
        ],
        prices: [{ interval: 'YEAR', currency: 'eur', unitAmount: 500000, perSeatAmount: 12000 }],
      },
      operatorActor,
      clock,
    );
    expect(created).toMatchObject({
      code: 'scale',
      includedSeats: 20,
      trialDays: 7,
      cancellationFeeBps: 1000,
      archived: false,
      featureKeys: ['invoices', 'audit_log'],
      limits: [
        { key: 'api_requests_per_month', limit: null },
        { key: 'api_tokens', limit: 40 },
      ],
      prices: [{ interval: 'YEAR', currency: 'EUR', version: 1, amount: { amount: 500000 } }],
    });
    // Customers can subscribe to it at once.
    const customer = await createCustomer(database.em(), 'Scale Co', 'de_individual', clock.now());
    const receipt = await startSubscription(
      database.em(),
      customer,
      { planCode: 'scale', interval: 'YEAR', currency: 'EUR', seats: 20, idempotencyKey: 's1' },
      customerActor,
      depsAt(clock),
    );
    expect(receipt.outcome).toBe('trial_started');
  });

  it('refuses bad input with the field at fault and changes nothing', async () => {
    const clock = new FixedClock(utc('2027-04-02'));
    const basic = await plan('basic');
    const draft = draftOf(basic);
    const cases: [Partial<PlanDraft>, string][] = [
      [{ name: '  ' }, 'name'],
      [{ includedSeats: 0 }, 'includedSeats'],
      [{ trialDays: -1 }, 'trialDays'],
      [{ cancellationFeeBps: 10_001 }, 'cancellationFeeBps'],
      [{ features: ['invoices', 'teleportation'] }, 'features.1'],
      [{ limits: [{ key: 'api_tokens', limit: -5 }] }, 'limits.0.limit'],
      [{ code: 'other' }, 'code'],
      [{ customPricing: true }, 'prices'],
      [
        { prices: [{ interval: 'MONTH', currency: 'XXX', unitAmount: 1, perSeatAmount: null }] },
        'prices.0.currency',
      ],
      [
        {
          prices: [
            { interval: 'MONTH', currency: 'USD', unitAmount: 1, perSeatAmount: null },
            { interval: 'MONTH', currency: 'usd', unitAmount: 2, perSeatAmount: null },
          ],
        },
        'prices.1.currency',
      ],
      [
        { prices: [{ interval: 'MONTH', currency: 'USD', unitAmount: 1.5, perSeatAmount: null }] },
        'prices.0.unitAmount',
      ],
    ];
    for (const [change, field] of cases) {
      expect(
        await refusal(savePlan(database.em(), { ...draft, ...change }, operatorActor, clock)),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const created = { ...draft, planId: null };
    expect(
      await refusal(
        savePlan(database.em(), { ...created, code: 'Bad Code' }, operatorActor, clock),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(
      await refusal(savePlan(database.em(), { ...created, code: 'basic' }, operatorActor, clock)),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await plan('basic')).toEqual(basic);
  });

  it('an archived plan takes no new subscriptions while a running one keeps renewing on it', async () => {
    const clock = new FixedClock(utc('2027-05-01'));
    const customer = await createCustomer(database.em(), 'Loyal Co', 'us_individual', clock.now());
    await startSubscription(
      database.em(),
      customer,
      { planCode: 'advanced', interval: 'MONTH', currency: 'USD', seats: 10, idempotencyKey: 'l1' },
      customerActor,
      depsAt(clock),
    );
    const advanced = await plan('advanced');
    const archived = await archivePlan(database.em(), advanced.id, true, operatorActor, clock);
    expect(archived.archived).toBe(true);

    const newcomer = await createCustomer(database.em(), 'New Co', 'us_individual', clock.now());
    expect(
      await refusal(
        startSubscription(
          database.em(),
          newcomer,
          {
            planCode: 'advanced',
            interval: 'MONTH',
            currency: 'USD',
            seats: 10,
            idempotencyKey: 'n1',
          },
          customerActor,
          depsAt(clock),
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'planCode' });

    // The trial ends and the running subscription is invoiced at Advanced's 99.00.
    clock.set(new Date(utc('2027-05-01').getTime() + 14 * DAY));
    await renewDueSubscriptions(database.em(), clock, { config: { billing }, collector });
    const [invoice] = await invoicesOf(database.em(), customer);
    expect(invoice?.total).toBe(9900);

    // Archiving twice records once; bringing it back lets customers subscribe again.
    await archivePlan(database.em(), advanced.id, true, operatorActor, clock);
    const restored = await archivePlan(database.em(), advanced.id, false, operatorActor, clock);
    expect(restored.archived).toBe(false);
    const actions = await database
      .em()
      .find(AuditEvent, { target: advanced.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['plan.archive', 'plan.restore']);

    const free = await plan('free');
    expect(await refusal(archivePlan(database.em(), free.id, true, operatorActor, clock))).toEqual({
      code: 'CONFLICT',
      field: undefined,
    });
  });

  it('concurrent saves of one plan take distinct versions and leave one price on offer', async () => {
    const clock = new FixedClock(utc('2027-06-01'));
    const advanced = await plan('advanced');
    const draft = draftOf(advanced);
    const withGbpMonthly = (amount: number): PlanDraft => ({
      ...draft,
      prices: draft.prices.map((p) =>
        p.interval === 'MONTH' && p.currency === 'GBP' ? { ...p, unitAmount: amount } : p,
      ),
    });
    await Promise.all([
      savePlan(database.em(), withGbpMonthly(8100), operatorActor, clock),
      savePlan(database.em(), withGbpMonthly(8200), operatorActor, clock),
    ]);
    const gbp = (await plan('advanced')).prices.filter(
      (p) => p.interval === 'MONTH' && p.currency === 'GBP',
    );
    expect(gbp.map((p) => p.version).sort()).toEqual([1, 2, 3]);
    expect(gbp.filter((p) => p.active)).toHaveLength(1);
    // The save that ran second replaced the first one's version.
    expect(gbp.find((p) => p.active)?.version).toBe(3);
  });
});
