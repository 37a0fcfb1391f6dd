import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import type { NotificationItem } from './notification.query.js';

/** Outbox topics shown in the app, by the name the schema gives them. */
export const notificationKinds = {
  INVOICE_ISSUED: 'invoice.issued',
  PAYMENT_RECEIVED: 'payment.received',
  PAYMENT_FAILED: 'payment.failed',
  TRIAL_ENDING: 'trial.ending',
  PLAN_CHANGED: 'subscription.changed',
  MEMBER_INVITED: 'member.invited',
  BANK_TRANSFER_APPROVED: 'bank_transfer.approved',
  BANK_TRANSFER_REJECTED: 'bank_transfer.rejected',
  ACCOUNT_SUSPENDED: 'account.suspended',
  ACCOUNT_REACTIVATED: 'account.reactivated',
} as const;
export type NotificationKind = keyof typeof notificationKinds;

export const NotificationKindEnum = Object.fromEntries(
  Object.keys(notificationKinds).map((kind) => [kind, kind]),
) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about (docs/OPERATIONS.md "Notifications").',
});

const kindOfTopic = new Map<string, NotificationKind>(
  Object.entries(notificationKinds).map(([kind, topic]) => [topic, kind as NotificationKind]),
);

@ObjectType('Notification', {
  description:
    "Something that happened to the account, as its members see it in the bell and on the Notifications page. Read state is each member's own.",
})
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A path in the portal to open (e.g. `/billing/invoices/inv_…`), or null.',
  })
  link!: string | null;

  @Field({ description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the signed-in member read it; null: unread.',
  })
  readAt!: Date | null;
}

export function toNotificationType(item: NotificationItem): NotificationType {
  const { notification } = item;
  const kind = kindOfTopic.get(notification.kind);
  if (kind === undefined) throw new Error(`No notification kind for ${notification.kind}`);
  return {
    id: notification.id,
    kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt,
    readAt: item.readAt,
  };
}

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => NotificationType)
  node!: NotificationType;
}

@ObjectType({ description: 'Notifications, newest first (created at, then id).' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All notifications matching the filter.' })
  totalCount!: number;

  @Field(() => Int, { description: "The signed-in member's unread notifications (all of them)." })
  unreadCount!: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read (1 to 100).' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: mark every notification read.' })
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'The unread count after marking.' })
  unreadCount!: number;
}
