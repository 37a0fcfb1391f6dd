import { Field, InputType, ObjectType } from 'type-graphql';
import { CountryCodeEnum } from '../../accounts/index.js';
import { PaymentMethodKindEnum } from '../../billing/index.js';
import type { BankTransferAccount, OfferedMethod } from './payment-method-config.entity.js';
import { DEFAULT_SCOPE } from './payment-method-config.entity.js';
import type { PaymentOffer, StoredMethodConfig } from './payment-method-config.service.js';

@ObjectType('BankTransferAccount', {
  description: 'Where customers transfer money for invoices in one currency.',
})
export class BankTransferAccountType {
  @Field({ description: 'ISO 4217 code of the invoices this account receives.' })
  currency!: string;

  @Field({ description: 'Account holder, IBAN or account number, BIC, bank: shown as written.' })
  details!: string;

  @Field({ description: 'What else to know (quote the invoice number …); may be empty.' })
  instructions!: string;
}

@ObjectType('PaymentMethodConfig', {
  description:
    'Which payment methods customers of one billing country are offered, in order, and the bank accounts for bank transfers per currency. The row without a country is the default for every other country.',
})
export class PaymentMethodConfigType {
  @Field(() => CountryCodeEnum, {
    nullable: true,
    description: 'null: the default row, used by every country without its own.',
  })
  country!: string | null;

  @Field(() => [PaymentMethodKindEnum], {
    description: 'Offered methods, first shown first. Card is offered only with Stripe configured.',
  })
  methods!: OfferedMethod[];

  @Field(() => [BankTransferAccountType], {
    description:
      'One per currency; a currency without one uses the default row’s, else BANK_TRANSFER_INSTRUCTIONS.',
  })
  bankAccounts!: BankTransferAccount[];

  @Field({ description: 'The default row as it acts before anyone saved one.' })
  builtIn!: boolean;

  @Field(() => Date, { nullable: true, description: 'null for the built-in default.' })
  updatedAt!: Date | null;
}

export function toPaymentMethodConfigType(config: StoredMethodConfig): PaymentMethodConfigType {
  const builtIn = config.updatedAt.getTime() === 0;
  return {
    country: config.scope === DEFAULT_SCOPE ? null : config.scope,
    methods: config.methods,
    bankAccounts: config.bankAccounts,
    builtIn,
    updatedAt: builtIn ? null : config.updatedAt,
  };
}

@ObjectType({
  description: "The payment methods the account's billing country is offered, in order.",
})
export class AvailablePaymentMethods {
  @Field(() => CountryCodeEnum, {
    nullable: true,
    description:
      'The billing country; null until billing details are saved (the default row applies).',
  })
  country!: string | null;

  @Field({ description: 'The account’s billing currency, which `bankTransfer` is for.' })
  currency!: string;

  @Field(() => [PaymentMethodKindEnum], {
    description: 'In the order to show them. Card only when Stripe is configured.',
  })
  methods!: OfferedMethod[];

  @Field(() => BankTransferAccountType, {
    nullable: true,
    description: 'Where to transfer to, when bank transfer is offered; null otherwise.',
  })
  bankTransfer!: BankTransferAccount | null;
}

export function toAvailablePaymentMethods(offer: PaymentOffer): AvailablePaymentMethods {
  return {
    country: offer.country,
    currency: offer.currency,
    methods: offer.methods,
    bankTransfer: offer.bankTransfer,
  };
}

@InputType()
export class BankTransferAccountInput {
  @Field({ description: 'ISO 4217, e.g. EUR.' })
  currency!: string;

  @Field({ description: '1 to 1000 characters.' })
  details!: string;

  @Field(() => String, { nullable: true, description: 'Up to 1000 characters.' })
  instructions?: string | null;
}

@InputType()
export class SetPaymentMethodConfigInput {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2; omitted or null: the default row.',
  })
  country?: string | null;

  @Field(() => [PaymentMethodKindEnum], {
    description: 'Offered methods in the order to show them; at least one, each once.',
  })
  methods!: OfferedMethod[];

  @Field(() => [BankTransferAccountInput], {
    description: 'One per currency; only when bank transfer is offered. Replaces the saved list.',
  })
  bankAccounts!: BankTransferAccountInput[];
}

@InputType()
export class RemovePaymentMethodConfigInput {
  @Field(() => String, {
    nullable: true,
    description: 'The country whose row goes (it then uses the default); null: the default row.',
  })
  country?: string | null;
}
