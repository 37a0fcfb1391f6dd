import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AccountType, type Permission, permissions, type Role, roles } from '../accounts/index.js';
import type { SignInStage } from './auth-state.js';
import { UserType } from '../users/index.js';
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

  @Field({
    description:
      'Vendor staff acting as such: the back office and every operator operation are open to you.',
  })
  isOperator!: boolean;

  @Field({
    description:
      'You are vendor staff, but this deployment requires operators to use two-factor sign-in (OPERATOR_REQUIRE_TWO_FACTOR) and yours is off: turn it on to act as an operator.',
  })
  operatorNeedsTwoFactor!: boolean;

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
