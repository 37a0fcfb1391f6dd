import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

/**
 * An in-app notification: what every member of an account sees in the bell and on the
 * Notifications page. Made from one outbox message (`eventId`, unique), so each event shows once
 * however often the processing job runs. Title, body and link are written when the event is
 * processed, in words, so reading the list needs no other module.
 */
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_account_created_index', properties: ['accountId', 'createdAt', 'id'] })
export class Notification {
  @PrimaryKey({ type: 'text' })
  id: string = newId('ntf');

  /** The account whose members see it (no foreign key: like mail, it outlives nothing). */
  @Property({ type: 'text' })
  accountId!: string;

  /** The outbox message it was made from. */
  @Property({ type: 'text' })
  @Unique({ name: 'notification_event_unique' })
  eventId!: string;

  /** e.g. `invoice.issued` (the outbox topic). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** A path in the portal (`/billing/invoices/inv_…`), or null. */
  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  /** When the event happened. */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}

/** One member has read one notification (absent: unread for that member). */
@Entity({ tableName: 'notification_read' })
@Unique({ name: 'notification_read_unique', properties: ['notificationId', 'userId'] })
export class NotificationRead {
  @PrimaryKey({ type: 'text' })
  id: string = newId('ntr');

  @Property({ type: 'text' })
  notificationId!: string;

  @Property({ type: 'text' })
  @Index()
  userId!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  readAt!: Date;
}
