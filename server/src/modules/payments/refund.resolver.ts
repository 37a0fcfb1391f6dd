import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { Money, toMoney } from '../../graphql/money.js';
import { actorOf } from '../../graphql/session-scope.js';
import { getInvoiceForOperator, toCreditNoteType, toInvoiceType } from '../billing/index.js';
import { Payment } from './payment.entity.js';
import { PaymentType, toPaymentType } from './payment.types.js';
import { PaymentDispute, PaymentRefund } from './refund.entity.js';
import { PaymentDisputeType, RefundPaymentInput, RefundPaymentResult } from './refund.types.js';
import { refundPayment } from './refunds.service.js';
import { stripeClientFor } from './stripe/stripe-client.js';

const loaders = new WeakMap<
  object,
  { refunds: DataLoader<string, PaymentRefund[]>; disputes: DataLoader<string, PaymentDispute[]> }
>();

/** Refunds and disputes of the payments of one request, fetched in one query each. */
function loadersFor(ctx: { em: EntityManager }) {
  let found = loaders.get(ctx);
  if (found === undefined) {
    const byPayment =
      <T extends { payment: { id: string } }>(fetch: (ids: string[]) => Promise<T[]>) =>
      async (ids: readonly string[]) => {
        const rows = await fetch([...ids]);
        return ids.map((id) => rows.filter((row) => row.payment.id === id));
      };
    found = {
      refunds: new DataLoader(
        byPayment((ids) =>
          ctx.em.find(PaymentRefund, { payment: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
        ),
      ),
      disputes: new DataLoader(
        byPayment((ids) =>
          ctx.em.find(PaymentDispute, { payment: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
        ),
      ),
    };
    loaders.set(ctx, found);
  }
  return found;
}

@Resolver(() => PaymentType)
export class PaymentRefundResolver {
  @FieldResolver(() => Money, { description: 'Given back so far (refunds through Stripe).' })
  async refunded(@Root() payment: PaymentType, @Ctx() ctx: RequestContext): Promise<Money> {
    const refunds = await loadersFor(ctx).refunds.load(payment.id);
    const total = refunds.reduce((sum, refund) => sum + refund.amount, 0);
    return toMoney(total, payment.amount.currency);
  }

  @FieldResolver(() => PaymentDisputeType, {
    nullable: true,
    description: 'The chargeback, when the cardholder disputed the payment.',
  })
  async dispute(
    @Root() payment: PaymentType,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentDisputeType | null> {
    const dispute = (await loadersFor(ctx).disputes.load(payment.id)).at(-1);
    return dispute === undefined
      ? null
      : {
          id: dispute.id,
          stripeDisputeId: dispute.stripeDisputeId,
          amount: toMoney(dispute.amount, dispute.currency),
          reason: dispute.reason,
          createdAt: dispute.createdAt,
        };
  }

  @Mutation(() => RefundPaymentResult, {
    description:
      'Operators: refunds all or part of a card payment through Stripe and issues a credit note for it. The invoice stays paid.',
  })
  async refundPayment(
    @Arg('input', () => RefundPaymentInput) input: RefundPaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RefundPaymentResult> {
    const stripeConfig = ctx.config.stripe;
    if (stripeConfig === null) {
      throw new AppError('CONFLICT', 'Card payments are not configured (STRIPE_SECRET_KEY).');
    }
    const receipt = await refundPayment(
      ctx.em,
      {
        paymentId: input.paymentId,
        amount: input.amount ?? null,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
      },
      actorOf(ctx),
      ctx.clock,
      stripeClientFor(stripeConfig),
    );
    const refund = await ctx.em.findOneOrFail(
      PaymentRefund,
      { id: receipt.refundId },
      { populate: ['creditNote'] },
    );
    const payment = await ctx.em.findOneOrFail(Payment, { id: receipt.paymentId });
    return {
      payment: toPaymentType(payment),
      invoice: toInvoiceType(await getInvoiceForOperator(ctx.em, receipt.invoiceId)),
      creditNote: toCreditNoteType(refund.creditNote),
    };
  }
}
