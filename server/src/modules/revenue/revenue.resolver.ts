import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { revenueMetrics } from './revenue.service.js';
import { RevenueMetrics } from './revenue.types.js';

@Resolver()
export class RevenueResolver {
  @Query(() => RevenueMetrics, {
    description:
      'Operators: MRR, ARR, subscriptions by plan, new and churned accounts, failed and recovered payments, receivables — per currency and converted.',
  })
  async revenueMetrics(@Ctx() ctx: RequestContext): Promise<RevenueMetrics> {
    return revenueMetrics(ctx.em, ctx.clock.now(), ctx.config.billing.reportingCurrency);
  }
}
