import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow } from '../../db/row-lock.js';
import { AppError, badInput, notFound } from '../../errors.js';
import { isCurrency } from '../billing/rules/index.js';
import { featureLabels, limitLabels } from './catalog.seed.js';
import { type BillingInterval, Plan, PlanPrice } from './plan.entity.js';

/** One price of a plan as an operator enters it (minor units of `currency`, per interval). */
export interface PlanPriceDraft {
  interval: BillingInterval;
  currency: string;
  unitAmount: number;
  perSeatAmount: number | null;
}

/** A plan as an operator saves it: everything but the prices applies to all its subscribers. */
export interface PlanDraft {
  /** Null to create a plan. */
  planId: string | null;
  /** Chosen once, at creation; an edit must repeat it or leave it out. */
  code: string | null;
  name: string;
  description: string;
  rank: number;
  includedSeats: number;
  trialDays: number;
  customPricing: boolean;
  cancellationFeeBps: number;
  features: string[];
  limits: { key: string; limit: number | null }[];
  prices: PlanPriceDraft[];
}

/** What a save changed, for the audit log. */
export interface PlanSaveSummary {
  created: boolean;
  /** Plan fields whose value changed (all of them on creation). */
  changedFields: string[];
  /** New price versions, e.g. "MONTH EUR v2 2900". */
  newPrices: string[];
  /** Price versions no longer sold to new subscribers, e.g. "YEAR GBP v1". */
  retiredPrices: string[];
}

const codePattern = /^[a-z][a-z0-9_-]{1,39}$/;
/** Generous upper bound for one period's price in minor units (10^11: a billion in cents). */
const maxAmount = 100_000_000_000;

function wholeIn(value: number, min: number, max: number, field: string, what: string): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw badInput(field, `${what} must be a whole number from ${min} to ${max}.`);
  }
}

function textIn(value: string, min: number, max: number, field: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length < min) throw badInput(field, `${what} is required.`);
  if (trimmed.length > max) throw badInput(field, `${what} is at most ${max} characters.`);
  return trimmed;
}

/** Refuses a draft that cannot be sold as entered, naming the first field at fault. */
function validateDraft(draft: PlanDraft): PlanDraft {
  const name = textIn(draft.name, 1, 60, 'name', 'The name');
  const description = textIn(draft.description, 0, 500, 'description', 'The description');
  wholeIn(draft.rank, 0, 1000, 'rank', 'The rank');
  wholeIn(draft.includedSeats, 1, 100_000, 'includedSeats', 'Included seats');
  wholeIn(draft.trialDays, 0, 365, 'trialDays', 'Trial days');
  wholeIn(draft.cancellationFeeBps, 0, 10_000, 'cancellationFeeBps', 'The cancellation fee (bps)');
  const features = [...new Set(draft.features)];
  features.forEach((key, index) => {
    if (!Object.hasOwn(featureLabels, key)) {
      throw badInput(`features.${index}`, `Unknown feature "${key}".`);
    }
  });
  const seenLimits = new Set<string>();
  draft.limits.forEach(({ key, limit }, index) => {
    if (!Object.hasOwn(limitLabels, key)) {
      throw badInput(`limits.${index}.key`, `Unknown limit "${key}".`);
    }
    if (seenLimits.has(key)) throw badInput(`limits.${index}.key`, `The limit ${key} is twice.`);
    seenLimits.add(key);
    if (limit !== null) wholeIn(limit, 0, 2_000_000_000, `limits.${index}.limit`, 'A limit');
  });
  if (draft.customPricing && draft.prices.length > 0) {
    throw badInput(
      'prices',
      'A custom-priced plan has no catalog prices: operators set each account’s contract price.',
    );
  }
  const seenPrices = new Set<string>();
  draft.prices.forEach((price, index) => {
    const currency = price.currency.trim().toUpperCase();
    if (!isCurrency(currency)) {
      throw badInput(`prices.${index}.currency`, `"${price.currency}" is not a known currency.`);
    }
    const pair = `${price.interval} ${currency}`;
    if (seenPrices.has(pair)) {
      throw badInput(`prices.${index}.currency`, `There are two ${pair} prices: keep one.`);
    }
    seenPrices.add(pair);
    wholeIn(price.unitAmount, 0, maxAmount, `prices.${index}.unitAmount`, 'The price');
    if (price.perSeatAmount !== null) {
      wholeIn(price.perSeatAmount, 0, maxAmount, `prices.${index}.perSeatAmount`, 'A seat price');
    }
  });
  return {
    ...draft,
    name,
    description,
    features,
    prices: draft.prices.map((p) => ({ ...p, currency: p.currency.trim().toUpperCase() })),
  };
}

const planFields = [
  'name',
  'description',
  'rank',
  'includedSeats',
  'trialDays',
  'customPricing',
  'cancellationFeeBps',
  'features',
  'limits',
] as const;

/**
 * Creates or edits a plan in the caller's transaction (docs/DEPLOYMENT.md "Managing plans").
 *
 * Prices are versioned: an entered price that differs from the one sold now becomes a new
 * version and the old one stops being offered; a price left out stops being offered. Nothing
 * is deleted, so a running subscription keeps billing the exact version it holds until it
 * changes plan. The plan row is locked, so two saves never take the same version number.
 */
export async function savePlanIn(
  tx: EntityManager,
  input: PlanDraft,
  now: Date,
): Promise<{ plan: Plan; summary: PlanSaveSummary }> {
  const draft = validateDraft(input);
  let plan: Plan;
  let created = false;
  if (draft.planId === null) {
    const code = (draft.code ?? '').trim();
    if (!codePattern.test(code)) {
      throw badInput(
        'code',
        'The code is 2–40 characters: lower-case letters, digits, "-" or "_", starting with a letter.',
      );
    }
    if ((await tx.count(Plan, { code })) > 0) {
      throw badInput('code', `A plan with the code "${code}" exists already.`);
    }
    plan = tx.create(Plan, {
      code,
      name: draft.name,
      description: draft.description,
      rank: draft.rank,
      includedSeats: draft.includedSeats,
      trialDays: draft.trialDays,
      features: [],
      limits: {},
      createdAt: now,
    });
    created = true;
  } else {
    if (!(await lockRow(tx, 'plan', draft.planId))) throw notFound('Plan');
    plan = await tx.findOneOrFail(Plan, { id: draft.planId }, { refresh: true });
    if (draft.code !== null && draft.code.trim() !== plan.code) {
      throw badInput('code', 'A plan keeps its code: create a new plan for a new code.');
    }
    if (draft.customPricing !== plan.customPricing) {
      throw badInput(
        'customPricing',
        'Whether a plan is priced per account is set when it is created.',
      );
    }
  }
  const next = {
    name: draft.name,
    description: draft.description,
    rank: draft.rank,
    includedSeats: draft.includedSeats,
    trialDays: draft.trialDays,
    customPricing: draft.customPricing,
    cancellationFeeBps: draft.cancellationFeeBps,
    features: draft.features,
    limits: Object.fromEntries(draft.limits.map(({ key, limit }) => [key, limit])),
  };
  // jsonb keeps no key order, and features are a set: compare them sorted.
  const comparable = (field: (typeof planFields)[number], value: unknown) =>
    field === 'limits'
      ? JSON.stringify(Object.entries(value as object).sort(([a], [b]) => a.localeCompare(b)))
      : field === 'features'
        ? JSON.stringify([...(value as string[])].sort())
        : JSON.stringify(value);
  const changedFields = planFields.filter(
    (field) => created || comparable(field, plan[field]) !== comparable(field, next[field]),
  );
  Object.assign(plan, next);
  if (created) await tx.flush();

  const existing = created
    ? []
    : await tx.find(PlanPrice, { plan }, { orderBy: { version: 'asc' } });
  const latestVersion = new Map<string, number>();
  for (const price of existing) {
    const pair = `${price.interval} ${price.currency}`;
    latestVersion.set(pair, Math.max(latestVersion.get(pair) ?? 0, price.version));
  }
  const sold = existing.filter((price) => price.active && price.account === null);
  const newPrices: string[] = [];
  const retiredPrices: string[] = [];
  const kept = new Set<PlanPrice>();
  for (const entered of draft.prices) {
    const pair = `${entered.interval} ${entered.currency}`;
    const current = sold.find((p) => `${p.interval} ${p.currency}` === pair);
    if (
      current !== undefined &&
      current.unitAmount === entered.unitAmount &&
      current.perSeatAmount === entered.perSeatAmount
    ) {
      kept.add(current);
      continue;
    }
    const version = (latestVersion.get(pair) ?? 0) + 1;
    tx.create(PlanPrice, {
      plan,
      interval: entered.interval,
      currency: entered.currency,
      unitAmount: entered.unitAmount,
      perSeatAmount: entered.perSeatAmount,
      version,
      createdAt: now,
    });
    newPrices.push(`${pair} v${version} ${entered.unitAmount}`);
  }
  for (const price of sold) {
    if (kept.has(price)) continue;
    price.active = false;
    retiredPrices.push(`${price.interval} ${price.currency} v${price.version}`);
  }
  await tx.flush();
  return { plan, summary: { created, changedFields, newPrices, retiredPrices } };
}

/**
 * Archives a plan (no new subscriptions; running ones keep it and their price) or brings it
 * back. The Free plan cannot be archived: an account without a subscription is on it.
 */
export async function setPlanArchivedIn(
  tx: EntityManager,
  planId: string,
  archived: boolean,
): Promise<{ plan: Plan; changed: boolean }> {
  if (!(await lockRow(tx, 'plan', planId))) throw notFound('Plan');
  const plan = await tx.findOneOrFail(Plan, { id: planId }, { refresh: true });
  if (archived && plan.code === 'free') {
    throw new AppError(
      'CONFLICT',
      'The Free plan cannot be archived: accounts without a subscription are on it.',
    );
  }
  if (plan.active === !archived) return { plan, changed: false };
  plan.active = !archived;
  await tx.flush();
  return { plan, changed: true };
}

/** Every plan, archived ones included, with its prices (all versions), lowest tier first. */
export async function listCatalogForOperators(em: EntityManager): Promise<Plan[]> {
  return em.find(
    Plan,
    {},
    { populate: ['prices'], orderBy: { active: 'desc', rank: 'asc', code: 'asc' } },
  );
}

/** The feature and limit keys a plan may carry, with their words. */
export function catalogVocabulary(): {
  features: { key: string; label: string }[];
  limits: { key: string; label: string }[];
} {
  return {
    features: Object.entries(featureLabels).map(([key, label]) => ({ key, label })),
    limits: Object.entries(limitLabels).map(([key, label]) => ({ key, label })),
  };
}
