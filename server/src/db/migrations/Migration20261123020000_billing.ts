import { Migration } from '@mikro-orm/migrations';

/**
 * Billing: subscriptions (one live per account, partial unique index), invoices with lines and
 * gap-free monthly numbers (counter rows), credit notes, the append-only credit-balance ledger,
 * payments, idempotency keys of money-moving mutations and the notification outbox. A renewal
 * invoice is unique per (subscription, period start).
 */
export class Migration20261123020000Billing extends Migration {
  override up(): void {
    this.addSql(
      `create table "document_number_counter" ("kind" text not null, "year_month" text not null, "last_number" int not null, primary key ("kind", "year_month"));`,
    );
    this.addSql(
      `create table "outbox_message" ("id" text not null, "topic" text not null, "account_id" text null, "payload" jsonb not null, "created_at" timestamptz not null, "processed_at" timestamptz null, "attempts" int not null default 0, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_message_unprocessed_index" on "outbox_message" ("created_at") where "processed_at" is null;`,
    );
    this.addSql(
      `create table "idempotency_key" ("id" text not null, "account_id" text not null, "key" text not null, "operation" text not null, "request_hash" text not null, "response" jsonb null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_account_id_key_unique" unique ("account_id", "key");`,
    );
    this.addSql(
      `create table "subscription" ("id" text not null, "account_id" text not null, "status" text not null, "plan_id" text not null, "price_id" text not null, "currency" text not null, "interval" "billing_interval" not null, "seats" int not null, "billing_anchor" timestamptz not null, "current_period_start" timestamptz not null, "current_period_end" timestamptz not null, "trial_end" timestamptz null, "cancel_at_period_end" boolean not null default false, "scheduled_change" jsonb null, "canceled_at" timestamptz null, "ended_at" timestamptz null, "cancellation_reason" text null, "cancellation_comment" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "subscription_account_id_index" on "subscription" ("account_id");`);
    this.addSql(
      `create index "subscription_renewal_due_index" on "subscription" ("status", "current_period_end");`,
    );
    this.addSql(
      `create unique index "subscription_one_live_per_account" on "subscription" ("account_id") where "status" <> 'canceled';`,
    );
    this.addSql(
      `create table "invoice" ("id" text not null, "account_id" text not null, "subscription_id" text null, "number" text null, "status" text not null default 'draft', "billing_reason" text not null, "currency" text not null, "subtotal" int not null, "credit_applied" int not null, "tax_amount" int not null, "tax_rate_bps" int not null, "reverse_charge" boolean not null, "tax_note" text null, "total" int not null, "amount_paid" int not null default 0, "amount_due" int not null, "period_start" timestamptz null, "period_end" timestamptz null, "issued_at" timestamptz null, "due_at" timestamptz null, "paid_at" timestamptz null, "voided_at" timestamptz null, "void_reason" text null, "buyer" jsonb null, "seller" jsonb null, "collection_method" text null, "payment_instructions" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "invoice_subscription_id_index" on "invoice" ("subscription_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(
      `create index "invoice_account_issued_at_index" on "invoice" ("account_id", "issued_at", "id");`,
    );
    this.addSql(
      `create unique index "invoice_one_per_renewal_period" on "invoice" ("subscription_id", "period_start") where "billing_reason" = 'subscription_cycle';`,
    );
    this.addSql(
      `create table "payment" ("id" text not null, "account_id" text not null, "invoice_id" text not null, "method" text not null, "amount" int not null, "applied_amount" int not null, "currency" text not null, "status" text not null, "reference" text not null, "idempotency_key" text not null, "recorded_by" text null, "received_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_invoice_id_index" on "payment" ("invoice_id");`);
    this.addSql(
      `alter table "payment" add constraint "payment_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "invoice_line" ("id" text not null, "invoice_id" text not null, "position" int not null, "kind" text not null, "description" text not null, "quantity" int not null, "unit_amount" int not null, "amount" int not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "proration" boolean not null, primary key ("id"));`,
    );
    this.addSql(`create index "invoice_line_invoice_id_index" on "invoice_line" ("invoice_id");`);
    this.addSql(
      `create table "credit_note" ("id" text not null, "number" text not null, "account_id" text not null, "invoice_id" text not null, "currency" text not null, "amount" int not null, "reason" text not null, "issued_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_note" add constraint "credit_note_number_unique" unique ("number");`,
    );
    this.addSql(`create index "credit_note_account_id_index" on "credit_note" ("account_id");`);
    this.addSql(`create index "credit_note_invoice_id_index" on "credit_note" ("invoice_id");`);
    this.addSql(
      `create table "credit_balance_entry" ("id" text not null, "account_id" text not null, "amount" int not null, "currency" text not null, "reason" text not null, "invoice_id" text null, "credit_note_id" text null, "payment_id" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "credit_balance_entry_account_id_currency_index" on "credit_balance_entry" ("account_id", "currency");`,
    );
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_plan_id_foreign" foreign key ("plan_id") references "plan" ("id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_price_id_foreign" foreign key ("price_id") references "plan_price" ("id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_status_check" check ("status" in ('trialing', 'active', 'past_due', 'canceled', 'incomplete'));`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_cancellation_reason_check" check ("cancellation_reason" in ('too_expensive', 'missing_features', 'switched_service', 'unused', 'other'));`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_status_check" check ("status" in ('draft', 'open', 'paid', 'void', 'uncollectible'));`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_billing_reason_check" check ("billing_reason" in ('subscription_create', 'subscription_update', 'subscription_cycle', 'subscription_cancel'));`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_collection_method_check" check ("collection_method" in ('bank_transfer', 'card'));`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id");`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_method_check" check ("method" in ('bank_transfer', 'card'));`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_status_check" check ("status" in ('pending', 'succeeded', 'failed'));`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_kind_check" check ("kind" in ('subscription', 'extra_seats', 'unused_time', 'remaining_time', 'cancellation_fee'));`,
    );
    this.addSql(
      `alter table "credit_note" add constraint "credit_note_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
    this.addSql(
      `alter table "credit_note" add constraint "credit_note_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id");`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_credit_note_id_foreign" foreign key ("credit_note_id") references "credit_note" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_reason_check" check ("reason" in ('proration_credit', 'applied_to_invoice', 'credit_restored', 'refund_to_balance', 'overpayment'));`,
    );
  }
}
