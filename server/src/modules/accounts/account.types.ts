import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Account } from './account.entity.js';

@ObjectType('Account')
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set while the account is suspended (by an operator, or by dunning until the overdue invoice is paid).',
  })
  suspendedAt!: Date | null;

  /** Resolved by AccountResolver.plan. */
  planId!: string;
}

export function toAccountType(account: Account): AccountType {
  return {
    id: account.id,
    name: account.name,
    createdAt: account.createdAt,
    suspendedAt: account.suspendedAt,
    planId: account.plan.id,
  };
}

@InputType()
export class UpdateAccountInput {
  @Field({ description: 'The account name shown to members and on invoices: 1 to 100 characters.' })
  name!: string;
}
