import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor sign-in: each person's authenticator (secret encrypted), backup-code hashes, wrong
 * codes for the attempt limit, the account rule that requires it, and sessions that wait for the
 * second factor.
 */
export class Migration20261129050000TwoFactor extends Migration {
  override up(): void {
    this.addSql(
      `create table "two_factor" ("id" text not null, "user_id" text not null, "secret_ciphertext" text not null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, "last_used_step" int null, "last_used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "two_factor" add constraint "two_factor_user_id_unique" unique ("user_id");`,
    );
    this.addSql(
      `alter table "two_factor" add constraint "two_factor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `create table "two_factor_backup_code" ("id" text not null, "user_id" text not null, "code_hash" text not null, "created_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "two_factor_backup_code" add constraint "two_factor_backup_code_user_id_code_hash_unique" unique ("user_id", "code_hash");`,
    );
    this.addSql(
      `alter table "two_factor_backup_code" add constraint "two_factor_backup_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `create table "two_factor_failure" ("id" text not null, "user_id" text not null, "ip" text null, "occurred_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "two_factor_failure_occurred_at_index" on "two_factor_failure" ("occurred_at");`,
    );
    this.addSql(
      `create index "two_factor_failure_ip_occurred_at_index" on "two_factor_failure" ("ip", "occurred_at");`,
    );
    this.addSql(
      `create index "two_factor_failure_user_id_occurred_at_index" on "two_factor_failure" ("user_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "two_factor_failure" add constraint "two_factor_failure_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `create table "account_two_factor_policy" ("account_id" text not null, "required" boolean not null default false, "updated_at" timestamptz not null, "updated_by_id" text null, primary key ("account_id"));`,
    );
    this.addSql(
      `alter table "account_two_factor_policy" add constraint "account_two_factor_policy_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "account_two_factor_policy" add constraint "account_two_factor_policy_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "session" add "second_factor_pending" boolean not null default false;`,
    );
  }
}
