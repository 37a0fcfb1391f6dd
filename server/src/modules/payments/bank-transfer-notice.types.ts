import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { Money, toMoney } from '../../graphql/money.js';
import { InvoiceStatusEnum } from '../billing/index.js';
import type { BankTransferNotice, NoticeStatus } from './bank-transfer-notice.entity.js';
import type { QueuedNotice } from './bank-transfer-notices.service.js';
import { MoneyInput } from './payment.types.js';

export const BankTransferNoticeStatusEnum = {
  PENDING: 'pending',
  APPROVED: 'approved',
  REJECTED: 'rejected',
} as const satisfies Record<string, NoticeStatus>;
registerEnumType(BankTransferNoticeStatusEnum, {
  name: 'BankTransferNoticeStatus',
  description: 'pending (waiting for an operator) → approved (payment recorded) | rejected.',
});

@ObjectType('BankTransferNotice', {
  description: 'A customer’s word that they paid an invoice by bank transfer, and its outcome.',
})
export class BankTransferNoticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => BankTransferNoticeStatusEnum)
  status!: NoticeStatus;

  @Field(() => Money, { description: 'What the customer says they sent.' })
  amount!: Money;

  @Field({ description: 'The reference quoted on the transfer.' })
  reference!: string;

  @Field({ description: 'When the customer says they sent it.' })
  sentAt!: Date;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why an operator rejected it.' })
  rejectionReason!: string | null;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID, { nullable: true, description: 'The payment recorded on approval.' })
  paymentId!: string | null;
}

export function toNoticeType(notice: BankTransferNotice): BankTransferNoticeType {
  return {
    id: notice.id,
    status: notice.status,
    amount: toMoney(notice.amount, notice.currency),
    reference: notice.reference,
    sentAt: notice.sentAt,
    submittedAt: notice.submittedAt,
    decidedAt: notice.decidedAt,
    rejectionReason: notice.rejectionReason,
    invoiceId: notice.invoice.id,
    paymentId: notice.payment?.id ?? null,
  };
}

@ObjectType({ description: 'Operators: an announced transfer with its account and invoice.' })
export class BankTransferQueueItem {
  @Field(() => BankTransferNoticeType)
  notice!: BankTransferNoticeType;

  @Field(() => ID)
  accountId!: string;

  @Field()
  accountName!: string;

  @Field()
  invoiceNumber!: string;

  @Field(() => InvoiceStatusEnum)
  invoiceStatus!: string;

  @Field(() => Money, { description: 'What the invoice still asks for now.' })
  invoiceAmountDue!: Money;

  @Field(() => String, { nullable: true, description: 'The member who announced it.' })
  submittedBy!: string | null;

  @Field({ description: 'The invoice PDF (operators may download any).' })
  invoicePdfUrl!: string;
}

export function toQueueItem(item: QueuedNotice): BankTransferQueueItem {
  const { notice } = item;
  return {
    notice: toNoticeType(notice),
    accountId: notice.account.id,
    accountName: item.accountName,
    invoiceNumber: item.invoiceNumber,
    invoiceStatus: item.invoiceStatus,
    invoiceAmountDue: toMoney(item.invoiceAmountDue, notice.currency),
    submittedBy: item.submittedByEmail,
    invoicePdfUrl: `/invoices/${encodeURIComponent(notice.invoice.id)}/pdf`,
  };
}

@ObjectType()
export class BankTransferQueueEdge {
  @Field()
  cursor!: string;

  @Field(() => BankTransferQueueItem)
  node!: BankTransferQueueItem;
}

@ObjectType({ description: 'Announced transfers of one status, oldest announcement first.' })
export class BankTransferQueueConnection {
  @Field(() => [BankTransferQueueEdge])
  edges!: BankTransferQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class SubmitBankTransferInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'What was sent, in the invoice’s currency.' })
  amount!: MoneyInput;

  @Field({ description: 'When it was sent: not in the future, nor before the invoice was issued.' })
  sentAt!: Date;

  @Field({ description: 'The reference quoted on the transfer (1 to 140 characters).' })
  reference!: string;

  @Field({ description: 'A new key per announcement; a retry with the same key stores one.' })
  idempotencyKey!: string;
}

@InputType()
export class ApproveBankTransferInput {
  @Field(() => ID)
  noticeId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'What arrived, in minor units of the invoice’s currency; omitted: as announced.',
  })
  amount?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it arrived; omitted: the day the customer said they sent it.',
  })
  receivedAt?: Date | null;
}

@InputType()
export class RejectBankTransferInput {
  @Field(() => ID)
  noticeId!: string;

  @Field({ description: 'Why (1 to 500 characters); e-mailed to the customer.' })
  reason!: string;
}
