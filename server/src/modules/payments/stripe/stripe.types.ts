import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InvoiceType } from '../../billing/index.js';
import { PaymentStatusEnum, PaymentType } from '../payment.types.js';
import type { PaymentStatus } from '../payment.entity.js';
import type { PaymentMethod, PaymentMethodType as StoredType } from './payment-method.entity.js';
import { expiresSoon, paymentMethodLabel } from './payment-methods.service.js';

export const StoredPaymentMethodTypeEnum = {
  CARD: 'card',
  SEPA_DEBIT: 'sepa_debit',
} as const satisfies Record<string, StoredType>;
registerEnumType(StoredPaymentMethodTypeEnum, { name: 'StoredPaymentMethodType' });

@ObjectType('PaymentMethod', {
  description: 'A card (or SEPA debit mandate) on file at Stripe; the number never reaches us.',
})
export class PaymentMethodType {
  @Field(() => ID)
  id!: string;

  @Field(() => StoredPaymentMethodTypeEnum)
  type!: StoredType;

  @Field({ description: 'Card brand as Stripe names it (visa, mastercard, …).' })
  brand!: string;

  @Field({ description: 'For people: "Visa •••• 4242".' })
  label!: string;

  @Field()
  last4!: string;

  @Field(() => Int, { nullable: true })
  expMonth!: number | null;

  @Field(() => Int, { nullable: true })
  expYear!: number | null;

  @Field({ description: 'Renewals and retries charge the default method.' })
  isDefault!: boolean;

  @Field({ description: 'The card expires this month or next.' })
  expiresSoon!: boolean;
}

export function toPaymentMethodType(method: PaymentMethod, now: Date): PaymentMethodType {
  return {
    id: method.id,
    type: method.type,
    brand: method.brand,
    label: paymentMethodLabel(method),
    last4: method.last4,
    expMonth: method.expMonth,
    expYear: method.expYear,
    isDefault: method.isDefault,
    expiresSoon: expiresSoon(method, now),
  };
}

@ObjectType({ description: 'Whether this portal takes cards, and how the browser reaches Stripe.' })
export class CardPaymentSettings {
  @Field({ description: 'False: Stripe is not configured; invoices are paid by bank transfer.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: "Stripe.js's publishable key." })
  publishableKey!: string | null;

  @Field({ description: 'Where the browser loads Stripe.js from.' })
  stripeJsUrl!: string;
}

@ObjectType()
export class SetupIntentPayload {
  @Field()
  setupIntentId!: string;

  @Field({ description: 'For Stripe.js confirmCardSetup; never stored or logged.' })
  clientSecret!: string;
}

@InputType()
export class ConfirmPaymentMethodSetupInput {
  @Field({ description: 'The SetupIntent the browser confirmed (seti_…).' })
  setupIntentId!: string;
}

@InputType()
export class PaymentMethodIdInput {
  @Field(() => ID)
  paymentMethodId!: string;
}

@InputType()
export class PayInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID, { description: "One of the account's payment methods." })
  paymentMethodId!: string;

  @Field({
    description:
      'A new key per payment attempt; a retry with the same key answers the same payment and never charges twice.',
  })
  idempotencyKey!: string;
}

@InputType()
export class ConfirmInvoicePaymentInput {
  @Field(() => ID, { description: 'The payment that asked for 3-D Secure.' })
  paymentId!: string;
}

@ObjectType()
export class PayInvoicePayload {
  @Field(() => PaymentStatusEnum, {
    description:
      'SUCCEEDED (paid), REQUIRES_ACTION (finish 3-D Secure with clientSecret), PENDING (Stripe has not answered yet).',
  })
  status!: PaymentStatus;

  @Field(() => PaymentType)
  payment!: PaymentType;

  @Field(() => InvoiceType)
  invoice!: InvoiceType;

  @Field(() => String, {
    nullable: true,
    description: 'For Stripe.js confirmCardPayment when status is REQUIRES_ACTION.',
  })
  clientSecret!: string | null;
}

export const PaymentAttentionKindEnum = {
  PAST_DUE: 'past_due',
  PAYMENT_FAILED: 'payment_failed',
} as const;
registerEnumType(PaymentAttentionKindEnum, {
  name: 'PaymentAttentionKind',
  description:
    'PAST_DUE: the subscription is past due (a renewal is unpaid). PAYMENT_FAILED: a card payment of an open invoice failed.',
});

@ObjectType({
  description:
    'A late or failed payment the account should fix now: the invoice to pay and why the last card attempt failed.',
})
export class PaymentAttention {
  @Field(() => PaymentAttentionKindEnum)
  kind!: 'past_due' | 'payment_failed';

  @Field(() => InvoiceType, { description: 'The open invoice to pay.' })
  invoice!: InvoiceType;

  @Field(() => String, {
    nullable: true,
    description: "The issuer's message for the last failed card attempt.",
  })
  failureMessage!: string | null;

  @Field(() => Date, { nullable: true })
  failedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the default card is charged again by itself; null when no retry is set.',
  })
  nextAttemptAt!: Date | null;
}

@InputType({
  description:
    'The query parameters of the link in a payment-failed e-mail (/billing/payment-methods?invoice=…&expires=…&signature=…).',
})
export class FixPaymentLinkInput {
  @Field()
  invoice!: string;

  @Field()
  expires!: string;

  @Field()
  signature!: string;
}
