import { Migration } from '@mikro-orm/migrations';

/**
 * E-mail (docs/OPERATIONS.md "E-mail"): every message as rendered, with its delivery state — queued for SMTP, sent,
 * failed, or kept in the development outbox when SMTP_URL is unset.
 */
export class Migration20261129020000Mail extends Migration {
  override up(): void {
    this.addSql(
      `create table "mail_message" ("id" text not null, "to_address" text not null, "from_address" text not null, "subject" text not null, "html" text not null, "text" text not null, "template" text not null, "account_id" text null, "created_at" timestamptz not null, "status" text not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "sent_at" timestamptz null, "last_error" text null, "smtp_message_id" text null, "smtp_response" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "mail_message" add constraint "mail_message_status_check" check ("status" in ('queued', 'sent', 'failed', 'outbox'));`,
    );
    this.addSql(`create index "mail_message_account_id_index" on "mail_message" ("account_id");`);
    this.addSql(
      `create index "mail_message_delivery_due_index" on "mail_message" ("next_attempt_at") where "status" = 'queued';`,
    );
    this.addSql(
      `create index "mail_message_created_at_index" on "mail_message" ("created_at", "id");`,
    );
  }
}
