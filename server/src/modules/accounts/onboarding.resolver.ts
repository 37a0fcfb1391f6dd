import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import { AccountType, CompleteOnboardingInput, toAccountType } from './account.types.js';
import { forgetBillingDetails } from './billing-details-loader.js';
import { completeOnboarding, skipOnboarding } from './onboarding.service.js';

@Resolver(() => AccountType)
export class OnboardingResolver {
  @Mutation(() => AccountType, {
    description:
      'Saves the first-run wizard: account name, country, billing e-mail (also on billing details, when there are some), preferred currency and alert topics; marks the account onboarded. Again later, it just updates them. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`.',
  })
  async completeOnboarding(
    @Arg('input', () => CompleteOnboardingInput) input: CompleteOnboardingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    const accountId = currentAccountId(ctx);
    const account = await completeOnboarding(ctx.em, accountId, input, actorOf(ctx), ctx.clock);
    // Their billing e-mail and country follow the preferences.
    forgetBillingDetails(ctx, accountId);
    return toAccountType(account);
  }

  @Mutation(() => AccountType, {
    description:
      'Puts the first-run wizard off ("Skip for now"): sign-in no longer leads to it. No change once the account is onboarded.',
  })
  async skipOnboarding(@Ctx() ctx: RequestContext): Promise<AccountType> {
    const account = await skipOnboarding(ctx.em, currentAccountId(ctx), actorOf(ctx), ctx.clock);
    return toAccountType(account);
  }
}
