import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountType } from '../accounts/account.types.js';
import { permissions, roles, type Permission, type Role } from '../members/roles.js';
import type { SignInStage } from './auth-state.js';
import { signInFailures, type SignInFailure } from './sign-in-refused.js';

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

export const SignInStageEnum = {
  COMPLETE: 'COMPLETE',
  SECOND_FACTOR: 'SECOND_FACTOR',
  TWO_FACTOR_ENROLMENT: 'TWO_FACTOR_ENROLMENT',
} as const;
export type SignInStageValue = keyof typeof SignInStageEnum;
registerEnumType(SignInStageEnum, {
  name: 'SignInStage',
  description: 'How far the sign-in got. Only a COMPLETE session acts in its account.',
  valuesConfig: {
    COMPLETE: { description: 'Signed in.' },
    SECOND_FACTOR: {
      description:
        'Signed in with the identity provider; `verifySecondFactor` with a code from the authenticator app (or a backup code) finishes it.',
    },
    TWO_FACTOR_ENROLMENT: {
      description:
        'The account requires two-factor sign-in: set it up (`startTwoFactorEnrolment`, `confirmTwoFactorEnrolment`) before anything else.',
    },
  },
});

export const SignInErrorReasonEnum = Object.fromEntries(signInFailures.map((r) => [r, r])) as {
  [R in SignInFailure]: R;
};
registerEnumType(SignInErrorReasonEnum, {
  name: 'SignInErrorReason',
  description:
    'Why a sign-in (or linking a sign-in method) was refused: the `reason` the server puts in /sign-in/error?reason=… (sign-in-refused.ts).',
});

export const signInStageValue: Record<SignInStage, SignInStageValue> = {
  complete: 'COMPLETE',
  second_factor: 'SECOND_FACTOR',
  two_factor_enrolment: 'TWO_FACTOR_ENROLMENT',
};

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

  @Field(() => SignInStageEnum)
  signInStage!: SignInStageValue;

  @Field(() => AccountType, {
    nullable: true,
    description:
      'The account this session acts in; null for an operator with no membership, and until the sign-in is COMPLETE.',
  })
  account!: AccountType | null;

  @Field(() => RoleEnum, { nullable: true })
  role!: Role | null;

  @Field(() => [PermissionEnum])
  permissions!: Permission[];

  @Field()
  isOperator!: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When you finished the guided tour or chose not to see it again; null while the web app should offer it.',
  })
  tourDismissedAt!: Date | null;
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
