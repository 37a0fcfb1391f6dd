import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import { byInvoiceLoader, InvoiceType } from '../billing/index.js';
import { requestMailDelivery } from '../notifications/index.js';
import type { NoticeStatus } from './bank-transfer-notice.entity.js';
import {
  approveBankTransfer,
  listNotices,
  noticesOfInvoices,
  queuedNotice,
  rejectBankTransfer,
  submitBankTransfer,
} from './bank-transfer-notices.service.js';
import {
  ApproveBankTransferInput,
  BankTransferNoticeStatusEnum,
  BankTransferNoticeType,
  BankTransferQueueConnection,
  BankTransferQueueItem,
  RejectBankTransferInput,
  SubmitBankTransferInput,
  toNoticeType,
  toQueueItem,
} from './bank-transfer-notice.types.js';
import { encodeTimeCursor } from '../../graphql/connection.js';

function noticesLoaderFor(requestContext: { em: EntityManager }) {
  return byInvoiceLoader(requestContext, 'bankTransferNotices', noticesOfInvoices);
}

@Resolver(() => InvoiceType)
export class BankTransferNoticeResolver {
  @FieldResolver(() => [BankTransferNoticeType], {
    description: 'Bank transfers the customer told us about for this invoice, newest first.',
  })
  async bankTransferNotices(
    @Root() invoice: InvoiceType,
    @Ctx() ctx: RequestContext,
  ): Promise<BankTransferNoticeType[]> {
    return (await noticesLoaderFor(ctx).load(invoice.id)).map(toNoticeType);
  }

  @Query(() => BankTransferQueueConnection, {
    description:
      'Operators: announced bank transfers of one status (default pending), oldest first. `first`: 1 to 100 (default 50).',
  })
  async bankTransferQueue(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => BankTransferNoticeStatusEnum, { nullable: true, defaultValue: 'pending' })
    status?: NoticeStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<BankTransferQueueConnection> {
    const page = await listNotices(ctx.em, { status: status ?? 'pending', first, after });
    return {
      edges: page.notices.map((item) => ({
        cursor: encodeTimeCursor(item.notice.submittedAt, item.notice.id),
        node: toQueueItem(item),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Mutation(() => BankTransferNoticeType, {
    description:
      'Tell us an open invoice was paid by bank transfer (reference, day sent, amount); an operator confirms it when the money arrives. Idempotent per key; CONFLICT when one is already waiting for the invoice.',
  })
  async submitBankTransfer(
    @Arg('input', () => SubmitBankTransferInput) input: SubmitBankTransferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BankTransferNoticeType> {
    const receipt = await submitBankTransfer(
      ctx.em,
      currentAccountId(ctx),
      input,
      actorOf(ctx),
      ctx.clock,
    );
    return toNoticeType((await queuedNotice(ctx.em, receipt.noticeId)).notice);
  }

  @Mutation(() => BankTransferQueueItem, {
    description:
      'Operators: the announced transfer arrived: records it as a bank-transfer payment (as recordBankTransfer does) and e-mails the customer. Approving again answers the same; a rejected one is CONFLICT.',
  })
  async approveBankTransfer(
    @Arg('input', () => ApproveBankTransferInput) input: ApproveBankTransferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BankTransferQueueItem> {
    const notice = await approveBankTransfer(
      ctx.em,
      {
        noticeId: input.noticeId,
        amount: input.amount ?? null,
        receivedAt: input.receivedAt ?? null,
      },
      actorOf(ctx),
      ctx.clock,
      ctx.config,
    );
    await requestMailDelivery(ctx);
    return toQueueItem(await queuedNotice(ctx.em, notice.id));
  }

  @Mutation(() => BankTransferQueueItem, {
    description:
      'Operators: the announced transfer did not arrive or does not match: rejects it with a reason, e-mailed to the customer. Rejecting again answers the same; an approved one is CONFLICT.',
  })
  async rejectBankTransfer(
    @Arg('input', () => RejectBankTransferInput) input: RejectBankTransferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BankTransferQueueItem> {
    const notice = await rejectBankTransfer(ctx.em, input, actorOf(ctx), ctx.clock, ctx.config);
    await requestMailDelivery(ctx);
    return toQueueItem(await queuedNotice(ctx.em, notice.id));
  }
}
