import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { SubscriptionChangePreview } from '../billing/index.js';
import { seatsInUse } from './seats.js';

/**
 * Members answer for the seats a plan-change preview shows as taken: billing sits below members
 * (CONTRIBUTING.md, "Modules and layers"), so it cannot count them itself.
 */
@Resolver(() => SubscriptionChangePreview)
export class PreviewSeatsResolver {
  @FieldResolver(() => Int, { description: 'Seats taken now: members plus open invitations.' })
  async seatsTaken(
    @Root() preview: SubscriptionChangePreview,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return (await seatsInUse(ctx.em, preview.accountId, ctx.clock.now())).used;
  }
}
