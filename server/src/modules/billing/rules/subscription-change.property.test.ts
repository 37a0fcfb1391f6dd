import fc from 'fast-check';

import { ALL_PRICES, PRICES, TAX, at, usd } from './catalog.fixture.js';
import { BillingRuleError } from './errors.js';
import type { InvoiceDraft, CreditBalanceMovement } from './invoice-draft.js';
import type { InvoiceLine } from './invoice-lines.js';
import type { Money } from './money.js';
import type { PlanPrice } from './plan-price.js';
import { renewalInvoice } from './renewal.js';
import type { SubscriptionState } from './subscription-state.js';
import { type ChangeTiming, planSubscriptionChange } from './subscription-change.js';
import type { TaxContext } from './tax.js';

/**
 * What the customer owes for a stretch of time, computed here independently of the code under test:
 * the plan's price for one period (base + extra seats, plain integer arithmetic) × seconds on it.
 * Kept as a rational numerator over the period length, so nothing is rounded.
 */
function periodPrice(price: PlanPrice, seats: number): bigint {
  const extra = Math.max(0, seats - price.includedSeats);
  return BigInt(price.unitAmount.amount + extra * (price.extraSeatAmount?.amount ?? 0));
}

const CATALOGS = {
  month: [PRICES.basicMonthlyUsd, PRICES.advancedMonthlyUsd, PRICES.freeMonthlyUsd],
  year: [PRICES.basicAnnualUsd, PRICES.advancedAnnualUsd],
} as const;

const TAX_CONTEXTS: TaxContext[] = [
  TAX.usIndividual,
  TAX.deIndividual,
  TAX.gbIndividual,
  TAX.frBusiness,
];

const stepArb = fc.record({
  priceIndex: fc.nat({ max: 2 }),
  seats: fc.integer({ min: 1, max: 8 }),
  // Offsets are folded into the period below; 0 makes same-second changes common.
  offset: fc.oneof(fc.constant(0), fc.nat({ max: 366 * 86_400 })),
  timing: fc.constantFrom<ChangeTiming>('now', 'now', 'period_end'),
});

const scenarioArb = fc.record({
  interval: fc.constantFrom<'month' | 'year'>('month', 'year'),
  anchor: fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-12-31T23:59:59Z') }),
  firstPrice: fc.nat({ max: 2 }),
  firstSeats: fc.integer({ min: 1, max: 8 }),
  steps: fc.array(stepArb, { maxLength: 8 }),
  cancelAtOffset: fc.option(fc.nat({ max: 366 * 86_400 }), { nil: null }),
  balance: fc.nat({ max: 20_000 }),
  tax: fc.constantFrom(...TAX_CONTEXTS),
});

function pick(catalog: readonly PlanPrice[], index: number, seats: number) {
  const price = catalog[index % catalog.length];
  if (price == null) throw new Error('empty catalog');
  // The free plan sells no extra seats; keep requests it can accept. A plan holds at least the
  // seats it includes, so asking for fewer is asking for those.
  const asked = price.extraSeatAmount == null ? 1 : seats;
  return { price, seats: Math.max(asked, price.includedSeats) };
}

/** Every amount an invoice or balance shows is ≥ 0, and the totals add up. */
function expectWellFormed(invoice: InvoiceDraft | null, movement: CreditBalanceMovement): void {
  const nonNegative = (m: Money) => expect(m.amount).toBeGreaterThanOrEqual(0);
  [movement.before, movement.applied, movement.added, movement.after].forEach(nonNegative);
  expect(movement.after.amount).toBe(
    movement.before.amount - movement.applied.amount + movement.added.amount,
  );
  if (invoice == null) return;
  [
    invoice.creditApplied,
    invoice.taxableAmount,
    invoice.tax.amount,
    invoice.total,
    invoice.amountDue,
    invoice.creditToBalance,
  ].forEach(nonNegative);
  const sum = invoice.lines.reduce((total, line) => total + line.amount.amount, 0);
  expect(invoice.subtotal.amount).toBe(sum);
  expect(invoice.taxableAmount.amount).toBe(Math.max(0, sum) - invoice.creditApplied.amount);
  expect(invoice.creditToBalance.amount).toBe(Math.max(0, -sum));
  expect(invoice.amountDue.amount).toBe(invoice.taxableAmount.amount + invoice.tax.amount.amount);
}

const ROUNDED_KINDS = new Set<InvoiceLine['kind']>([
  'unused_time',
  'remaining_time',
  'cancellation_fee',
]);

describe('a period of random changes (property)', () => {
  it('bills what the time on each plan costs, within ½ minor unit per rounded line, and never a negative invoice', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const catalog = CATALOGS[scenario.interval];
        const first = pick(catalog, scenario.firstPrice, scenario.firstSeats);
        let balance = usd(scenario.balance);
        const lines: InvoiceLine[] = [];

        const started = planSubscriptionChange({
          subscription: null,
          prices: ALL_PRICES,
          creditBalance: balance,
          tax: scenario.tax,
          change: {
            type: 'start',
            priceId: first.price.priceId,
            seats: first.seats,
            useTrial: false,
          },
          now: scenario.anchor,
        });
        expectWellFormed(started.invoice, started.creditBalance);
        lines.push(...(started.invoice?.lines ?? []));
        balance = started.creditBalance.after;
        // Pretend the first invoice was paid, so the subscription is active and can change.
        let subscription: SubscriptionState = { ...started.subscription, status: 'active' };
        const start = subscription.currentPeriodStart;
        const end = subscription.currentPeriodEnd;
        const length = BigInt(end - start);

        // The model: what runs now, since when, and what is scheduled for the period end.
        let current = first;
        let since = start;
        let scheduled: typeof first | null = null;
        let owed = 0n; // Σ period price × seconds, over `length`
        // Prorated amounts the rules had to round: two per priced change (credit and charge), one
        // per refund. A line that rounds to 0 is left off the invoice but its rounding still counts.
        let roundings = 0n;

        const times = scenario.steps
          .map((step) => start + (step.offset % (end - start)))
          .sort((a, b) => a - b);
        scenario.steps.forEach((step, index) => {
          const now = times[index] ?? start;
          const target = pick(catalog, step.priceIndex, step.seats);
          const same =
            target.price.priceId === current.price.priceId && target.seats === current.seats;
          let plan;
          try {
            plan = planSubscriptionChange({
              subscription,
              prices: ALL_PRICES,
              creditBalance: balance,
              tax: scenario.tax,
              change: {
                type: 'change_plan',
                priceId: target.price.priceId,
                seats: target.seats,
                timing: step.timing,
              },
              now,
            });
          } catch (error) {
            // Asking for what already runs, with nothing scheduled, is the one refusal expected.
            expect(error).toBeInstanceOf(BillingRuleError);
            expect((error as BillingRuleError).code).toBe('NO_CHANGE');
            expect(same && scheduled == null).toBe(true);
            return;
          }
          expectWellFormed(plan.invoice, plan.creditBalance);
          lines.push(...(plan.invoice?.lines ?? []));
          balance = plan.creditBalance.after;
          subscription = plan.subscription;
          if (same) {
            scheduled = null;
          } else if (step.timing === 'period_end') {
            scheduled = target;
          } else {
            const priced = periodPrice(current.price, current.seats);
            if (priced !== periodPrice(target.price, target.seats)) roundings += 2n;
            owed += priced * BigInt(now - since);
            current = target;
            since = now;
            scheduled = null;
          }
          expect(subscription.currentPeriodStart).toBe(start);
          expect(subscription.currentPeriodEnd).toBe(end);
        });

        let until = end;
        if (scenario.cancelAtOffset != null) {
          const cancelAt = Math.max(since, start + (scenario.cancelAtOffset % (end - start)));
          const canceled = planSubscriptionChange({
            subscription,
            prices: ALL_PRICES,
            creditBalance: balance,
            tax: scenario.tax,
            change: { type: 'cancel', timing: 'now' },
            now: cancelAt,
            policy: { creditUnusedTimeOnImmediateCancel: true },
          });
          expectWellFormed(canceled.invoice, canceled.creditBalance);
          expect(canceled.nextInvoice).toBeNull();
          lines.push(...(canceled.invoice?.lines ?? []));
          roundings += 1n;
          until = cancelAt;
        }
        owed += periodPrice(current.price, current.seats) * BigInt(until - since);

        // Tolerance: |Σ lines − owed| ≤ ½ minor unit per rounding (half-even is off by at most ½,
        // so within 1 minor unit per rounded line as required), compared exactly in integers:
        // |2 × (billed × length − owed)| ≤ roundings × length.
        const billed = BigInt(lines.reduce((total, line) => total + line.amount.amount, 0));
        const roundedLines = BigInt(lines.filter((line) => ROUNDED_KINDS.has(line.kind)).length);
        expect(roundedLines).toBeLessThanOrEqual(roundings);
        const error = 2n * (billed * length - owed);
        expect(error <= roundings * length && -error <= roundings * length).toBe(true);
        for (const line of lines) {
          expect(line.periodStart).toBeGreaterThanOrEqual(start);
          expect(line.periodEnd).toBeLessThanOrEqual(end);
        }

        if (scenario.cancelAtOffset == null) {
          // The renewal bills exactly what was scheduled last (or what runs), for a full period.
          const renewal = renewalInvoice({
            subscription,
            prices: ALL_PRICES,
            creditBalance: balance,
            tax: scenario.tax,
            now: end,
            paymentMethodOnFile: true,
          });
          expectWellFormed(renewal.invoice, renewal.creditBalance);
          const next: typeof first = scheduled ?? current;
          const renewed = (renewal.invoice?.lines ?? []).reduce(
            (total, line) => total + line.amount.amount,
            0,
          );
          expect(BigInt(renewed)).toBe(periodPrice(next.price, next.seats));
          expect(renewal.subscription.priceId).toBe(next.price.priceId);
          expect(renewal.subscription.currentPeriodStart).toBe(end);
          expect(renewal.subscription.currentPeriodEnd).toBeGreaterThan(end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('bills nothing for any sequence of plan changes during a trial and keeps the trial end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-12-31T23:59:59Z') }),
        fc.array(stepArb, { minLength: 1, maxLength: 8 }),
        (anchor, steps) => {
          let subscription = planSubscriptionChange({
            subscription: null,
            prices: ALL_PRICES,
            creditBalance: usd(0),
            tax: TAX.usIndividual,
            change: { type: 'start', priceId: PRICES.basicMonthlyUsd.priceId, seats: 1 },
            now: anchor,
          }).subscription;
          const trialEnd = subscription.trialEnd;
          // 14 days × 86 400 s
          expect(trialEnd).toBe(anchor + 14 * 86_400);
          const times = steps.map((s) => anchor + (s.offset % (14 * 86_400))).sort((a, b) => a - b);
          steps.forEach((step, index) => {
            const target = pick(CATALOGS.month, step.priceIndex, step.seats);
            if (
              target.price.priceId === subscription.priceId &&
              target.seats === subscription.seats
            ) {
              return;
            }
            const plan = planSubscriptionChange({
              subscription,
              prices: ALL_PRICES,
              creditBalance: usd(0),
              tax: TAX.usIndividual,
              change: { type: 'change_plan', priceId: target.price.priceId, seats: target.seats },
              now: times[index] ?? anchor,
            });
            expect(plan.invoice).toBeNull();
            expect(plan.subscription.status).toBe('trialing');
            expect(plan.subscription.trialEnd).toBe(trialEnd);
            subscription = plan.subscription;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
