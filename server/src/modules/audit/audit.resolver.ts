import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { UserType } from '../users/index.js';
import {
  DEFAULT_AUDIT_PAGE_SIZE,
  actorLoaderFor,
  auditScope,
  listAuditEvents,
} from './audit.query.js';
import {
  AuditEventConnection,
  AuditEventFilter,
  AuditEventType,
  toAuditEventType,
} from './audit.types.js';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      "The audit log, newest first. Billing Admins read their own account's events; operators read every account's and may filter by account. `first` is 1 to 100 (BAD_USER_INPUT field `first`); a cursor not from this list answers BAD_USER_INPUT field `after`.",
  })
  async auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_AUDIT_PAGE_SIZE })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEventConnection> {
    const accountId = auditScope(
      {
        isOperator: ctx.auth?.isOperator === true,
        accountId: ctx.auth?.account?.id ?? null,
        canReadAccountLog: ctx.auth?.permissions.has('AUDIT_READ') === true,
      },
      filter?.accountId,
    );
    const page = await listAuditEvents(ctx.em, accountId, filter ?? {}, { first, after });
    return {
      edges: page.events.map(({ event, cursor }) => ({ cursor, node: toAuditEventType(event) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'Who acted; null for the system (jobs, webhooks) or a user since deleted.',
  })
  async actor(@Root() event: AuditEventType, @Ctx() ctx: RequestContext): Promise<UserType | null> {
    if (event.actorUserId === null) return null;
    return actorLoaderFor(ctx).load(event.actorUserId);
  }
}
