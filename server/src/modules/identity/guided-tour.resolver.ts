import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import { dismissTour } from './guided-tour.service.js';

@Resolver()
export class GuidedTourResolver {
  @Mutation(() => Date, {
    description:
      'Stops offering you the guided tour of the dashboard (finished, or "Don\'t show again"); answers when. Per person, in every account.',
  })
  async dismissTour(@Ctx() ctx: RequestContext): Promise<Date> {
    return dismissTour(ctx.em, ctx.auth?.account?.id ?? null, actorOf(ctx), ctx.clock);
  }
}
