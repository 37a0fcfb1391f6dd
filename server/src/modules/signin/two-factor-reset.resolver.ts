import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf as operatorOf } from '../../graphql/session-scope.js';
import { ResetTwoFactorInput, ResetTwoFactorPayload } from '../identity/index.js';
import { requestMailDelivery } from '../notifications/index.js';
import { resetTwoFactorForPerson } from './two-factor-reset.service.js';

/** Back office: support resets a person's two-factor sign-in (operators only, permissions.ts). */
@Resolver()
export class TwoFactorSupportResolver {
  @Mutation(() => ResetTwoFactorPayload, {
    description:
      'Operators: removes the two-factor sign-in and backup codes of the person who signs in with `email` (lost phone and codes), signs out all their sessions, records the reason in the audit log of every account they belong to and e-mails them. NOT_FOUND for an unknown address; CONFLICT (reason TWO_FACTOR_NOT_ENABLED) when they do not use two-factor sign-in; BAD_USER_INPUT without a reason.',
  })
  async resetTwoFactor(
    @Arg('input', () => ResetTwoFactorInput) input: ResetTwoFactorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResetTwoFactorPayload> {
    const done = await resetTwoFactorForPerson(ctx.em, input, operatorOf(ctx), {
      clock: ctx.clock,
      mail: ctx.config,
      supportEmail: ctx.config.billing.seller.email,
    });
    await requestMailDelivery(ctx);
    return { email: done.email, resetAt: done.resetAt, sessionsEnded: done.sessionsEnded };
  }
}
