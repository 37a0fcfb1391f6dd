import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Usage of one plan limit (or seats) in the current period.' })
export class UsageMeter {
  @Field({ description: 'seats, api_requests_per_month, api_tokens.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  used!: number;

  @Field(() => Int, { nullable: true, description: 'null means unlimited.' })
  limit!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When `used` starts again from zero; null for limits that do not reset.',
  })
  resetsAt!: Date | null;
}
