import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.js';

@InputType()
export class AccountSuspensionInput {
  @Field(() => ID)
  accountId!: string;

  @Field({
    description:
      'Why, in words the account’s members read on their banner (suspend) or the audit log keeps (both): 1 to 500 characters.',
  })
  reason!: string;
}

@InputType()
export class AdjustCreditBalanceInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Int, {
    description: 'Minor units: positive adds credit, negative takes it away (never below zero).',
  })
  amount!: number;

  @Field({ description: 'ISO 4217 code of the balance to adjust.' })
  currency!: string;

  @Field({ description: 'Why: kept on the ledger row and in the audit log (1 to 500 characters).' })
  reason!: string;

  @Field({ description: 'Once per key: a retry answers the first result.' })
  idempotencyKey!: string;
}

@ObjectType()
export class AdjustCreditBalancePayload {
  @Field(() => ID, { description: 'The ledger row written.' })
  entryId!: string;

  @Field(() => Money, { description: 'The balance in that currency afterwards.' })
  balance!: Money;
}
