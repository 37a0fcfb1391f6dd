import { Migration } from '@mikro-orm/migrations';

/** Identity, accounts, members, sessions, audit and the plan catalog (first slice). */
export class Migration20261123000000Initial extends Migration {
  override up(): void {
    this.addSql(`create type "billing_interval" as enum ('MONTH', 'YEAR');`);
    this.addSql(`create type "member_role" as enum ('BILLING_ADMIN', 'BILLING_USER', 'VIEWER');`);
    this.addSql(
      `create table "audit_event" ("id" text not null, "occurred_at" timestamptz not null, "actor_user_id" text null, "actor_token_id" text null, "account_id" text null, "action" text not null, "target" text null, "outcome" text not null default 'success', "ip" text null, "request_id" text null, "summary" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_event_account_id_occurred_at_index" on "audit_event" ("account_id", "occurred_at");`,
    );
    this.addSql(
      `create table "plan" ("id" text not null, "code" text not null, "name" text not null, "description" text not null, "rank" int not null, "included_seats" int not null, "trial_days" int not null, "custom_pricing" boolean not null default false, "cancellation_fee_bps" int not null default 0, "features" jsonb not null, "limits" jsonb not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "plan" add constraint "plan_code_unique" unique ("code");`);
    this.addSql(
      `create table "account" ("id" text not null, "name" text not null, "plan_id" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "suspended_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create table "plan_price" ("id" text not null, "plan_id" text not null, "interval" "billing_interval" not null, "currency" text not null, "unit_amount" int not null, "per_seat_amount" int null, "version" int not null default 1, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "plan_price" add constraint "plan_price_plan_id_interval_currency_version_unique" unique ("plan_id", "interval", "currency", "version");`,
    );
    this.addSql(
      `create table "sign_in_attempt" ("id" text not null, "provider" text not null, "state" text not null, "nonce" text not null, "code_verifier" text not null, "return_to" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "sign_in_attempt_expires_at_index" on "sign_in_attempt" ("expires_at");`,
    );
    this.addSql(
      `create table "app_user" ("id" text not null, "email" text not null, "email_verified" boolean not null default false, "name" text not null, "created_at" timestamptz not null, "last_sign_in_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create table "session" ("id" text not null, "user_id" text not null, "account_id" text null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" text null, "user_agent" text null, "provider" text not null default 'unknown', primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(
      `create table "membership" ("id" text not null, "user_id" text not null, "account_id" text not null, "role" "member_role" not null, "grants" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "membership_account_id_index" on "membership" ("account_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_account_id_unique" unique ("user_id", "account_id");`,
    );
    this.addSql(
      `create table "identity" ("id" text not null, "user_id" text not null, "provider" text not null, "subject" text not null, "email" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "identity" add constraint "identity_provider_subject_unique" unique ("provider", "subject");`,
    );
    this.addSql(
      `alter table "account" add constraint "account_plan_id_foreign" foreign key ("plan_id") references "plan" ("id");`,
    );
    this.addSql(
      `alter table "plan_price" add constraint "plan_price_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "identity" add constraint "identity_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
  }
}
