import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { notFound } from '../../../errors.js';
import type { RequestContext } from '../../../graphql/context.js';
import { DEFAULT_MAIL_PAGE_SIZE, MAX_MAIL_PAGE_SIZE, getMail, listMail } from './mail.query.js';
import { MailMessageConnection, MailMessageType, toMailMessageType } from './mail.types.js';

/**
 * The development outbox: operators read every e-mail Ledgerline wrote, outside production only.
 * Mail carries secrets (an invite's accept link signs its reader into the account), so production
 * never shows it; there it goes through SMTP_URL, which configuration requires.
 */
@Resolver(() => MailMessageType)
export class MailOutboxResolver {
  @Query(() => MailMessageConnection, {
    nullable: true,
    description: `Operators, outside production: every e-mail, newest first, whatever its status; null in production. \`first\`: 1 to ${MAX_MAIL_PAGE_SIZE} (default ${DEFAULT_MAIL_PAGE_SIZE}).`,
  })
  async mailOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MailMessageConnection | null> {
    if (ctx.config.production) return null;
    const page = await listMail(ctx.em, { first, after });
    return {
      edges: page.messages.map(({ mail, cursor }) => ({ cursor, node: toMailMessageType(mail) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => MailMessageType, {
    description:
      'Operators, outside production: one e-mail with its HTML and text parts. NOT_FOUND for an unknown id, and always in production.',
  })
  async mailMessage(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MailMessageType> {
    if (ctx.config.production) throw notFound('Mail message');
    return toMailMessageType(await getMail(ctx.em, id));
  }
}
