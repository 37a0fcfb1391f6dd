import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../../graphql/money.js';
import { PageInfo } from '../../../graphql/connection.js';
import type { InvoiceLine as DraftLine, InvoiceLineKind } from '../rules/index.js';
import { dateFromInstant } from '../rules/index.js';
import type { CreditNote, Invoice, InvoiceLine, InvoiceStatus } from './invoice.entity.js';
import { invoiceTaxLabel } from './invoice-document.js';

export const InvoiceStatusEnum = {
  OPEN: 'open',
  PAID: 'paid',
  VOID: 'void',
  UNCOLLECTIBLE: 'uncollectible',
} as const satisfies Record<string, Exclude<InvoiceStatus, 'draft'>>;
registerEnumType(InvoiceStatusEnum, {
  name: 'InvoiceStatus',
  description: 'open (issued, money due) → paid | void | uncollectible.',
});

export const InvoiceOrderEnum = {
  NEWEST_FIRST: 'newest_first',
  OLDEST_FIRST: 'oldest_first',
} as const;
export type InvoiceOrder = (typeof InvoiceOrderEnum)[keyof typeof InvoiceOrderEnum];
registerEnumType(InvoiceOrderEnum, {
  name: 'InvoiceOrder',
  description: 'By issue date (then id): newest or oldest first.',
});

export const InvoiceLineKindEnum = {
  SUBSCRIPTION: 'subscription',
  EXTRA_SEATS: 'extra_seats',
  UNUSED_TIME: 'unused_time',
  REMAINING_TIME: 'remaining_time',
  CANCELLATION_FEE: 'cancellation_fee',
  MANUAL: 'manual',
} as const satisfies Record<string, InvoiceLineKind>;
registerEnumType(InvoiceLineKindEnum, {
  name: 'InvoiceLineKind',
  description:
    'What a line bills: a full period, extra seats, credit for unused time, the rest of a period on a new plan, a cancellation fee, or a line an operator wrote on a manual invoice.',
});

@ObjectType('InvoiceLine', { description: 'One line of an invoice or of a preview.' })
export class InvoiceLineType {
  @Field(() => InvoiceLineKindEnum)
  kind!: InvoiceLineKind;

  @Field()
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitAmount!: Money;

  @Field(() => Money, { description: 'quantity × unit amount; negative for a credit.' })
  amount!: Money;

  @Field()
  periodStart!: Date;

  @Field()
  periodEnd!: Date;

  @Field({ description: 'True when the amount covers part of a period (prorated by the second).' })
  proration!: boolean;
}

@ObjectType({ description: 'Who the invoice is addressed to, as it was when it was issued.' })
export class InvoiceBuyer {
  @Field()
  legalName!: string;

  @Field()
  email!: string;

  @Field(() => [String])
  addressLines!: string[];

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => String, { nullable: true })
  taxId!: string | null;
}

@ObjectType({ description: 'Who issued the invoice, as it was when it was issued.' })
export class InvoiceSeller {
  @Field()
  name!: string;

  @Field(() => [String])
  addressLines!: string[];

  @Field()
  country!: string;

  @Field(() => String, { nullable: true })
  vatId!: string | null;

  @Field()
  email!: string;
}

export const PaymentMethodKindEnum = { BANK_TRANSFER: 'bank_transfer', CARD: 'card' } as const;
registerEnumType(PaymentMethodKindEnum, {
  name: 'PaymentMethodKind',
  description: 'How an invoice is paid.',
});

@ObjectType({ description: 'How to pay an open invoice by bank transfer.' })
export class PaymentInstructions {
  @Field(() => PaymentMethodKindEnum)
  method!: 'bank_transfer';

  @Field({ description: 'The bank details to transfer to.' })
  instructions!: string;

  @Field({ description: 'The reference to quote with the transfer: the invoice number.' })
  reference!: string;
}

@ObjectType('CreditNote', {
  description: 'Money given back for a voided paid invoice (credited to the balance).',
})
export class CreditNoteType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CN-YYYY-MM-NNNNN.' })
  number!: string;

  @Field(() => Money)
  amount!: Money;

  @Field()
  reason!: string;

  @Field()
  issuedAt!: Date;

  @Field(() => ID)
  invoiceId!: string;
}

@ObjectType('Invoice')
export class InvoiceType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The account it was issued to.' })
  accountId!: string;

  @Field({ description: 'INV-YYYY-MM-NNNNN: sequential without gaps within a month.' })
  number!: string;

  @Field(() => InvoiceStatusEnum)
  status!: Exclude<InvoiceStatus, 'draft'>;

  @Field()
  currency!: string;

  @Field(() => [InvoiceLineType])
  lines!: InvoiceLineType[];

  @Field(() => Money, { description: 'Sum of the lines (negative when credits outweigh charges).' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Credit balance used before tax.' })
  creditApplied!: Money;

  @Field(() => Money)
  tax!: Money;

  @Field(() => Int, { description: 'Tax rate in basis points: 1900 is 19 %.' })
  taxRateBps!: number;

  @Field()
  reverseCharge!: boolean;

  @Field({
    description:
      'The tax line as every invoice, preview and PDF spells it: "VAT 19%", "Sales tax 0%", "VAT (reverse charge) 0%".',
  })
  taxLabel!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The legal note printed for EU reverse charge.',
  })
  reverseChargeNote!: string | null;

  @Field(() => Money)
  total!: Money;

  @Field(() => Money)
  amountPaid!: Money;

  @Field(() => Money)
  amountDue!: Money;

  @Field()
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => Date, { nullable: true })
  voidedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  periodStart!: Date | null;

  @Field(() => Date, { nullable: true })
  periodEnd!: Date | null;

  @Field(() => InvoiceBuyer)
  buyer!: InvoiceBuyer;

  @Field(() => InvoiceSeller)
  seller!: InvoiceSeller;

  @Field(() => PaymentInstructions, {
    nullable: true,
    description: 'Bank-transfer details while the invoice is open; null otherwise.',
  })
  paymentInstructions!: PaymentInstructions | null;

  @Field({ description: 'Where the PDF is downloaded (same session cookie).' })
  pdfUrl!: string;
}

export function toInvoiceLineType(line: DraftLine): InvoiceLineType {
  return {
    kind: line.kind,
    description: line.description,
    quantity: line.quantity,
    unitAmount: toMoney(line.unitAmount.amount, line.unitAmount.currency),
    amount: toMoney(line.amount.amount, line.amount.currency),
    periodStart: dateFromInstant(line.periodStart),
    periodEnd: dateFromInstant(line.periodEnd),
    proration: line.proration,
  };
}

function storedLineType(line: InvoiceLine, currency: string): InvoiceLineType {
  return {
    kind: line.kind,
    description: line.description,
    quantity: line.quantity,
    unitAmount: toMoney(line.unitAmount, currency),
    amount: toMoney(line.amount, currency),
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    proration: line.proration,
  };
}

export function invoicePdfPath(invoiceId: string): string {
  return `/invoices/${encodeURIComponent(invoiceId)}/pdf`;
}

/** The public shape of an issued invoice; `lines` must be populated. */
export function toInvoiceType(invoice: Invoice): InvoiceType {
  const { currency } = invoice;
  const money = (amount: number) => toMoney(amount, currency);
  if (invoice.status === 'draft' || invoice.number === null || invoice.issuedAt === null) {
    throw new Error(`Invoice ${invoice.id} is a draft`);
  }
  if (invoice.buyer === null || invoice.seller === null) {
    throw new Error(`Invoice ${invoice.id} has no buyer or seller snapshot`);
  }
  return {
    id: invoice.id,
    accountId: invoice.account.id,
    number: invoice.number,
    status: invoice.status,
    currency,
    lines: invoice.lines.getItems().map((line) => storedLineType(line, currency)),
    subtotal: money(invoice.subtotal),
    creditApplied: money(invoice.creditApplied),
    tax: money(invoice.taxAmount),
    taxRateBps: invoice.taxRateBps,
    reverseCharge: invoice.reverseCharge,
    taxLabel: invoiceTaxLabel(invoice),
    reverseChargeNote: invoice.taxNote,
    total: money(invoice.total),
    amountPaid: money(invoice.amountPaid),
    amountDue: money(invoice.amountDue),
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
    paidAt: invoice.paidAt,
    voidedAt: invoice.voidedAt,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    buyer: invoice.buyer,
    seller: invoice.seller,
    paymentInstructions:
      invoice.status === 'open' &&
      invoice.collectionMethod === 'bank_transfer' &&
      invoice.paymentInstructions !== null
        ? {
            method: 'bank_transfer',
            instructions: invoice.paymentInstructions,
            reference: invoice.number,
          }
        : null,
    pdfUrl: invoicePdfPath(invoice.id),
  };
}

export function toCreditNoteType(note: CreditNote): CreditNoteType {
  return {
    id: note.id,
    number: note.number,
    amount: toMoney(note.amount, note.currency),
    reason: note.reason,
    issuedAt: note.issuedAt,
    invoiceId: note.invoice.id,
  };
}

@ObjectType()
export class InvoiceEdge {
  @Field({ description: 'Opaque; pass as `after` to continue after this invoice.' })
  cursor!: string;

  @Field(() => InvoiceType)
  node!: InvoiceType;
}

@ObjectType({ description: 'Invoices by issue date (then id), in the order asked for.' })
export class InvoiceConnection {
  @Field(() => [InvoiceEdge])
  edges!: InvoiceEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class InvoiceFilter {
  @Field(() => InvoiceStatusEnum, { nullable: true })
  status?: Exclude<InvoiceStatus, 'draft'> | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or before this instant.' })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the invoice number, e.g. "2026-03" or "00012" (case-insensitive).',
  })
  number?: string | null;
}

@InputType({ description: 'Operators: every account’s invoices, narrowed by any of these.' })
export class OperatorInvoiceFilter extends InvoiceFilter {
  @Field(() => ID, { nullable: true, description: 'One account’s invoices.' })
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. EUR.' })
  currency?: string | null;
}

@InputType()
export class VoidInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field({ description: 'Why, for the audit log and the credit note (1 to 500 characters).' })
  reason!: string;
}

@ObjectType()
export class VoidInvoiceResult {
  @Field(() => InvoiceType)
  invoice!: InvoiceType;

  @Field(() => CreditNoteType, {
    nullable: true,
    description: 'Issued when money had been received; refunded to the credit balance.',
  })
  creditNote!: CreditNoteType | null;
}
