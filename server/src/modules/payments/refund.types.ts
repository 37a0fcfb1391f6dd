import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.js';
import { CreditNoteType, InvoiceType } from '../billing/index.js';
import { PaymentType } from './payment.types.js';

@ObjectType('PaymentDispute', {
  description:
    "A chargeback: the cardholder disputed the payment with their bank (answered in Stripe's dashboard).",
})
export class PaymentDisputeType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Stripe's dispute id (dp_…)." })
  stripeDisputeId!: string;

  @Field(() => Money)
  amount!: Money;

  @Field({ description: "Stripe's reason code, e.g. fraudulent." })
  reason!: string;

  @Field()
  createdAt!: Date;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Minor units (cents) in the payment's currency; omitted: everything not yet refunded.",
  })
  amount?: number | null;

  @Field({ description: 'Why; printed on the credit note.' })
  reason!: string;

  @Field({ description: 'A new key per refund; a retry with the same key refunds nothing twice.' })
  idempotencyKey!: string;
}

@ObjectType()
export class RefundPaymentResult {
  @Field(() => PaymentType)
  payment!: PaymentType;

  @Field(() => InvoiceType)
  invoice!: InvoiceType;

  @Field(() => CreditNoteType, { description: 'The credit note documenting the refund.' })
  creditNote!: CreditNoteType;
}
