import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import { getPlans, type Plan, PlanType, toPlanType } from '../catalog/index.js';
import { updateAccountPreferences } from './account-preferences.service.js';
import { forgetBillingDetails } from './billing-details-loader.js';
import { getAccount, renameAccount } from './account.service.js';
import {
  AccountType,
  UpdateAccountInput,
  UpdateAccountPreferencesInput,
  toAccountType,
} from './account.types.js';

/** Per request (keyed by its context): the plans of a list of accounts, in one statement. */
const planLoaders = new WeakMap<object, DataLoader<string, Plan>>();

function planLoaderFor(ctx: RequestContext): DataLoader<string, Plan> {
  let loader = planLoaders.get(ctx);
  if (loader === undefined) {
    loader = new DataLoader((planIds) => getPlans(ctx.em, planIds));
    planLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { description: 'The account of the current session.' })
  async account(@Ctx() ctx: RequestContext): Promise<AccountType> {
    return toAccountType(await getAccount(ctx.em, currentAccountId(ctx)));
  }

  @Mutation(() => AccountType, { description: 'Renames the current account.' })
  async updateAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    const account = await renameAccount(
      ctx.em,
      currentAccountId(ctx),
      input.name,
      actorOf(ctx),
      ctx.clock,
    );
    return toAccountType(account);
  }

  @Mutation(() => AccountType, {
    description:
      'Changes the preferences given at onboarding: country and billing e-mail (also on billing details, when there are some), preferred currency and alert topics. Does not mark the account onboarded. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`.',
  })
  async updateAccountPreferences(
    @Arg('input', () => UpdateAccountPreferencesInput) input: UpdateAccountPreferencesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    const accountId = currentAccountId(ctx);
    const account = await updateAccountPreferences(
      ctx.em,
      accountId,
      input,
      actorOf(ctx),
      ctx.clock,
    );
    // Their billing e-mail and country follow the preferences.
    forgetBillingDetails(ctx, accountId);
    return toAccountType(account);
  }

  @FieldResolver(() => PlanType, { description: 'The plan the account is on.' })
  async plan(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return toPlanType(await planLoaderFor(ctx).load(account.planId), account.id);
  }
}
