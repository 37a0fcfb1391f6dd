import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountType } from '../accounts/account.types.js';
import { permissions, roles, type Permission, type Role } from '../members/roles.js';

export const RoleEnum = Object.fromEntries(roles.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: "A member's role in an account." });

export const PermissionEnum = Object.fromEntries(permissions.map((p) => [p, p])) as {
  [P in Permission]: P;
};
registerEnumType(PermissionEnum, {
  name: 'Permission',
  description:
    'What a member may do in their account. A role carries a default set; a Billing Admin can grant more to a Billing User.',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class Viewer {
  @Field(() => UserType)
  user!: UserType;

  @Field(() => AccountType, {
    nullable: true,
    description: 'The account this session acts in; null for an operator with no membership.',
  })
  account!: AccountType | null;

  @Field(() => RoleEnum, { nullable: true })
  role!: Role | null;

  @Field(() => [PermissionEnum])
  permissions!: Permission[];

  @Field()
  isOperator!: boolean;
}

@ObjectType()
export class AuthProvider {
  @Field({ description: 'Used in /auth/{id}/start.' })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'True for the local development sign-in that stands in for Google.' })
  development!: boolean;
}
