import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../graphql/money.js';
import { type CollectionMethod, InvoiceType, PaymentMethodKindEnum } from '../billing/index.js';
import type { Payment, PaymentStatus } from './payment.entity.js';

export const PaymentStatusEnum = {
  PENDING: 'pending',
  REQUIRES_ACTION: 'requires_action',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
} as const satisfies Record<string, PaymentStatus>;
registerEnumType(PaymentStatusEnum, { name: 'PaymentStatus' });

@ObjectType('Payment', { description: 'Money received (or attempted) for an invoice.' })
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentMethodKindEnum)
  method!: CollectionMethod;

  @Field(() => Money, { description: 'What was received.' })
  amount!: Money;

  @Field(() => Money, { description: 'The part that paid the invoice; the rest went to credit.' })
  appliedAmount!: Money;

  @Field(() => PaymentStatusEnum)
  status!: PaymentStatus;

  @Field({ description: "The bank's or gateway's reference." })
  reference!: string;

  @Field()
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Card payments: what was charged, e.g. "Visa •••• 4242".',
  })
  paymentMethodLabel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Failed payments: why (the card issuer's decline message).",
  })
  failureMessage!: string | null;

  @Field({ description: 'Charged without the customer present (a renewal or a retry).' })
  offSession!: boolean;

  @Field(() => ID)
  invoiceId!: string;
}

export function toPaymentType(payment: Payment): PaymentType {
  return {
    id: payment.id,
    method: payment.method,
    amount: toMoney(payment.amount, payment.currency),
    appliedAmount: toMoney(payment.appliedAmount, payment.currency),
    status: payment.status,
    reference: payment.reference,
    receivedAt: payment.receivedAt,
    paymentMethodLabel: payment.paymentMethodLabel,
    failureMessage: payment.failureMessage,
    offSession: payment.offSession,
    invoiceId: payment.invoice.id,
  };
}

@InputType({ description: 'An amount in minor units (cents) with its currency.' })
export class MoneyInput {
  @Field(() => Int)
  amount!: number;

  @Field({ description: 'ISO 4217 code; must be the invoice currency.' })
  currency!: string;
}

@InputType()
export class RecordBankTransferInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => MoneyInput)
  amount!: MoneyInput;

  @Field({
    description:
      'When the money arrived on the account: not in the future, nor more than a day before the invoice was issued.',
  })
  receivedAt!: Date;

  @Field({ description: "The bank's reference of the incoming transfer." })
  reference!: string;

  @Field({
    description: 'A new key per transfer; a retry with the same key records nothing twice.',
  })
  idempotencyKey!: string;
}

@ObjectType()
export class RecordBankTransferResult {
  @Field(() => PaymentType)
  payment!: PaymentType;

  @Field(() => InvoiceType)
  invoice!: InvoiceType;

  @Field(() => Money, { description: 'Paid beyond the amount due, added to the credit balance.' })
  creditedToBalance!: Money;
}
