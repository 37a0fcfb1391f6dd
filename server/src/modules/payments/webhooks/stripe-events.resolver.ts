import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf } from '../../../graphql/session-scope.js';
import type { StripeEventStatus } from './stripe-event.entity.js';
import {
  DEFAULT_EVENT_PAGE_SIZE,
  MAX_EVENT_PAGE_SIZE,
  getStripeEvent,
  listStripeEvents,
  retryStripeEvent,
} from './stripe-events.query.js';
import {
  RetryStripeWebhookEventInput,
  StripeEventStatusEnum,
  StripeWebhookEventConnection,
  StripeWebhookEventType,
  toStripeWebhookEventType,
} from './stripe-events.types.js';
import { requestStripeEventProcessing } from './stripe-webhooks.js';

/** Back office: the Stripe webhook events received, what became of them, and retrying failures. */
@Resolver(() => StripeWebhookEventType)
export class StripeEventsResolver {
  @Query(() => StripeWebhookEventConnection, {
    description: `Operators: Stripe webhook events, newest first; \`status\` FAILED lists those waiting for an operator. \`first\`: 1 to ${MAX_EVENT_PAGE_SIZE} (default ${DEFAULT_EVENT_PAGE_SIZE}).`,
  })
  async stripeWebhookEvents(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => StripeEventStatusEnum, { nullable: true })
    status?: StripeEventStatus | null,
    @Arg('type', () => String, { nullable: true, description: 'e.g. charge.refunded' })
    type?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<StripeWebhookEventConnection> {
    const page = await listStripeEvents(ctx.em, { status, type, first, after });
    return {
      edges: page.events.map(({ event, cursor }) => ({
        cursor,
        node: toStripeWebhookEventType(event),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => StripeWebhookEventType, {
    description:
      'Operators: one Stripe webhook event with its payload. NOT_FOUND for an unknown id.',
  })
  async stripeWebhookEvent(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StripeWebhookEventType> {
    return toStripeWebhookEventType(await getStripeEvent(ctx.em, id));
  }

  @Mutation(() => StripeWebhookEventType, {
    description:
      'Operators: processes a failed (or back-off waiting) Stripe event again now, with a fresh set of automatic retries. CONFLICT for an event already processed: events are never applied twice.',
  })
  async retryStripeWebhookEvent(
    @Arg('input', () => RetryStripeWebhookEventInput) input: RetryStripeWebhookEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StripeWebhookEventType> {
    const event = await retryStripeEvent(ctx.em, input.id, actorOf(ctx), ctx.clock);
    await requestStripeEventProcessing(ctx);
    return toStripeWebhookEventType(event);
  }
}
