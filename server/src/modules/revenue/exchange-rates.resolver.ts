import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import {
  importExchangeRates,
  listExchangeRates,
  saveExchangeRate,
} from './exchange-rates.service.js';
import {
  ExchangeRateList,
  ExchangeRateType,
  ImportExchangeRatesInput,
  ImportExchangeRatesResult,
  SaveExchangeRateInput,
  toExchangeRateType,
} from './exchange-rates.types.js';

@Resolver()
export class ExchangeRatesResolver {
  @Query(() => ExchangeRateList, {
    description: 'Operators: stored exchange rates into the reporting currency, newest first.',
  })
  async exchangeRates(
    @Ctx() ctx: RequestContext,
    @Arg('currency', () => String, { nullable: true }) currency?: string | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
  ): Promise<ExchangeRateList> {
    const reportingCurrency = ctx.config.billing.reportingCurrency;
    const rates = await listExchangeRates(ctx.em, reportingCurrency, { currency, first });
    return { reportingCurrency, rates: rates.map(toExchangeRateType) };
  }

  @Mutation(() => ExchangeRateType, {
    description: "Operators: enters (or replaces) one day's rate of a currency.",
  })
  async saveExchangeRate(
    @Arg('input', () => SaveExchangeRateInput) input: SaveExchangeRateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExchangeRateType> {
    const rate = await saveExchangeRate(
      ctx.em,
      input,
      ctx.config.billing.reportingCurrency,
      actorOf(ctx),
      ctx.clock,
    );
    return toExchangeRateType(rate);
  }

  @Mutation(() => ImportExchangeRatesResult, {
    description:
      'Operators: imports day,currency,rate lines. Any bad line: BAD_USER_INPUT with extensions.lineErrors, nothing stored.',
  })
  async importExchangeRates(
    @Arg('input', () => ImportExchangeRatesInput) input: ImportExchangeRatesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportExchangeRatesResult> {
    return importExchangeRates(
      ctx.em,
      input.csv,
      ctx.config.billing.reportingCurrency,
      actorOf(ctx),
      ctx.clock,
    );
  }
}
