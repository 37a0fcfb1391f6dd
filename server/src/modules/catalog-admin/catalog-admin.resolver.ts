import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import { archivePlan, planCatalog, savePlan } from './catalog-admin.service.js';
import {
  ArchivePlanInput,
  CatalogPlan,
  PlanCatalog,
  SavePlanInput,
} from './catalog-admin.types.js';

@Resolver()
export class CatalogAdminResolver {
  @Query(() => PlanCatalog, {
    description: 'Operators: every plan (archived ones too) with all price versions.',
  })
  async planCatalog(@Ctx() ctx: RequestContext): Promise<PlanCatalog> {
    return planCatalog(ctx.em);
  }

  @Mutation(() => CatalogPlan, {
    description:
      'Operators: creates a plan (no planId) or edits one. Changed prices become new versions; running subscriptions keep theirs.',
  })
  async savePlan(
    @Arg('input', () => SavePlanInput) input: SavePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CatalogPlan> {
    return savePlan(
      ctx.em,
      {
        planId: input.planId ?? null,
        code: input.code ?? null,
        name: input.name,
        description: input.description,
        rank: input.rank,
        includedSeats: input.includedSeats,
        trialDays: input.trialDays,
        customPricing: input.customPricing,
        cancellationFeeBps: input.cancellationFeeBps,
        features: input.features,
        limits: input.limits.map((l) => ({ key: l.key, limit: l.limit ?? null })),
        prices: input.prices.map((p) => ({
          interval: p.interval,
          currency: p.currency,
          unitAmount: p.unitAmount,
          perSeatAmount: p.perSeatAmount ?? null,
        })),
      },
      actorOf(ctx),
      ctx.clock,
    );
  }

  @Mutation(() => CatalogPlan, {
    description:
      'Operators: archives a plan (no new subscriptions; running ones keep it) or, with archived false, brings it back.',
  })
  async archivePlan(
    @Arg('input', () => ArchivePlanInput) input: ArchivePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CatalogPlan> {
    return archivePlan(ctx.em, input.planId, input.archived, actorOf(ctx), ctx.clock);
  }
}
