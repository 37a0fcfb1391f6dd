import { Migration } from '@mikro-orm/migrations';

/**
 * Card payments through Stripe: the account's Stripe customer, its stored payment methods (and the
 * default one on the account), and the card fields of a payment. At most one card payment of an
 * invoice is in flight at a time (payment_one_in_flight_per_invoice).
 */
export class Migration20261206020000StripePayments extends Migration {
  override up(): void {
    this.addSql(
      `create table "payment_method" ("id" text not null, "account_id" text not null, "stripe_payment_method_id" text not null, "type" text not null, "brand" text not null, "last4" text not null, "exp_month" int null, "exp_year" int null, "is_default" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_method_account_id_index" on "payment_method" ("account_id");`,
    );
    this.addSql(
      `alter table "payment_method" add constraint "payment_method_stripe_payment_method_id_unique" unique ("stripe_payment_method_id");`,
    );
    this.addSql(
      `create unique index "payment_method_one_default_per_account" on "payment_method" ("account_id") where "is_default";`,
    );
    this.addSql(
      `create table "stripe_customer" ("id" text not null, "account_id" text not null, "stripe_customer_id" text not null, "synced_at" timestamptz null, "deleted_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "stripe_customer" add constraint "stripe_customer_account_id_unique" unique ("account_id");`,
    );
    this.addSql(
      `alter table "stripe_customer" add constraint "stripe_customer_stripe_customer_id_unique" unique ("stripe_customer_id");`,
    );
    this.addSql(`alter table "account" add "default_payment_method_id" text null;`);
    this.addSql(`alter table "payment" drop constraint "payment_status_check";`);
    this.addSql(
      `alter table "payment" add "stripe_payment_intent_id" text null, add "payment_method_label" text null, add "attempt" int null, add "off_session" boolean not null default false, add "failure_message" text null;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_stripe_payment_intent_id_unique" unique ("stripe_payment_intent_id");`,
    );
    this.addSql(
      `create unique index "payment_one_in_flight_per_invoice" on "payment" ("invoice_id") where "method" = 'card' and "status" in ('pending', 'requires_action');`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_status_check" check ("status" in ('pending', 'requires_action', 'succeeded', 'failed'));`,
    );
    this.addSql(
      `alter table "payment_method" add constraint "payment_method_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "payment_method" add constraint "payment_method_type_check" check ("type" in ('card', 'sepa_debit'));`,
    );
    this.addSql(
      `alter table "stripe_customer" add constraint "stripe_customer_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
  }
}
