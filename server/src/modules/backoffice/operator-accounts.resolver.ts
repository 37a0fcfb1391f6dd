import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import {
  AccountType,
  reactivateAccount,
  suspendAccount,
  toAccountType,
} from '../accounts/index.js';
import { actorOf } from '../../graphql/session-scope.js';
import {
  AccountSuspensionInput,
  AdjustCreditBalanceInput,
  AdjustCreditBalancePayload,
} from './account-suspension.types.js';
import { toMoney } from '../../graphql/money.js';
import { adjustCreditBalance, toInvoiceType } from '../billing/index.js';
import { toMember } from '../members/index.js';
import { findOperatorAccounts, operatorAccountView } from './operator-accounts.service.js';
import {
  OperatorAccountConnection,
  OperatorAccountDetail,
  OperatorAccountFilter,
} from './operator-accounts.types.js';
import { encodeTimeCursor } from '../../graphql/connection.js';
import { requestMailDelivery } from '../notifications/index.js';

/** Back office: every account (operators only, graphql/permissions.ts). */
@Resolver()
export class OperatorAccountsResolver {
  @Query(() => OperatorAccountConnection, {
    description:
      'Operators: all accounts, newest first, searched and filtered (docs/API.md "Back office: accounts").',
  })
  async operatorAccounts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OperatorAccountFilter, { nullable: true })
    filter?: OperatorAccountFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<OperatorAccountConnection> {
    const page = await findOperatorAccounts(
      ctx.em,
      filter ?? {},
      { first: first ?? 25, after: after ?? null },
      ctx.clock.now(),
    );
    return {
      edges: page.accounts.map((account) => ({
        cursor: encodeTimeCursor(account.createdAt, account.id),
        node: toAccountType(account),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => OperatorAccountDetail, {
    description: 'Operators: one account with its members, invoices and credit ledger.',
  })
  async operatorAccount(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OperatorAccountDetail> {
    const view = await operatorAccountView(ctx.em, id);
    return {
      account: toAccountType(view.account),
      members: view.members.map((m) => toMember(m, ctx.auth?.user?.id ?? null)),
      invoices: view.invoices.map(toInvoiceType),
      creditLedger: view.creditLedger,
    };
  }

  @Mutation(() => AccountType, {
    description:
      'Operators: suspends the account (read-only for its members, who see the reason; renewals and dunning stop). CONFLICT when already suspended.',
  })
  async suspendAccount(
    @Arg('input', () => AccountSuspensionInput) input: AccountSuspensionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    return runSuspensionChange(suspendAccount, input, ctx);
  }

  @Mutation(() => AccountType, {
    description:
      'Operators: lifts a suspension (an operator’s or dunning’s); due renewals run again. CONFLICT when not suspended.',
  })
  async reactivateAccount(
    @Arg('input', () => AccountSuspensionInput) input: AccountSuspensionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountType> {
    return runSuspensionChange(reactivateAccount, input, ctx);
  }

  @Mutation(() => AdjustCreditBalancePayload, {
    description:
      'Operators: adds credit to the account’s balance or takes it away, with a reason (docs/API.md "adjustCreditBalance"). Once per idempotency key.',
  })
  async adjustCreditBalance(
    @Arg('input', () => AdjustCreditBalanceInput) input: AdjustCreditBalanceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdjustCreditBalancePayload> {
    const result = await adjustCreditBalance(ctx.em, input, actorOf(ctx), ctx.clock.now());
    return {
      entryId: result.entryId,
      balance: toMoney(result.balance.amount, result.balance.currency),
    };
  }
}

/** Suspends or reactivates (the same input and answer), then lets the notices' mail go out. */
async function runSuspensionChange(
  change: typeof suspendAccount | typeof reactivateAccount,
  input: AccountSuspensionInput,
  ctx: RequestContext,
): Promise<AccountType> {
  const account = await change(
    ctx.em,
    input.accountId,
    input.reason,
    actorOf(ctx),
    ctx.clock.now(),
  );
  await requestMailDelivery(ctx);
  return toAccountType(account);
}
