import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../graphql/context.js';
import { currentAccountId } from '../../../graphql/session-scope.js';
import { AccountType, getAccount, toAccountType } from '../../accounts/index.js';
import type { SessionAuthState } from '../auth-state.js';
import { Viewer } from '../viewer.types.js';
import {
  accountRequiresTwoFactor,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateBackupCodes,
  setAccountTwoFactorRequirement,
  startTwoFactorEnrolment,
  twoFactorStatus,
  verifySecondFactor,
  type TwoFactorActor,
  type TwoFactorDeps,
} from './two-factor.service.js';
import {
  BackupCodesPayload,
  DisableTwoFactorPayload,
  SetAccountTwoFactorRequirementInput,
  TwoFactorCodeInput,
  TwoFactorEnrolment,
  TwoFactorStatus,
  VerifySecondFactorPayload,
  secondFactorMethodValue,
} from './two-factor.types.js';

/** The person's session (shield rules guarantee one); a partner token never gets here. */
function sessionOf(ctx: RequestContext): SessionAuthState {
  if (ctx.auth?.kind !== 'session') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.auth;
}

function actorOf(ctx: RequestContext): TwoFactorActor {
  const auth = sessionOf(ctx);
  return {
    userId: auth.user.id,
    // The session's account even before the sign-in is complete, for the audit log.
    accountId: auth.account?.id ?? auth.session.account?.id ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
}

const depsOf = (ctx: RequestContext): TwoFactorDeps => ({
  keys: ctx.twoFactorKeys,
  clock: ctx.clock,
});

const statusOf = (ctx: RequestContext) => {
  const actor = actorOf(ctx);
  return twoFactorStatus(ctx.em, actor.userId, actor.accountId);
};

@Resolver()
export class TwoFactorResolver {
  @Mutation(() => TwoFactorEnrolment, {
    description:
      'Starts setting up two-factor sign-in: a new secret for an authenticator app, confirmed by `confirmTwoFactorEnrolment`. Starting again replaces an unconfirmed secret; CONFLICT when two-factor sign-in is already on.',
  })
  startTwoFactorEnrolment(@Ctx() ctx: RequestContext): Promise<TwoFactorEnrolment> {
    return startTwoFactorEnrolment(ctx.em, actorOf(ctx), depsOf(ctx));
  }

  @Mutation(() => BackupCodesPayload, {
    description:
      'Turns two-factor sign-in on with a first code from the app, and answers ten backup codes, once. A wrong code: BAD_USER_INPUT on `code`; too many: RATE_LIMITED with `resetAt`.',
  })
  async confirmTwoFactorEnrolment(
    @Arg('input', () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BackupCodesPayload> {
    const backupCodes = await confirmTwoFactorEnrolment(
      ctx.em,
      actorOf(ctx),
      input.code,
      depsOf(ctx),
    );
    return { backupCodes, twoFactor: await statusOf(ctx) };
  }

  @Mutation(() => BackupCodesPayload, {
    description:
      'Ten new backup codes (answered once); the old ones stop working. Needs a current code from the app or an unused backup code.',
  })
  async regenerateBackupCodes(
    @Arg('input', () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BackupCodesPayload> {
    const backupCodes = await regenerateBackupCodes(ctx.em, actorOf(ctx), input.code, depsOf(ctx));
    return { backupCodes, twoFactor: await statusOf(ctx) };
  }

  @Mutation(() => DisableTwoFactorPayload, {
    description:
      'Turns two-factor sign-in off; needs a current code or an unused backup code. FORBIDDEN (reason TWO_FACTOR_REQUIRED) while the account requires it.',
  })
  async disableTwoFactor(
    @Arg('input', () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DisableTwoFactorPayload> {
    await disableTwoFactor(ctx.em, actorOf(ctx), input.code, depsOf(ctx));
    return { twoFactor: await statusOf(ctx) };
  }

  @Mutation(() => VerifySecondFactorPayload, {
    description:
      'Finishes a sign-in whose `signInStage` is SECOND_FACTOR, with the code from the authenticator app or an unused backup code (spent by it). At most 5 wrong codes a person and 20 an address in 15 minutes: then RATE_LIMITED with `resetAt`.',
  })
  async verifySecondFactor(
    @Arg('input', () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VerifySecondFactorPayload> {
    const auth = sessionOf(ctx);
    const verified = await verifySecondFactor(
      ctx.em,
      auth.session.id,
      actorOf(ctx),
      input.code,
      depsOf(ctx),
    );
    return {
      method: secondFactorMethodValue[verified.method],
      backupCodesRemaining: verified.backupCodesRemaining,
    };
  }

  @Mutation(() => AccountType, {
    description:
      'Requires two-factor sign-in of every member (or stops requiring it). Requiring it needs the `require_2fa` plan feature (PLAN_LIMIT otherwise) and two-factor sign-in on for yourself (BAD_USER_INPUT on `required`). Members without it can then only set it up.',
  })
  async setAccountTwoFactorRequirement(
    @Arg('input', () => SetAccountTwoFactorRequirementInput)
    input: SetAccountTwoFactorRequirementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    const accountId = currentAccountId(ctx);
    await setAccountTwoFactorRequirement(
      ctx.em,
      accountId,
      input.required,
      actorOf(ctx),
      ctx.clock,
    );
    return toAccountType(await getAccount(ctx.em, accountId));
  }
}

@Resolver(() => Viewer)
export class ViewerTwoFactorResolver {
  @FieldResolver(() => TwoFactorStatus, { description: 'Your two-factor sign-in.' })
  twoFactor(@Root() _viewer: Viewer, @Ctx() ctx: RequestContext): Promise<TwoFactorStatus> {
    return statusOf(ctx);
  }
}

@Resolver(() => AccountType)
export class AccountTwoFactorResolver {
  @FieldResolver(() => Boolean, {
    description: 'Every member must use two-factor sign-in (`setAccountTwoFactorRequirement`).',
  })
  requireTwoFactor(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return accountRequiresTwoFactor(ctx.em, account.id);
  }
}
