import { Migration } from '@mikro-orm/migrations';

/**
 * Stripe webhook events (stored once by their Stripe id, processed from the job queue), and the
 * refunds and disputes of card payments they and operators record.
 */
export class Migration20261206030000StripeWebhooks extends Migration {
  override up(): void {
    this.addSql(
      `create table "stripe_event" ("id" text not null, "type" text not null, "object_id" text null, "livemode" boolean not null, "payload" jsonb not null, "created_at" timestamptz not null, "received_at" timestamptz not null, "status" text not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "locked_until" timestamptz null, "last_error" text null, "processed_at" timestamptz null, "outcome" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "stripe_event" add constraint "stripe_event_status_check" check ("status" in ('pending', 'processing', 'processed', 'failed'));`,
    );
    this.addSql(
      `create index "stripe_event_due_index" on "stripe_event" ("next_attempt_at") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "stripe_event_status_received_index" on "stripe_event" ("status", "received_at");`,
    );

    this.addSql(
      `create table "payment_refund" ("id" text not null, "payment_id" text not null, "account_id" text not null, "amount" int not null, "currency" text not null, "stripe_refund_id" text not null, "credit_note_id" text not null, "reason" text not null, "requested_by" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_refund_payment_id_index" on "payment_refund" ("payment_id");`,
    );
    this.addSql(
      `create index "payment_refund_account_id_index" on "payment_refund" ("account_id");`,
    );
    this.addSql(
      `alter table "payment_refund" add constraint "payment_refund_stripe_refund_id_unique" unique ("stripe_refund_id");`,
    );
    this.addSql(
      `alter table "payment_refund" add constraint "payment_refund_payment_id_foreign" foreign key ("payment_id") references "payment" ("id");`,
    );
    this.addSql(
      `alter table "payment_refund" add constraint "payment_refund_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
    this.addSql(
      `alter table "payment_refund" add constraint "payment_refund_credit_note_id_foreign" foreign key ("credit_note_id") references "credit_note" ("id");`,
    );

    this.addSql(
      `create table "payment_dispute" ("id" text not null, "payment_id" text not null, "account_id" text not null, "stripe_dispute_id" text not null, "amount" int not null, "currency" text not null, "reason" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_dispute_payment_id_index" on "payment_dispute" ("payment_id");`,
    );
    this.addSql(
      `create index "payment_dispute_account_id_index" on "payment_dispute" ("account_id");`,
    );
    this.addSql(
      `alter table "payment_dispute" add constraint "payment_dispute_stripe_dispute_id_unique" unique ("stripe_dispute_id");`,
    );
    this.addSql(
      `alter table "payment_dispute" add constraint "payment_dispute_payment_id_foreign" foreign key ("payment_id") references "payment" ("id");`,
    );
    this.addSql(
      `alter table "payment_dispute" add constraint "payment_dispute_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
  }
}
