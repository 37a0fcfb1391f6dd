import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import {
  availablePaymentMethods,
  listMethodConfigs,
  removeMethodConfig,
  setMethodConfig,
} from './payment-method-config.service.js';
import {
  AvailablePaymentMethods,
  PaymentMethodConfigType,
  RemovePaymentMethodConfigInput,
  SetPaymentMethodConfigInput,
  toAvailablePaymentMethods,
  toPaymentMethodConfigType,
} from './payment-method-config.types.js';

@Resolver()
export class PaymentMethodConfigResolver {
  @Query(() => AvailablePaymentMethods, {
    description:
      "The payment methods offered to the account's billing country, in order, and the bank account for its billing currency.",
  })
  async availablePaymentMethods(@Ctx() ctx: RequestContext): Promise<AvailablePaymentMethods> {
    const accountId = currentAccountId(ctx);
    const chosen = ctx.auth?.account?.preferredCurrency ?? null;
    return toAvailablePaymentMethods(
      await availablePaymentMethods(ctx.em, accountId, ctx.config.billing, chosen),
    );
  }

  @Query(() => [PaymentMethodConfigType], {
    description:
      'Operators: the payment-method configuration, the default row first (built in until saved), then by country.',
  })
  async paymentMethodConfigs(@Ctx() ctx: RequestContext): Promise<PaymentMethodConfigType[]> {
    return (await listMethodConfigs(ctx.em)).map(toPaymentMethodConfigType);
  }

  @Mutation(() => PaymentMethodConfigType, {
    description:
      "Operators: saves one country's payment methods (or the default row) whole: the methods in order and the bank accounts per currency. Audited.",
  })
  async setPaymentMethodConfig(
    @Arg('input', () => SetPaymentMethodConfigInput) input: SetPaymentMethodConfigInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentMethodConfigType> {
    const saved = await setMethodConfig(
      ctx.em,
      {
        country: input.country ?? null,
        methods: input.methods,
        bankAccounts: input.bankAccounts,
      },
      actorOf(ctx),
      ctx.clock,
    );
    return toPaymentMethodConfigType(saved);
  }

  @Mutation(() => Boolean, {
    description:
      "Operators: removes a country's row (the country then uses the default row), or the default row (back to the built-in default). NOT_FOUND when none is saved.",
  })
  async removePaymentMethodConfig(
    @Arg('input', () => RemovePaymentMethodConfigInput) input: RemovePaymentMethodConfigInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await removeMethodConfig(ctx.em, input.country ?? null, actorOf(ctx), ctx.clock);
    return true;
  }
}
