import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { Money, toMoney } from '../../../graphql/money.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import { AccountType } from '../../accounts/index.js';
import { creditNotesLoaderFor } from './invoice-loaders.js';
import {
  MAX_PAGE_SIZE,
  accountAmountDue,
  encodeInvoiceCursor,
  getAccountInvoice,
  getInvoiceForOperator,
  listInvoices,
} from './invoice-query.service.js';
import { voidInvoice } from './invoice-void.service.js';
import {
  CreditNoteType,
  InvoiceConnection,
  InvoiceFilter,
  type InvoiceOrder,
  InvoiceOrderEnum,
  InvoiceType,
  OperatorInvoiceFilter,
  VoidInvoiceInput,
  VoidInvoiceResult,
  toCreditNoteType,
  toInvoiceType,
} from './invoice.types.js';

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, {
    description: `The account's invoices by issue date, newest first unless \`order\` says otherwise. \`first\`: 1 to ${MAX_PAGE_SIZE} (default 20).`,
  })
  async invoices(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('order', () => InvoiceOrderEnum, { nullable: true, defaultValue: 'newest_first' })
    order?: InvoiceOrder | null,
  ): Promise<InvoiceConnection> {
    const page = await listInvoices(ctx.em, currentAccountId(ctx), {
      filter,
      first,
      after,
      order,
    });
    return {
      edges: page.invoices.map((invoice) => ({
        cursor: encodeInvoiceCursor(invoice),
        node: toInvoiceType(invoice),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => InvoiceConnection, {
    description: `Operators: every account's invoices by issue date, newest first unless \`order\` says otherwise, narrowed by status, account, currency, issue dates and number. \`first\`: 1 to ${MAX_PAGE_SIZE} (default 20). CSV: GET /operator/invoices.csv with the same filters.`,
  })
  async operatorInvoices(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OperatorInvoiceFilter, { nullable: true })
    filter?: OperatorInvoiceFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('order', () => InvoiceOrderEnum, { nullable: true, defaultValue: 'newest_first' })
    order?: InvoiceOrder | null,
  ): Promise<InvoiceConnection> {
    const { accountId = null, ...rest } = filter ?? {};
    const page = await listInvoices(ctx.em, accountId ?? null, {
      filter: rest,
      first,
      after,
      order,
    });
    return {
      edges: page.invoices.map((invoice) => ({
        cursor: encodeInvoiceCursor(invoice),
        node: toInvoiceType(invoice),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => InvoiceType, {
    description: "One of the account's invoices; NOT_FOUND for any other id.",
  })
  async invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InvoiceType> {
    return toInvoiceType(await getAccountInvoice(ctx.em, currentAccountId(ctx), id));
  }

  @FieldResolver(() => [CreditNoteType])
  async creditNotes(
    @Root() invoice: InvoiceType,
    @Ctx() ctx: RequestContext,
  ): Promise<CreditNoteType[]> {
    return (await creditNotesLoaderFor(ctx).load(invoice.id)).map(toCreditNoteType);
  }

  @Mutation(() => VoidInvoiceResult, {
    description:
      'Operators: voids an open or paid invoice. A paid one gets a credit note and its money goes to the credit balance.',
  })
  async voidInvoice(
    @Arg('input', () => VoidInvoiceInput) input: VoidInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VoidInvoiceResult> {
    const result = await voidInvoice(ctx.em, input, actorOf(ctx), ctx.clock);
    const invoice = await getInvoiceForOperator(ctx.em, result.invoice.id);
    return {
      invoice: toInvoiceType(invoice),
      creditNote: result.creditNote === null ? null : toCreditNoteType(result.creditNote),
    };
  }
}

/** What the account owes, from its invoices. */
@Resolver(() => AccountType)
export class AccountInvoicesResolver {
  @FieldResolver(() => Money, {
    description:
      "Sum of the open invoices' amount due, in the currency of the newest open invoice (an account's invoices share its subscription's currency); zero when nothing is open (in the newest invoice's currency, else the preferred currency, else EUR).",
  })
  async amountDue(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<Money> {
    const due = await accountAmountDue(ctx.em, account.id, account.preferredCurrency);
    return toMoney(due.amount, due.currency);
  }
}
