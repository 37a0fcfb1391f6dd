import { decimalStringToMinorUnits, minorUnitsToDecimalString } from '../../../components/money';
import type {
  BillingInterval,
  CatalogPlanCardFragment,
  SavePlanInput,
} from '../../../graphql/generated';

/** One price row of the editor, as typed (amounts are decimal text in the currency). */
export type PriceRow = {
  interval: BillingInterval;
  currency: string;
  amount: string;
  perSeat: string;
};

/** The editor's values: text as typed, checked on submit. */
export type PlanFormValues = {
  planId: string | null;
  code: string;
  name: string;
  description: string;
  rank: string;
  includedSeats: string;
  trialDays: string;
  /** Percent of the remaining contract, e.g. "25" or "12.5". */
  cancellationFeePercent: string;
  customPricing: boolean;
  features: string[];
  /** By limit key; empty text is unlimited. */
  limits: Record<string, string>;
  prices: PriceRow[];
};

export const emptyPlanForm: PlanFormValues = {
  planId: null,
  code: '',
  name: '',
  description: '',
  rank: '10',
  includedSeats: '1',
  trialDays: '0',
  cancellationFeePercent: '0',
  customPricing: false,
  features: ['invoices'],
  limits: {},
  prices: [{ interval: 'MONTH', currency: 'USD', amount: '', perSeat: '' }],
};

/** The editor's values for a saved plan (its prices on offer, not older versions). */
export function formOfPlan(plan: CatalogPlanCardFragment): PlanFormValues {
  return {
    planId: plan.id,
    code: plan.code,
    name: plan.name,
    description: plan.description,
    rank: String(plan.rank),
    includedSeats: String(plan.includedSeats),
    trialDays: String(plan.trialDays),
    cancellationFeePercent: minorUnitsToDecimalString(plan.cancellationFeeBps, 'USD').replace(
      /\.?0+$/,
      '',
    ),
    customPricing: plan.customPricing,
    features: plan.featureKeys,
    limits: Object.fromEntries(
      plan.limits.map((l) => [l.key, l.limit == null ? '' : String(l.limit)]),
    ),
    prices: plan.prices
      .filter((p) => p.active)
      .map((p) => ({
        interval: p.interval,
        currency: p.currency,
        amount: minorUnitsToDecimalString(p.amount.amount, p.currency),
        perSeat:
          p.perSeatAmount == null
            ? ''
            : minorUnitsToDecimalString(p.perSeatAmount.amount, p.currency),
      })),
  };
}

/** Field names as the server names them in `extensions.field` (input paths). */
export type PlanField =
  | 'code'
  | 'name'
  | 'description'
  | 'rank'
  | 'includedSeats'
  | 'trialDays'
  | 'cancellationFeeBps'
  | 'customPricing'
  | 'features'
  | 'prices'
  | `limits.${string}`
  | `prices.${number}.${'currency' | 'unitAmount' | 'perSeatAmount'}`;

const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!/^\d{1,9}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
};

/**
 * The input to send, or the messages by field. Checks what the server checks (so most mistakes
 * show before sending); the server's answer is still shown for anything else.
 */
export function planInputOf(
  values: PlanFormValues,
  limitKeys: readonly string[],
):
  | { input: SavePlanInput; errors: null }
  | { input: null; errors: Partial<Record<PlanField, string>> } {
  const errors: Partial<Record<PlanField, string>> = {};
  const code = values.code.trim();
  if (values.planId === null && !/^[a-z][a-z0-9_-]{1,39}$/.test(code)) {
    errors.code = '2–40 lower-case letters, digits, “-” or “_”, starting with a letter.';
  }
  if (values.name.trim() === '') errors.name = 'Give the plan a name.';
  else if (values.name.trim().length > 60) errors.name = 'At most 60 characters.';
  if (values.description.trim().length > 500) errors.description = 'At most 500 characters.';
  const rank = wholeNumber(values.rank, 0, 1000);
  if (rank === null) errors.rank = 'A whole number from 0 to 1000.';
  const includedSeats = wholeNumber(values.includedSeats, 1, 100_000);
  if (includedSeats === null) errors.includedSeats = 'A whole number from 1 to 100000.';
  const trialDays = wholeNumber(values.trialDays, 0, 365);
  if (trialDays === null) errors.trialDays = 'A whole number of days from 0 to 365.';
  // Percent with up to two decimals is basis points: "12.5" → 1250.
  const feeBps = decimalStringToMinorUnits(values.cancellationFeePercent, 'USD');
  if (feeBps === null || feeBps > 10_000) {
    errors.cancellationFeeBps = 'A percentage from 0 to 100, at most two decimals.';
  }
  const limits = limitKeys.map((key) => {
    const text = (values.limits[key] ?? '').trim();
    if (text === '') return { key, limit: null };
    const limit = wholeNumber(text, 0, 2_000_000_000);
    if (limit === null) errors[`limits.${key}`] = 'A whole number, or empty for unlimited.';
    return { key, limit };
  });
  if (values.customPricing && values.prices.length > 0) {
    errors.prices = 'A plan priced per account has no catalog prices: remove them.';
  }
  const seen = new Set<string>();
  const prices = values.prices.map((row, index) => {
    const currency = row.currency.trim().toUpperCase();
    const pair = `${row.interval} ${currency}`;
    if (!/^[A-Z]{3}$/.test(currency)) errors[`prices.${index}.currency`] = 'A 3-letter code.';
    else if (seen.has(pair)) errors[`prices.${index}.currency`] = 'Already priced above.';
    seen.add(pair);
    const unitAmount = decimalStringToMinorUnits(row.amount, currency);
    if (unitAmount === null) errors[`prices.${index}.unitAmount`] = 'An amount such as 29.00.';
    const perSeatAmount =
      row.perSeat.trim() === '' ? null : decimalStringToMinorUnits(row.perSeat, currency);
    if (row.perSeat.trim() !== '' && perSeatAmount === null) {
      errors[`prices.${index}.perSeatAmount`] = 'An amount, or empty to sell no extra seats.';
    }
    return { interval: row.interval, currency, unitAmount: unitAmount ?? 0, perSeatAmount };
  });
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: {
      planId: values.planId,
      code: values.planId === null ? code : null,
      name: values.name.trim(),
      description: values.description.trim(),
      rank: rank!,
      includedSeats: includedSeats!,
      trialDays: trialDays!,
      customPricing: values.customPricing,
      cancellationFeeBps: feeBps!,
      features: values.features,
      limits,
      prices,
    },
  };
}
