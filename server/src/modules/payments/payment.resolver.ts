import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { toMoney } from '../../graphql/money.js';
import { actorOf } from '../../graphql/session-scope.js';
import {
  byInvoiceLoader,
  getInvoiceForOperator,
  InvoiceType,
  toInvoiceType,
} from '../billing/index.js';
import { requestMailDelivery } from '../notifications/index.js';
import { recordBankTransfer } from './bank-transfer.service.js';
import { getPayment, paymentsOfInvoices } from './payment.queries.js';
import {
  PaymentType,
  RecordBankTransferInput,
  RecordBankTransferResult,
  toPaymentType,
} from './payment.types.js';

function paymentsLoaderFor(requestContext: { em: EntityManager }) {
  return byInvoiceLoader(requestContext, 'payments', paymentsOfInvoices);
}

@Resolver(() => InvoiceType)
export class PaymentResolver {
  @FieldResolver(() => [PaymentType], { description: 'Money received for this invoice.' })
  async payments(@Root() invoice: InvoiceType, @Ctx() ctx: RequestContext): Promise<PaymentType[]> {
    return (await paymentsLoaderFor(ctx).load(invoice.id)).map(toPaymentType);
  }

  @Mutation(() => RecordBankTransferResult, {
    description:
      'Operators: records a bank transfer for an open invoice. Paid when nothing is left due; any excess goes to the credit balance; an incomplete or past-due subscription becomes active.',
  })
  async recordBankTransfer(
    @Arg('input', () => RecordBankTransferInput) input: RecordBankTransferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordBankTransferResult> {
    const receipt = await recordBankTransfer(ctx.em, input, actorOf(ctx), ctx.clock);
    await requestMailDelivery(ctx);
    const payment = await getPayment(ctx.em, receipt.paymentId);
    const invoice = await getInvoiceForOperator(ctx.em, receipt.invoiceId);
    return {
      payment: toPaymentType(payment),
      invoice: toInvoiceType(invoice),
      creditedToBalance: toMoney(receipt.creditedToBalance, receipt.currency),
    };
  }
}
