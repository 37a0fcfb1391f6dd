import { Field, ID, InputType } from 'type-graphql';

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
