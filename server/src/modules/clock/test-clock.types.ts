import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('TestClock', {
  description:
    'The server clock billing reads outside production when TEST_CLOCK=1: real time plus an offset shared by every process.',
})
export class TestClockType {
  @Field({ description: 'The time billing, sessions and jobs see now.' })
  now!: Date;

  @Field(() => Int, { description: 'How far ahead of real time the clock is.' })
  offsetSeconds!: number;

  @Field({
    description: 'Always true when returned: the query answers null when the clock is off.',
  })
  enabled!: boolean;
}

@InputType({
  description:
    'How far to move the test clock forward: `seconds` and `days` add up; or `to`, an instant after the current test time.',
})
export class AdvanceTestClockInput {
  @Field(() => Int, { nullable: true })
  seconds?: number | null;

  @Field(() => Int, { nullable: true })
  days?: number | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
