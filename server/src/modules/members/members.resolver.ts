import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import type { Actor } from '../audit/index.js';
import { toAccountType } from '../accounts/index.js';
import { Viewer } from '../identity/index.js';
import type { Invitation as InvitationRow } from './invitation.entity.js';
import type { Membership } from './membership.entity.js';
import {
  acceptInvite,
  invitationStatus,
  inviteMember,
  listPendingInvitations,
  maskEmail,
  previewInvitation,
  resendInvite,
  revokeInvite,
  type InvitationSent,
} from './invitations.service.js';
import {
  changeMemberRole,
  leaveAccount,
  listMembers,
  membershipsOf,
  removeMember,
  setMemberPermissions,
  switchAccount,
  transferOwnership,
} from './members.service.js';
import {
  AccountMembership,
  ChangeMemberRoleInput,
  Invitation,
  InvitationIdInput,
  InvitationPreview,
  InvitationSentPayload,
  InvitationTokenInput,
  InviteMemberInput,
  Member,
  toMember,
  MemberIdInput,
  SetMemberPermissionsInput,
  SwitchAccountInput,
} from './members.types.js';
import { requestMailDelivery } from '../notifications/index.js';

function toInvitation(invitation: InvitationRow, now: Date): Invitation {
  const inviter = invitation.invitedBy;
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    grants: invitation.grants,
    invitedBy:
      inviter === null ? null : { id: inviter.id, email: inviter.email, name: inviter.name },
    createdAt: invitation.createdAt,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
  };
}

const viewerIdOf = (ctx: RequestContext): string | null => ctx.auth?.user?.id ?? null;

/**
 * A change to one member of the current account, answered as the member now is. The account and
 * the actor are read before the change runs, so a session without either is refused first.
 */
async function changedMember(
  ctx: RequestContext,
  change: (accountId: string, actor: Actor) => Promise<Membership>,
): Promise<Member> {
  const accountId = currentAccountId(ctx);
  const actor = actorOf(ctx);
  return toMember(await change(accountId, actor), viewerIdOf(ctx));
}

/** One of the viewer's accounts, as the account switcher lists it. */
function toAccountMembership(membership: Membership, current: boolean): AccountMembership {
  return { account: toAccountType(membership.account), role: membership.role, current };
}

function sessionIdOf(ctx: RequestContext): string {
  if (ctx.auth?.kind !== 'session') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.auth.session.id;
}

@Resolver()
export class MembersResolver {
  @Query(() => [Member], { description: "The account's members, longest-standing first." })
  async members(@Ctx() ctx: RequestContext): Promise<Member[]> {
    const viewerId = viewerIdOf(ctx);
    return (await listMembers(ctx.em, currentAccountId(ctx))).map((m) => toMember(m, viewerId));
  }

  @Query(() => [Invitation], {
    description: 'Invitations not yet accepted or withdrawn, newest first (expired ones too).',
  })
  async invitations(@Ctx() ctx: RequestContext): Promise<Invitation[]> {
    const now = ctx.clock.now();
    return (await listPendingInvitations(ctx.em, currentAccountId(ctx))).map((i) =>
      toInvitation(i, now),
    );
  }

  @Query(() => InvitationPreview, {
    description:
      'What an invitation link is for, by its token (anyone holding the link). NOT_FOUND for an unknown token.',
  })
  async invitation(
    @Arg('token') token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationPreview> {
    const preview = await previewInvitation(ctx.em, token, ctx.clock);
    return {
      accountName: preview.accountName,
      invitedByName: preview.invitedByName,
      role: preview.invitation.role,
      email: maskEmail(preview.invitation.email),
      status: preview.status,
      expiresAt: preview.invitation.expiresAt,
    };
  }

  @Mutation(() => InvitationSentPayload, {
    description:
      'Invites an e-mail address with a role (and, for a Billing User, extra permissions). Members plus open invitations may not exceed the seats: SEAT_LIMIT naming the plan with more.',
  })
  async inviteMember(
    @Arg('input', () => InviteMemberInput) input: InviteMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationSentPayload> {
    const sent = await inviteMember(ctx.em, currentAccountId(ctx), input, actorOf(ctx), {
      clock: ctx.clock,
      config: ctx.config,
    });
    return this.sent(sent, ctx);
  }

  @Mutation(() => InvitationSentPayload, {
    description: 'Sends a new link (the old one stops working), valid for another 7 days.',
  })
  async resendInvite(
    @Arg('input', () => InvitationIdInput) input: InvitationIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationSentPayload> {
    const sent = await resendInvite(
      ctx.em,
      currentAccountId(ctx),
      input.invitationId,
      actorOf(ctx),
      {
        clock: ctx.clock,
        config: ctx.config,
      },
    );
    return this.sent(sent, ctx);
  }

  @Mutation(() => Invitation, { description: 'Withdraws an invitation: its link stops working.' })
  async revokeInvite(
    @Arg('input', () => InvitationIdInput) input: InvitationIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Invitation> {
    const invitation = await revokeInvite(
      ctx.em,
      currentAccountId(ctx),
      input.invitationId,
      actorOf(ctx),
      ctx.clock,
    );
    return toInvitation(invitation, ctx.clock.now());
  }

  @Mutation(() => Member, {
    description:
      'Gives a member another role. The last Billing Admin cannot be demoted (CONFLICT).',
  })
  async changeMemberRole(
    @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Member> {
    return changedMember(ctx, (accountId, actor) =>
      changeMemberRole(ctx.em, accountId, input.memberId, input.role, actor, ctx.clock),
    );
  }

  @Mutation(() => Member, {
    description:
      "Sets a Billing User's extra permissions (grantable ones only) to exactly this set.",
  })
  async setMemberPermissions(
    @Arg('input', () => SetMemberPermissionsInput) input: SetMemberPermissionsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Member> {
    return changedMember(ctx, (accountId, actor) =>
      setMemberPermissions(ctx.em, accountId, input.memberId, input.permissions, actor, ctx.clock),
    );
  }

  @Mutation(() => Member, {
    description:
      'Removes a member: their sessions in this account end and their API tokens are revoked at once. Not the last Billing Admin (CONFLICT).',
  })
  async removeMember(
    @Arg('input', () => MemberIdInput) input: MemberIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Member> {
    return changedMember(ctx, (accountId, actor) =>
      removeMember(ctx.em, accountId, input.memberId, actor, ctx.clock),
    );
  }

  @Mutation(() => Member, {
    description: 'Makes another member the Billing Admin; you become a Billing User.',
  })
  async transferOwnership(
    @Arg('input', () => MemberIdInput) input: MemberIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Member> {
    return changedMember(ctx, (accountId, actor) =>
      transferOwnership(ctx.em, accountId, input.memberId, actor, ctx.clock),
    );
  }

  @Mutation(() => AccountMembership, {
    nullable: true,
    description:
      'Leaves the current account. This session moves to your next account, which is answered, or to none (null); your other sessions in the account end. The last Billing Admin cannot leave (CONFLICT).',
  })
  async leaveAccount(@Ctx() ctx: RequestContext): Promise<AccountMembership | null> {
    const sessionId = ctx.auth?.kind === 'session' ? ctx.auth.session.id : null;
    const next = await leaveAccount(
      ctx.em,
      currentAccountId(ctx),
      actorOf(ctx),
      ctx.clock,
      sessionId,
    );
    return next === null ? null : toAccountMembership(next, true);
  }

  @Mutation(() => AccountMembership, {
    description:
      'Accepts an invitation as the signed-in person, whose verified e-mail must be the invited one; the session switches to the account.',
  })
  async acceptInvite(
    @Arg('input', () => InvitationTokenInput) input: InvitationTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountMembership> {
    const membership = await acceptInvite(
      ctx.em,
      input.token,
      sessionIdOf(ctx),
      actorOf(ctx),
      ctx.clock,
    );
    return toAccountMembership(membership, true);
  }

  @Mutation(() => AccountMembership, {
    description: 'Moves this session to another account you belong to (NOT_FOUND otherwise).',
  })
  async switchAccount(
    @Arg('input', () => SwitchAccountInput) input: SwitchAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountMembership> {
    const { userId } = actorOf(ctx);
    const membership = await switchAccount(ctx.em, sessionIdOf(ctx), userId, input.accountId);
    return toAccountMembership(membership, true);
  }

  /** The e-mail is in the outbox with the invitation; ask for delivery now, not at the next tick. */
  private async sent(sent: InvitationSent, ctx: RequestContext): Promise<InvitationSentPayload> {
    await requestMailDelivery(ctx);
    return { invitation: toInvitation(sent.invitation, ctx.clock.now()), inviteUrl: sent.url };
  }
}

@Resolver(() => Viewer)
export class ViewerAccountsResolver {
  @FieldResolver(() => [AccountMembership], {
    description: 'Every account you belong to, for switching between them.',
  })
  async accounts(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<AccountMembership[]> {
    // A sign-in still owing its second factor (or enrolment) sees no accounts yet.
    if (ctx.auth?.kind !== 'session' || ctx.auth.stage !== 'complete') return [];
    const current = ctx.auth?.account?.id ?? null;
    return (await membershipsOf(ctx.em, viewer.user.id)).map((membership) =>
      toAccountMembership(membership, membership.account.id === current),
    );
  }
}
