import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AppError } from '../../errors.js';
import { Plan } from '../catalog/plan.entity.js';
import { PlanType, toPlanType } from '../catalog/plan.types.js';
import { Account } from './account.entity.js';
import { renameAccount } from './account.service.js';
import { AccountType, UpdateAccountInput, toAccountType } from './account.types.js';

/** The shield guarantees `auth.account` for these operations; this narrows the type. */
function currentAccountId(ctx: RequestContext): string {
  const id = ctx.auth?.account?.id;
  if (id === undefined)
    throw new AppError('FORBIDDEN', 'This session is not a member of any account.');
  return id;
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { description: 'The account of the current session.' })
  async account(@Ctx() ctx: RequestContext): Promise<AccountType> {
    const account = await ctx.em.findOneOrFail(Account, { id: currentAccountId(ctx) });
    return toAccountType(account);
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
      { userId: ctx.auth?.user.id ?? '', ip: ctx.ip, requestId: ctx.requestId },
      ctx.clock,
    );
    return toAccountType(account);
  }

  @FieldResolver(() => PlanType, { description: 'The plan the account is on.' })
  async plan(@Root() account: AccountType, @Ctx() ctx: RequestContext): Promise<PlanType> {
    const plan = await ctx.em.findOneOrFail(Plan, { id: account.planId }, { populate: ['prices'] });
    return toPlanType(plan);
  }
}
