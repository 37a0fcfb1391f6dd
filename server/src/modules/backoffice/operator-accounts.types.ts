import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { AccountType } from '../accounts/index.js';
import { CreditLedgerEntry, InvoiceType, SubscriptionStatusEnum } from '../billing/index.js';
import type { SubscriptionStatus } from '../billing/rules/index.js';
import { Member } from '../members/index.js';

@InputType({
  description: 'What operators look for among all accounts; every given criterion applies.',
})
export class OperatorAccountFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the account name, of a member’s e-mail address, or of an invoice number (case-insensitive).',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan’s code (free, basic, …).' })
  planCode?: string | null;

  @Field(() => SubscriptionStatusEnum, {
    nullable: true,
    description: 'The status of the account’s subscription (the live one, else the last).',
  })
  subscriptionStatus?: SubscriptionStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: an open invoice past its due date, or a subscription in dunning.',
  })
  pastDue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: suspended only; false: not suspended.',
  })
  suspended?: boolean | null;
}

@ObjectType()
export class OperatorAccountEdge {
  @Field()
  cursor!: string;

  @Field(() => AccountType)
  node!: AccountType;
}

@ObjectType({ description: 'Accounts, newest first.' })
export class OperatorAccountConnection {
  @Field(() => [OperatorAccountEdge])
  edges!: OperatorAccountEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Accounts matching the filter, over every page.' })
  totalCount!: number;
}

@ObjectType({
  description:
    'One account as operators see it. Its audit trail: `auditEvents(filter: { accountId })`.',
})
export class OperatorAccountDetail {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => [Member])
  members!: Member[];

  @Field(() => [InvoiceType], {
    description: 'The latest 50 issued invoices, newest first (each with its payments).',
  })
  invoices!: InvoiceType[];

  @Field(() => [CreditLedgerEntry], { description: 'The latest 100 credit-balance movements.' })
  creditLedger!: CreditLedgerEntry[];
}
