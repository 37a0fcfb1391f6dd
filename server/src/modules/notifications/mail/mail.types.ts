import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../../graphql/connection.js';
import type { MailMessage, MailStatus } from './mail-message.entity.js';

export const MailStatusEnum = {
  QUEUED: 'queued',
  SENT: 'sent',
  FAILED: 'failed',
  OUTBOX: 'outbox',
} as const satisfies Record<string, MailStatus>;
registerEnumType(MailStatusEnum, {
  name: 'MailStatus',
  description:
    'QUEUED: waiting to be sent through SMTP (or to be retried). SENT: the SMTP server accepted it. FAILED: every attempt failed. OUTBOX: no SMTP_URL is set, so it is kept here and never sent.',
});

@ObjectType('MailMessage', {
  description: 'An e-mail as Ledgerline rendered it, with its delivery state (development only).',
})
export class MailMessageType {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  from!: string;

  @Field()
  subject!: string;

  @Field({ description: 'The template that rendered it, e.g. "invite".' })
  template!: string;

  @Field(() => MailStatusEnum)
  status!: MailStatus;

  @Field(() => ID, { nullable: true, description: 'The account the mail is about, if any.' })
  accountId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Int, { description: 'Delivery attempts so far (0 in the outbox).' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field({ description: 'The complete HTML part. Render it only in a sandboxed frame.' })
  html!: string;

  @Field({ description: 'The plain-text part.' })
  text!: string;
}

export function toMailMessageType(mail: MailMessage): MailMessageType {
  return {
    id: mail.id,
    to: mail.toAddress,
    from: mail.fromAddress,
    subject: mail.subject,
    template: mail.template,
    status: mail.status,
    accountId: mail.accountId,
    createdAt: mail.createdAt,
    sentAt: mail.sentAt,
    attempts: mail.attempts,
    lastError: mail.lastError,
    html: mail.html,
    text: mail.text,
  };
}

@ObjectType()
export class MailMessageEdge {
  @Field()
  cursor!: string;

  @Field(() => MailMessageType)
  node!: MailMessageType;
}

@ObjectType({ description: 'Mail, newest first (created at, then id).' })
export class MailMessageConnection {
  @Field(() => [MailMessageEdge])
  edges!: MailMessageEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
