import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import { getInvoiceForOperator, InvoiceType, toInvoiceType } from '../billing/index.js';
import { createManualInvoice, previewManualInvoice } from './manual-invoice.service.js';
import {
  CreateManualInvoiceInput,
  ManualInvoiceInput,
  ManualInvoicePreview,
  toManualInvoicePreview,
} from './manual-invoice.types.js';

@Resolver()
export class ManualInvoiceResolver {
  @Query(() => ManualInvoicePreview, {
    description:
      'Operators: the manual invoice createManualInvoice would issue now for these lines (same rules, nothing saved).',
  })
  async previewManualInvoice(
    @Arg('input', () => ManualInvoiceInput) input: ManualInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ManualInvoicePreview> {
    const preview = await previewManualInvoice(ctx.em, input, ctx.config.billing, ctx.clock);
    return toManualInvoicePreview(preview.drafted, preview.buyerCountry, preview.dueAt);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Operators: issues an invoice with the lines given (numbered, taxed, credit balance applied) on bank-transfer terms. Audited; idempotent per key.',
  })
  async createManualInvoice(
    @Arg('input', () => CreateManualInvoiceInput) input: CreateManualInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceType> {
    const { invoiceId } = await createManualInvoice(ctx.em, input, actorOf(ctx), {
      clock: ctx.clock,
      billing: ctx.config.billing,
    });
    return toInvoiceType(await getInvoiceForOperator(ctx.em, invoiceId));
  }
}
