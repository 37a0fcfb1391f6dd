import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notifications (one per outbox event) with each member's read marks, and mail written for
 * an event (once per address) with attachments fetched when it is sent. Outbox messages written
 * before notifications were processed are marked processed here: nobody is told, months late,
 * about every invoice of the past.
 */
export class Migration20261206153000Notifications extends Migration {
  override up(): void {
    this.addSql(
      `create table "notification" ("id" text not null, "account_id" text not null, "event_id" text not null, "kind" text not null, "title" text not null, "body" text not null, "link" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_event_unique" unique ("event_id");`,
    );
    this.addSql(
      `create index "notification_account_created_index" on "notification" ("account_id", "created_at", "id");`,
    );
    this.addSql(
      `create table "notification_read" ("id" text not null, "notification_id" text not null, "user_id" text not null, "read_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_read_user_id_index" on "notification_read" ("user_id");`,
    );
    this.addSql(
      `alter table "notification_read" add constraint "notification_read_unique" unique ("notification_id", "user_id");`,
    );
    this.addSql(
      `alter table "mail_message" add "event_id" text null, add "attachments" jsonb null;`,
    );
    this.addSql(
      `create unique index "mail_message_event_recipient_unique" on "mail_message" ("event_id", "to_address") where "event_id" is not null;`,
    );
    this.addSql(
      `update "outbox_message" set "processed_at" = "created_at" where "processed_at" is null;`,
    );
  }
}
