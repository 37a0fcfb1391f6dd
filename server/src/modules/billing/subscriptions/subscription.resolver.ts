import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, notFound } from '../../../errors.js';
import type { RequestContext } from '../../../graphql/context.js';
import { Money, toMoney } from '../../../graphql/money.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import { accountExists, AccountType, billingDetailsFor } from '../../accounts/index.js';
import {
  getPlanPrice,
  getPlan,
  type PlanPrice,
  PlanPriceType,
  PlanType,
  toPlanType,
} from '../../catalog/index.js';
import { accountCreditBalance } from '../invoices/credit-balance.service.js';
import { getAccountInvoice } from '../invoices/invoice-query.service.js';
import type { Invoice } from '../invoices/invoice.entity.js';
import type { Subscription } from './subscription.entity.js';
import { toInvoiceType } from '../invoices/invoice.types.js';
import { requestMailDelivery } from '../../notifications/index.js';
import { toSubscriptionView } from './rules-adapter.js';
import {
  type BillingDeps,
  type SubscriptionChangeReceipt,
  type SubscriptionRequest,
  cancelSubscription,
  changeSubscription,
  currentSubscriptions,
  previewSubscriptionChange,
  previewUpcomingInvoiceOf,
  reactivateSubscription,
  startEnterpriseContract,
  startSubscription,
} from './subscription.service.js';
import {
  CancelSubscriptionInput,
  ChangeSubscriptionInput,
  PreviewSubscriptionChangeInput,
  ScheduledPlanChange,
  StartEnterpriseContractInput,
  StartSubscriptionInput,
  SubscriptionChangePreview,
  SubscriptionChangeResult,
  SubscriptionType,
  UpcomingInvoice,
  toPreviewType,
  toSubscriptionType,
} from './subscription.types.js';

const depsOf = (ctx: RequestContext): BillingDeps => ({
  clock: ctx.clock,
  billing: ctx.config.billing,
  collector: ctx.collector,
});

/** A plan as seen by `accountId`: its own contract prices show, no other account's. */
async function planType(ctx: RequestContext, planId: string, accountId: string): Promise<PlanType> {
  return toPlanType(await getPlan(ctx.em, planId), accountId);
}

function toPlanPriceType(price: PlanPrice): PlanPriceType {
  return {
    id: price.id,
    interval: price.interval,
    currency: price.currency,
    amount: toMoney(price.unitAmount, price.currency),
    perSeatAmount:
      price.perSeatAmount === null ? null : toMoney(price.perSeatAmount, price.currency),
  };
}

function requestOf(input: PreviewSubscriptionChangeInput): SubscriptionRequest {
  const required = <T>(value: T | null | undefined, field: string): T => {
    if (value == null) throw badInput(field, `Give ${field} to preview this change.`);
    return value;
  };
  switch (input.action) {
    case 'start':
      return {
        type: 'start',
        planCode: required(input.planCode, 'planCode'),
        interval: required(input.interval, 'interval'),
        currency: required(input.currency, 'currency'),
        seats: required(input.seats, 'seats'),
      };
    case 'change':
      return {
        type: 'change',
        planCode: input.planCode,
        interval: input.interval,
        seats: input.seats,
        timing: input.timing,
      };
    case 'cancel':
      // The reason changes no amount; it is only recorded by the real cancellation.
      return { type: 'cancel', timing: required(input.timing, 'timing'), reason: 'other' };
    case 'reactivate':
      return { type: 'reactivate' };
  }
}

@Resolver(() => SubscriptionType)
export class SubscriptionResolver {
  @FieldResolver(() => PlanType)
  plan(@Root() subscription: SubscriptionType, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return planType(ctx, subscription.planId, subscription.accountId);
  }

  @FieldResolver(() => PlanPriceType, {
    description: 'The price version billed (kept when the catalog price changes).',
  })
  async price(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanPriceType> {
    return toPlanPriceType(await getPlanPrice(ctx.em, subscription.priceId));
  }

  @FieldResolver(() => ScheduledPlanChange, { nullable: true })
  async scheduledChange(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: RequestContext,
  ): Promise<ScheduledPlanChange | null> {
    const scheduled = subscription.scheduled;
    if (scheduled === null) return null;
    const price = await getPlanPrice(ctx.em, scheduled.priceId);
    return {
      plan: await planType(ctx, scheduled.planId, subscription.accountId),
      interval: price.interval,
      seats: scheduled.seats,
      effectiveAt: new Date(scheduled.effectiveAt),
    };
  }

  @FieldResolver(() => UpcomingInvoice, {
    nullable: true,
    description: 'The next regular invoice; null when the subscription will not renew.',
  })
  async upcomingInvoice(
    @Root() root: SubscriptionType,
    @Ctx() ctx: RequestContext,
  ): Promise<UpcomingInvoice | null> {
    const upcoming = await previewUpcomingInvoiceOf(ctx.em, root.id, ctx.config.billing, (id) =>
      billingDetailsFor(ctx, id),
    );
    return upcoming === null
      ? null
      : {
          date: upcoming.date,
          amountDue: toMoney(upcoming.amountDue.amount, upcoming.amountDue.currency),
        };
  }

  @Query(() => SubscriptionChangePreview, {
    description:
      'What startSubscription, changeSubscription, cancelSubscription or reactivateSubscription would do right now: amounts today, next invoice, the resulting plan.',
  })
  async previewSubscriptionChange(
    @Arg('input', () => PreviewSubscriptionChangeInput) input: PreviewSubscriptionChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionChangePreview> {
    const accountId = currentAccountId(ctx);
    const preview = await previewSubscriptionChange(
      ctx.em,
      accountId,
      requestOf(input),
      depsOf(ctx),
    );
    return toPreviewType(preview, await planType(ctx, preview.result.planId, accountId));
  }

  @Mutation(() => SubscriptionChangeResult, {
    description:
      'Starts a subscription (a trial when the plan has one and the account never had a trial). Needs billing details. Idempotent per key.',
  })
  async startSubscription(
    @Arg('input', () => StartSubscriptionInput) input: StartSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionChangeResult> {
    const accountId = currentAccountId(ctx);
    const receipt = await startSubscription(ctx.em, accountId, input, actorOf(ctx), depsOf(ctx));
    return changeResult(ctx, accountId, receipt);
  }

  @Mutation(() => SubscriptionChangeResult, {
    description:
      'Changes plan, interval or seats: upgrades now (prorated, invoiced now), downgrades at the period end unless timing is NOW. Asking for the current plan takes back a scheduled change. Idempotent per key.',
  })
  async changeSubscription(
    @Arg('input', () => ChangeSubscriptionInput) input: ChangeSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionChangeResult> {
    const accountId = currentAccountId(ctx);
    const receipt = await changeSubscription(ctx.em, accountId, input, actorOf(ctx), depsOf(ctx));
    return changeResult(ctx, accountId, receipt);
  }

  @Mutation(() => SubscriptionChangeResult, {
    description:
      'Cancels at the period end (revocable) or now (a cancellation fee may be invoiced; see the preview). Idempotent per key.',
  })
  async cancelSubscription(
    @Arg('input', () => CancelSubscriptionInput) input: CancelSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionChangeResult> {
    const accountId = currentAccountId(ctx);
    const receipt = await cancelSubscription(ctx.em, accountId, input, actorOf(ctx), depsOf(ctx));
    return changeResult(ctx, accountId, receipt);
  }

  @Mutation(() => SubscriptionChangeResult, {
    description:
      'Operators: puts an account on an Enterprise contract at its own price (never listed in the catalog): starts it, or replaces the running plan now with proration. Its cancellation fee applies to immediate cancellation. Idempotent per key.',
  })
  async startEnterpriseContract(
    @Arg('input', () => StartEnterpriseContractInput) input: StartEnterpriseContractInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionChangeResult> {
    const { accountId, ...contract } = input;
    if (!(await accountExists(ctx.em, accountId))) throw notFound('Account');
    const receipt = await startEnterpriseContract(
      ctx.em,
      accountId,
      contract,
      actorOf(ctx),
      depsOf(ctx),
    );
    return changeResult(ctx, accountId, receipt);
  }

  @Mutation(() => SubscriptionChangeResult, {
    description: 'Takes back a cancellation set for the period end.',
  })
  async reactivateSubscription(@Ctx() ctx: RequestContext): Promise<SubscriptionChangeResult> {
    const accountId = currentAccountId(ctx);
    const receipt = await reactivateSubscription(ctx.em, accountId, actorOf(ctx), depsOf(ctx));
    return changeResult(ctx, accountId, receipt);
  }
}

async function changeResult(
  ctx: RequestContext,
  accountId: string,
  receipt: SubscriptionChangeReceipt,
): Promise<SubscriptionChangeResult> {
  // The change committed: its invoice and plan-change notices go out now, not at the next minute.
  await requestMailDelivery(ctx);
  const invoice =
    receipt.invoiceId === null
      ? null
      : await getAccountInvoice(ctx.em, accountId, receipt.invoiceId);
  if (invoice !== null) await chargeCardInvoiceNow(ctx, invoice);
  return {
    outcome: receipt.outcome,
    subscription: toSubscriptionType(receipt.subscription),
    invoice: invoice === null ? null : toInvoiceType(invoice),
  };
}

/**
 * An invoice the change issued for a card (an upgrade, a start) is due on issue, its first attempt
 * scheduled for now: the payment-retry job is asked to run at once, which claims the attempt and
 * hands it to the charge job, instead of waiting for its next minute. Never fails the change: the
 * job also runs every minute.
 */
async function chargeCardInvoiceNow(ctx: RequestContext, invoice: Invoice): Promise<void> {
  if (
    invoice.status !== 'open' ||
    invoice.collectionMethod !== 'card' ||
    invoice.nextPaymentAttemptAt === null ||
    invoice.nextPaymentAttemptAt > ctx.clock.now()
  ) {
    return;
  }
  try {
    await ctx.jobs.enqueue('retry-failed-payments', {});
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not start the card charge; the next run of the job does');
  }
}

/**
 * Per request (keyed by its context): the accounts' current subscriptions, read once for every
 * field that needs one (`subscription`, `creditBalance`) and for a whole list of accounts in one
 * statement.
 */
const subscriptionLoaders = new WeakMap<object, DataLoader<string, Subscription | null>>();

function accountSubscription(ctx: RequestContext, accountId: string): Promise<Subscription | null> {
  let loader = subscriptionLoaders.get(ctx);
  if (loader === undefined) {
    loader = new DataLoader((accountIds) => currentSubscriptions(ctx.em, accountIds));
    subscriptionLoaders.set(ctx, loader);
  }
  return loader.load(accountId);
}

/** The account's billing state: its subscription and credit balance. */
@Resolver(() => AccountType)
export class AccountBillingResolver {
  @FieldResolver(() => SubscriptionType, {
    nullable: true,
    description: 'The live subscription, or the most recently ended one; null if none ever.',
  })
  async subscription(
    @Root() account: AccountType,
    @Ctx() ctx: RequestContext,
  ): Promise<SubscriptionType | null> {
    const subscription = await accountSubscription(ctx, account.id);
    return subscription === null ? null : toSubscriptionType(toSubscriptionView(subscription));
  }

  @FieldResolver(() => Money, {
    description: 'Credit applied to the next invoices before anything is charged.',
  })
  async creditBalance(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<Money> {
    const subscription = await accountSubscription(ctx, account.id);
    const balance = await accountCreditBalance(
      ctx.em,
      account.id,
      subscription?.currency ?? null,
      account.preferredCurrency,
    );
    return toMoney(balance.amount, balance.currency);
  }
}
