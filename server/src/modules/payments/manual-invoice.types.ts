import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money, toMoney } from '../../graphql/money.js';
import { InvoiceLineType, toInvoiceLineType } from '../billing/index.js';
import { type DraftedInvoice, taxLabel } from '../billing/rules/index.js';

@InputType()
export class ManualInvoiceLineInput {
  @Field({ description: '1 to 200 characters, printed on the invoice.' })
  description!: string;

  @Field(() => Int, { description: 'A whole number from 1.' })
  quantity!: number;

  @Field(() => Int, { description: 'Minor units (cents); negative for a discount line.' })
  unitAmount!: number;
}

@InputType()
export class ManualInvoiceInput {
  @Field(() => ID)
  accountId!: string;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  currency!: string;

  @Field(() => [ManualInvoiceLineInput], {
    description: '1 to 50 lines, adding up to more than zero.',
  })
  lines!: ManualInvoiceLineInput[];
}

@InputType()
export class CreateManualInvoiceInput extends ManualInvoiceInput {
  @Field({ description: 'A new key per invoice; a retry with the same key issues one.' })
  idempotencyKey!: string;
}

@ObjectType({
  description:
    'What createManualInvoice would issue now, computed by the billing rules: credit balance applied before tax, tax of the buyer’s country rounded once.',
})
export class ManualInvoicePreview {
  @Field(() => [InvoiceLineType])
  lines!: InvoiceLineType[];

  @Field(() => Money)
  subtotal!: Money;

  @Field(() => Money, { description: 'Credit balance used before tax.' })
  creditApplied!: Money;

  @Field(() => Money)
  tax!: Money;

  @Field({ description: 'E.g. "VAT 19%", "VAT (reverse charge) 0%".' })
  taxLabel!: string;

  @Field(() => String, { nullable: true })
  reverseChargeNote!: string | null;

  @Field(() => Money)
  total!: Money;

  @Field(() => Money)
  amountDue!: Money;

  @Field({ description: 'Bank-transfer terms: INVOICE_NET_DAYS after issue.' })
  dueAt!: Date;
}

export function toManualInvoicePreview(
  drafted: DraftedInvoice,
  buyerCountry: string,
  dueAt: Date,
): ManualInvoicePreview {
  const draft = drafted.invoice;
  if (draft === null) throw new Error('A manual invoice preview without lines');
  const money = (amount: { amount: number; currency: string }) =>
    toMoney(amount.amount, amount.currency);
  return {
    lines: draft.lines.map(toInvoiceLineType),
    subtotal: money(draft.subtotal),
    creditApplied: money(draft.creditApplied),
    tax: money(draft.tax.amount),
    taxLabel: taxLabel(draft.tax, buyerCountry),
    reverseChargeNote: draft.tax.legalNote,
    total: money(draft.total),
    amountDue: money(draft.amountDue),
    dueAt,
  };
}
