import { Field, ID, ObjectType } from 'type-graphql';

/** A person as other people see them: in the audit log, member lists, token owners. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;
}
