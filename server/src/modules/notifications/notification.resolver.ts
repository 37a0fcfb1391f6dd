import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import {
  DEFAULT_NOTIFICATION_PAGE_SIZE,
  MAX_NOTIFICATION_PAGE_SIZE,
  listNotifications,
  markNotificationsRead,
} from './notification.query.js';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationType,
  toNotificationType,
} from './notification.types.js';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: `The session account's notifications, newest first, with the signed-in member's read state and unread count. \`first\`: 1 to ${MAX_NOTIFICATION_PAGE_SIZE} (default ${DEFAULT_NOTIFICATION_PAGE_SIZE}; BAD_USER_INPUT field \`first\`); \`unreadOnly\` leaves out what they read.`,
  })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
  ): Promise<NotificationConnection> {
    const scope = { accountId: currentAccountId(ctx), userId: actorOf(ctx).userId };
    const page = await listNotifications(ctx.em, scope, { first, after, unreadOnly });
    return {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: toNotificationType(item) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
      unreadCount: page.unreadCount,
    };
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marks notifications read for the signed-in member: `ids` (of this account; BAD_USER_INPUT `input.ids` otherwise) or `all: true` (exactly one of them). Repeating it changes nothing.',
  })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MarkNotificationsReadPayload> {
    const scope = { accountId: currentAccountId(ctx), userId: actorOf(ctx).userId };
    const unreadCount = await markNotificationsRead(ctx.em, scope, input, ctx.clock.now());
    return { unreadCount };
  }
}
