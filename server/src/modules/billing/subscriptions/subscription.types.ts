import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../../graphql/money.js';
import { type BillingInterval, BillingIntervalEnum, PlanType } from '../../catalog/index.js';
import type { CollectionMethod } from '../invoices/invoice.entity.js';
import {
  InvoiceLineType,
  InvoiceType,
  PaymentMethodKindEnum,
  toInvoiceLineType,
} from '../invoices/invoice.types.js';
import type { ChangeOutcome, ChangeTiming, SubscriptionStatus } from '../rules/index.js';
import type { SubscriptionChangePreview as PreviewData } from './subscription.service.js';
import type { SubscriptionView } from './rules-adapter.js';
import type { CancellationReason } from './subscription.entity.js';

export const SubscriptionStatusEnum = {
  TRIALING: 'trialing',
  ACTIVE: 'active',
  PAST_DUE: 'past_due',
  CANCELED: 'canceled',
  INCOMPLETE: 'incomplete',
} as const satisfies Record<string, SubscriptionStatus>;
registerEnumType(SubscriptionStatusEnum, {
  name: 'SubscriptionStatus',
  description:
    'trialing → active | canceled; incomplete (first invoice unpaid) → active | canceled; active → past_due (renewal unpaid) → active | canceled.',
});

export const CancellationReasonEnum = {
  TOO_EXPENSIVE: 'too_expensive',
  MISSING_FEATURES: 'missing_features',
  SWITCHED_SERVICE: 'switched_service',
  UNUSED: 'unused',
  OTHER: 'other',
} as const satisfies Record<string, CancellationReason>;
registerEnumType(CancellationReasonEnum, { name: 'CancellationReason' });

export const ChangeTimingEnum = { NOW: 'now', PERIOD_END: 'period_end' } as const satisfies Record<
  string,
  ChangeTiming
>;
registerEnumType(ChangeTimingEnum, {
  name: 'ChangeTiming',
  description: 'Whether a change applies now or at the end of the current period.',
});

export const SubscriptionChangeOutcomeEnum = {
  TRIAL_STARTED: 'trial_started',
  STARTED: 'started',
  UPGRADED: 'upgraded',
  DOWNGRADED: 'downgraded',
  INTERVAL_CHANGED: 'interval_changed',
  PLAN_SWITCHED: 'plan_switched',
  TRIAL_PLAN_SWITCHED: 'trial_plan_switched',
  CHANGE_SCHEDULED: 'change_scheduled',
  SCHEDULED_CHANGE_UNDONE: 'scheduled_change_undone',
  CANCEL_SCHEDULED: 'cancel_scheduled',
  REACTIVATED: 'reactivated',
  CANCELED: 'canceled',
  TRIAL_ENDED_EARLY: 'trial_ended_early',
} as const satisfies Record<string, ChangeOutcome>;
registerEnumType(SubscriptionChangeOutcomeEnum, { name: 'SubscriptionChangeOutcome' });

export const SubscriptionActionEnum = {
  START: 'start',
  CHANGE: 'change',
  CANCEL: 'cancel',
  REACTIVATE: 'reactivate',
} as const;
export type SubscriptionAction =
  (typeof SubscriptionActionEnum)[keyof typeof SubscriptionActionEnum];
registerEnumType(SubscriptionActionEnum, {
  name: 'SubscriptionAction',
  description: 'Which mutation a preview stands for.',
});

@ObjectType({ description: 'A plan change waiting for the end of the current period.' })
export class ScheduledPlanChange {
  @Field(() => PlanType)
  plan!: PlanType;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field(() => Int)
  seats!: number;

  @Field()
  effectiveAt!: Date;
}

@ObjectType({ description: 'The next regular invoice, as it would be issued today.' })
export class UpcomingInvoice {
  @Field({ description: 'When it will be issued: the end of the current period or trial.' })
  date!: Date;

  @Field(() => Money)
  amountDue!: Money;
}

@ObjectType('Subscription')
export class SubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  @Field()
  currency!: string;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field(() => Int)
  seats!: number;

  @Field({ description: 'Period boundaries are computed from this instant.' })
  billingAnchor!: Date;

  @Field()
  currentPeriodStart!: Date;

  @Field({ description: 'When the period (or the trial) ends and the next invoice is issued.' })
  currentPeriodEnd!: Date;

  @Field(() => Date, { nullable: true })
  trialEnd!: Date | null;

  @Field({ description: 'Set to end at the period end; revocable with reactivateSubscription.' })
  cancelAtPeriodEnd!: boolean;

  @Field(() => Date, { nullable: true })
  canceledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => CancellationReasonEnum, { nullable: true })
  cancellationReason!: CancellationReason | null;

  @Field(() => String, { nullable: true })
  cancellationComment!: string | null;

  /** Resolved by SubscriptionResolver (plan, price, scheduledChange, upcomingInvoice). */
  accountId!: string;
  planId!: string;
  priceId!: string;
  scheduled!: SubscriptionView['scheduledChange'];
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export function toSubscriptionType(view: SubscriptionView): SubscriptionType {
  return {
    id: view.id,
    status: view.status,
    currency: view.currency,
    interval: view.interval,
    seats: view.seats,
    billingAnchor: new Date(view.billingAnchor),
    currentPeriodStart: new Date(view.currentPeriodStart),
    currentPeriodEnd: new Date(view.currentPeriodEnd),
    trialEnd: date(view.trialEnd),
    cancelAtPeriodEnd: view.cancelAtPeriodEnd,
    canceledAt: date(view.canceledAt),
    endedAt: date(view.endedAt),
    cancellationReason: view.cancellationReason,
    cancellationComment: view.cancellationComment,
    accountId: view.accountId,
    planId: view.planId,
    priceId: view.priceId,
    scheduled: view.scheduledChange,
  };
}

@ObjectType({ description: 'The result of a subscription mutation (replayed for a repeated key).' })
export class SubscriptionChangeResult {
  @Field(() => SubscriptionChangeOutcomeEnum)
  outcome!: ChangeOutcome;

  @Field(() => SubscriptionType, { description: 'The subscription right after the change.' })
  subscription!: SubscriptionType;

  @Field(() => InvoiceType, {
    nullable: true,
    description: 'The invoice issued for what is billed now, if any (its current state).',
  })
  invoice!: InvoiceType | null;
}

@ObjectType({
  description:
    'What a subscription mutation would do now, computed by the same code that then bills it.',
})
export class SubscriptionChangePreview {
  @Field(() => SubscriptionChangeOutcomeEnum)
  outcome!: ChangeOutcome;

  @Field(() => ChangeTimingEnum, { description: 'Whether it applies now or at the period end.' })
  appliesAt!: ChangeTiming;

  @Field()
  effectiveAt!: Date;

  @Field(() => Money, { description: 'What the invoice issued today asks for (tax included).' })
  amountDueToday!: Money;

  @Field(() => [InvoiceLineType], { description: "Today's invoice lines; empty when none." })
  lines!: InvoiceLineType[];

  @Field(() => Money)
  subtotal!: Money;

  @Field(() => Money, { description: 'Credit balance used today, before tax.' })
  creditApplied!: Money;

  @Field(() => Money)
  tax!: Money;

  @Field(() => Int, { description: 'Tax rate in basis points: 1900 is 19 %.' })
  taxRateBps!: number;

  @Field()
  reverseCharge!: boolean;

  @Field({ description: 'The tax line as the invoice will spell it: "VAT 19%".' })
  taxLabel!: string;

  @Field(() => Money, { description: 'Credit added to the balance (unused time beyond charges).' })
  creditAdded!: Money;

  @Field(() => Money)
  creditBalanceAfter!: Money;

  @Field(() => Date, { nullable: true, description: 'When the next regular invoice is issued.' })
  nextInvoiceDate!: Date | null;

  @Field(() => Money, { nullable: true })
  nextInvoiceAmount!: Money | null;

  @Field(() => PlanType, { description: 'The plan afterwards (the scheduled one, if scheduled).' })
  plan!: PlanType;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field(() => Int)
  seats!: number;

  @Field()
  currency!: string;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  @Field()
  cancelAtPeriodEnd!: boolean;

  @Field(() => PaymentMethodKindEnum, {
    nullable: true,
    description:
      'How the invoice issued today is collected: BANK_TRANSFER leaves it open until `dueAt`; CARD charges it at once. Null when nothing is due today.',
  })
  collectionMethod!: CollectionMethod | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the invoice issued today is due; null when nothing is due today.',
  })
  dueAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CARD: what is charged now, for people ("Visa •••• 4242"), the default card the collector will use. Null otherwise.',
  })
  chargedTo!: string | null;

  /** Whose change this is: `seatsTaken` is resolved by modules/members (seats.resolver.ts). */
  accountId!: string;

  @Field(() => Int, {
    description:
      "Seats the account may fill once the change applies (after a cancellation: the Free plan's). Below `seatsTaken`, the change still goes through: every member stays, and invitations are refused with SEAT_LIMIT until members leave or seats are added.",
  })
  seatLimit!: number;
}

export function toPreviewType(preview: PreviewData, plan: PlanType): SubscriptionChangePreview {
  const { currency, invoice, creditBalance } = preview;
  const zero = toMoney(0, currency);
  return {
    outcome: preview.outcome,
    appliesAt: preview.appliesAt,
    effectiveAt: preview.effectiveAt,
    amountDueToday: invoice === null ? zero : toMoney(invoice.amountDue.amount, currency),
    lines: invoice === null ? [] : invoice.lines.map(toInvoiceLineType),
    subtotal: invoice === null ? zero : toMoney(invoice.subtotal.amount, currency),
    creditApplied: toMoney(creditBalance.applied.amount, currency),
    tax: invoice === null ? zero : toMoney(invoice.tax.amount.amount, currency),
    taxRateBps: invoice?.tax.rateBps ?? 0,
    reverseCharge: invoice?.tax.reverseCharge ?? false,
    taxLabel: preview.taxLabel,
    creditAdded: toMoney(creditBalance.added.amount, currency),
    creditBalanceAfter: toMoney(creditBalance.after.amount, currency),
    nextInvoiceDate: preview.nextInvoice?.date ?? null,
    nextInvoiceAmount:
      preview.nextInvoice === null ? null : toMoney(preview.nextInvoice.amountDue.amount, currency),
    plan,
    interval: preview.result.interval,
    seats: preview.result.seats,
    currency,
    status: preview.result.status,
    cancelAtPeriodEnd: preview.result.cancelAtPeriodEnd,
    collectionMethod: preview.collection?.method ?? null,
    dueAt: preview.collection?.dueAt ?? null,
    chargedTo: preview.collection?.chargedTo ?? null,
    accountId: preview.accountId,
    seatLimit: preview.seatLimit,
  };
}

@InputType()
export class StartSubscriptionInput {
  @Field({ description: 'basic or advanced (Enterprise is set up by us).' })
  planCode!: string;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field({ description: 'ISO 4217 code the plan is sold in: EUR, USD or GBP.' })
  currency!: string;

  @Field(() => Int)
  seats!: number;

  @Field({
    description: 'A new key per intended change; a retry with the same key is answered once.',
  })
  idempotencyKey!: string;
}

@InputType({ description: 'An Enterprise contract at a price set for one account.' })
export class StartEnterpriseContractInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => BillingIntervalEnum)
  interval!: BillingInterval;

  @Field({ description: 'ISO 4217 code; a running subscription keeps its currency.' })
  currency!: string;

  @Field(() => Int, { description: 'Price per period in minor units (e.g. 120000 is 1,200.00).' })
  unitAmount!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Per seat beyond the included seats, per period, minor units; null sells none.',
  })
  perSeatAmount?: number | null;

  @Field(() => Int)
  seats!: number;

  @Field()
  idempotencyKey!: string;
}

@InputType({
  description:
    'Omitted fields keep their current value. Asking for the current plan, interval and seats takes back a scheduled change.',
})
export class ChangeSubscriptionInput {
  @Field(() => String, { nullable: true })
  planCode?: string | null;

  @Field(() => BillingIntervalEnum, { nullable: true })
  interval?: BillingInterval | null;

  @Field(() => Int, { nullable: true })
  seats?: number | null;

  @Field(() => ChangeTimingEnum, {
    nullable: true,
    description: 'Default: NOW for upgrades and interval changes, PERIOD_END for downgrades.',
  })
  timing?: ChangeTiming | null;

  @Field()
  idempotencyKey!: string;
}

@InputType()
export class CancelSubscriptionInput {
  @Field(() => ChangeTimingEnum, {
    description: 'PERIOD_END (revocable until then) or NOW (a fee may apply; see the preview).',
  })
  timing!: ChangeTiming;

  @Field(() => CancellationReasonEnum)
  reason!: CancellationReason;

  @Field(() => String, { nullable: true, description: 'Up to 1000 characters.' })
  comment?: string | null;

  @Field()
  idempotencyKey!: string;
}

@InputType({ description: 'The input of the mutation to preview, without its idempotency key.' })
export class PreviewSubscriptionChangeInput {
  @Field(() => SubscriptionActionEnum)
  action!: SubscriptionAction;

  @Field(() => String, { nullable: true, description: 'START (required) and CHANGE.' })
  planCode?: string | null;

  @Field(() => BillingIntervalEnum, { nullable: true, description: 'START (required) and CHANGE.' })
  interval?: BillingInterval | null;

  @Field(() => String, { nullable: true, description: 'START (required).' })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: 'START (required) and CHANGE.' })
  seats?: number | null;

  @Field(() => ChangeTimingEnum, { nullable: true, description: 'CHANGE and CANCEL (required).' })
  timing?: ChangeTiming | null;

  @Field(() => CancellationReasonEnum, { nullable: true, description: 'CANCEL.' })
  reason?: CancellationReason | null;
}
