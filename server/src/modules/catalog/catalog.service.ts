import { wrap, type EntityManager } from '@mikro-orm/postgresql';
import { Plan, PlanPrice, type PlanCode } from './plan.entity.js';
import { planTypeOf, toPlanPriceTypes, type PlanPriceFields, type PlanType } from './plan.types.js';
import { seedPlans } from './catalog.seed.js';

/**
 * Inserts the seeded plans that are missing. Existing plans are left alone, so an operator's
 * catalog edits survive restarts; concurrent starts are safe (the unique code wins once).
 */
export async function ensureCatalog(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Plan, {}, { fields: ['code'] })).map((p) => p.code));
  for (const seed of seedPlans) {
    if (existing.has(seed.code)) continue;
    await em.transactional(async (tx) => {
      const inserted = await tx.getConnection().execute<{ id: string }[]>(
        `insert into plan (id, code, name, description, rank, included_seats, trial_days,
           custom_pricing, cancellation_fee_bps, features, limits, active, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, now())
         on conflict (code) do nothing returning id`,
        [
          new Plan().id,
          seed.code,
          seed.name,
          seed.description,
          seed.rank,
          seed.includedSeats,
          seed.trialDays,
          seed.customPricing,
          seed.cancellationFeeBps,
          JSON.stringify(seed.features),
          JSON.stringify(seed.limits),
        ],
        'all',
        tx.getTransactionContext(),
      );
      const planId = inserted[0]?.id;
      if (planId === undefined) return; // another process seeded it first
      for (const price of seed.prices) {
        tx.create(PlanPrice, {
          plan: tx.getReference(Plan, planId),
          interval: price.interval,
          currency: price.currency,
          unitAmount: price.unitAmount,
          perSeatAmount: price.perSeatAmount,
        });
      }
    });
  }
}

/**
 * The public catalog (`plans`): `listPlans` in its public shape, read in one statement without
 * building entities — every page that shows plans asks for it, and hydrating each plan and
 * price into the request's identity map cost more than the rest of such a request.
 */
export async function listCatalogPlanTypes(em: EntityManager): Promise<PlanType[]> {
  const rows = await em.getConnection().execute<CatalogRow[]>(
    `select p.id, p.code, p.name, p.description, p.rank, p.included_seats, p.trial_days,
        p.custom_pricing, p.features, p.limits,
        coalesce((select json_agg(json_build_object('id', pp.id, 'interval', pp.interval,
            'currency', pp.currency, 'unitAmount', pp.unit_amount,
            'perSeatAmount', pp.per_seat_amount) order by pp.id)
          from plan_price pp where pp.plan_id = p.id and pp.active and pp.account_id is null),
          '[]'::json) as prices
     from plan p where p.active order by p.rank asc`,
    [],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) =>
    planTypeOf(
      {
        id: row.id,
        code: row.code,
        name: row.name,
        description: row.description,
        rank: row.rank,
        includedSeats: row.included_seats,
        trialDays: row.trial_days,
        customPricing: row.custom_pricing,
        features: row.features,
        limits: row.limits,
      },
      null,
      toPlanPriceTypes(row.prices.map((price) => ({ ...price, active: true }))),
    ),
  );
}

interface CatalogRow {
  id: string;
  code: PlanCode;
  name: string;
  description: string;
  rank: number;
  included_seats: number;
  trial_days: number;
  custom_pricing: boolean;
  features: string[];
  limits: Record<string, number | null>;
  prices: Omit<PlanPriceFields, 'active'>[];
}

/** Active plans with their active prices, lowest tier first. */
export async function listPlans(em: EntityManager): Promise<Plan[]> {
  return em.find(
    Plan,
    { active: true },
    {
      populate: ['prices'],
      populateWhere: { prices: { active: true, account: null } },
      orderBy: { rank: 'asc' },
    },
  );
}

export async function getPlanByCode(em: EntityManager, code: PlanCode): Promise<Plan> {
  return em.findOneOrFail(Plan, { code });
}

/** The currencies the public catalog sells in (active catalog prices), alphabetically. */
export async function catalogCurrencies(em: EntityManager): Promise<string[]> {
  const prices = await em.find(
    PlanPrice,
    { active: true, account: null, plan: { active: true } },
    { fields: ['currency'] },
  );
  return [...new Set(prices.map((price) => price.currency))].sort();
}

/** One plan with its prices (contract prices included: an account's own plan may have one). */
/**
 * A plan without its prices (`toPlanType` leaves them to `Plan.prices`, loaded only when asked
 * for). The request's auth lookup already loaded the account's plan: then no statement.
 */
/**
 * `getPlan` of many plans, in the order asked, in at most one statement (those the request has
 * not loaded yet). A plan that does not exist is an error, as for `getPlan`.
 */
export async function getPlans(em: EntityManager, planIds: readonly string[]): Promise<Plan[]> {
  const known = new Map<string, Plan>();
  const missing: string[] = [];
  for (const id of new Set(planIds)) {
    const plan = em.getUnitOfWork().getById(Plan, id);
    if (plan !== undefined && wrap(plan).isInitialized()) known.set(id, plan);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const plan of await em.find(Plan, { id: { $in: missing } })) known.set(plan.id, plan);
  }
  return planIds.map((id) => {
    const plan = known.get(id);
    if (plan === undefined) throw new Error(`plan ${id} does not exist`);
    return plan;
  });
}

export async function getPlan(em: EntityManager, planId: string): Promise<Plan> {
  const known = em.getUnitOfWork().getById(Plan, planId);
  if (known !== undefined && wrap(known).isInitialized()) return known;
  return em.findOneOrFail(Plan, { id: planId });
}

/**
 * The price rows of these plans that may be shown: catalog prices, and contract prices of the given
 * accounts only (never another account's contract), for PlanResolver's loader.
 */
export async function pricesOfPlans(
  em: EntityManager,
  planIds: string[],
  contractAccountIds: string[],
): Promise<PlanPrice[]> {
  return em.find(PlanPrice, {
    plan: { $in: planIds },
    $or: [
      { account: null },
      ...(contractAccountIds.length > 0 ? [{ account: { $in: contractAccountIds } }] : []),
    ],
  });
}

/** One price version by id (a subscription keeps the one it bills). */
export async function getPlanPrice(em: EntityManager, priceId: string): Promise<PlanPrice> {
  return em.findOneOrFail(PlanPrice, { id: priceId });
}
