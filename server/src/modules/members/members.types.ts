import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import {
  AccountType,
  effectivePermissions,
  grantablePermissionValues,
  type GrantablePermission,
  type Permission,
  type Role,
} from '../accounts/index.js';
import { PermissionEnum, RoleEnum } from '../identity/index.js';
import { UserType } from '../users/index.js';
import type { InvitationStatus } from './invitations.service.js';
import type { Membership } from './membership.entity.js';

export const InvitationStatusEnum = {
  OPEN: 'open',
  EXPIRED: 'expired',
  ACCEPTED: 'accepted',
  REVOKED: 'revoked',
} as const satisfies Record<string, InvitationStatus>;
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description: 'OPEN until accepted, withdrawn or 7 days old (EXPIRED: resend it).',
});

export const GrantablePermissionEnum = Object.fromEntries(
  grantablePermissionValues.map((p) => [p, p]),
) as { [P in GrantablePermission]: P };
registerEnumType(GrantablePermissionEnum, {
  name: 'GrantablePermission',
  description:
    'The permissions a Billing Admin may grant to (or take from) a Billing User on top of the role; the same values as in `Permission`.',
});

@ObjectType({ description: 'A person in the account, with their role.' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => UserType)
  user!: UserType;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [PermissionEnum], { description: 'Everything the member may do: role + grants.' })
  permissions!: Permission[];

  @Field(() => [GrantablePermissionEnum], {
    description: 'Permissions granted on top of the role (Billing Users only).',
  })
  grants!: Permission[];

  @Field()
  joinedAt!: Date;

  @Field({ description: 'True for the signed-in person.' })
  isYou!: boolean;
}

@ObjectType({ description: 'An invitation not yet accepted or withdrawn.' })
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [GrantablePermissionEnum], {
    description: 'Permissions the Billing User will get on top of the role.',
  })
  grants!: Permission[];

  @Field(() => UserType, { nullable: true })
  invitedBy!: UserType | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When the current link was sent.' })
  sentAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;
}

@ObjectType()
export class InvitationSentPayload {
  @Field(() => Invitation)
  invitation!: Invitation;

  @Field({
    description:
      'The accept link, answered once (it is also e-mailed). Only a sign-in with the invited, verified e-mail can use it.',
  })
  inviteUrl!: string;
}

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field()
  accountName!: string;

  @Field(() => String, { nullable: true })
  invitedByName!: string | null;

  @Field(() => RoleEnum)
  role!: Role;

  @Field({ description: 'The invited address, masked: j***@acme.example.' })
  email!: string;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;

  @Field()
  expiresAt!: Date;
}

@ObjectType({
  description: 'An account the signed-in person belongs to, for the account switcher.',
})
export class AccountMembership {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => RoleEnum)
  role!: Role;

  @Field({ description: 'The account this session acts in.' })
  current!: boolean;
}

@InputType()
export class InviteMemberInput {
  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [PermissionEnum], {
    nullable: true,
    description:
      'For a Billing User: the grantable permissions to give (omitted: INVOICES_PAY, the default; [] gives none).',
  })
  permissions?: Permission[] | null;
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  invitationId!: string;
}

@InputType()
export class MemberIdInput {
  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@InputType()
export class SetMemberPermissionsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => [PermissionEnum], { description: 'The complete set of grants afterwards.' })
  permissions!: Permission[];
}

@InputType()
export class InvitationTokenInput {
  @Field({ description: 'The token from the invitation link (/invite/{token}).' })
  token!: string;
}

@InputType()
export class SwitchAccountInput {
  @Field(() => ID)
  accountId!: string;
}

/** A membership as the API shows it; `isYou` when `viewerId` is its person. */
export function toMember(membership: Membership, viewerId: string | null): Member {
  const user = membership.user;
  return {
    id: membership.id,
    user: { id: user.id, email: user.email, name: user.name },
    role: membership.role,
    permissions: effectivePermissions(membership.role, membership.grants),
    grants: membership.role === 'BILLING_USER' ? membership.grants : [],
    joinedAt: membership.createdAt,
    isYou: user.id === viewerId,
  };
}
