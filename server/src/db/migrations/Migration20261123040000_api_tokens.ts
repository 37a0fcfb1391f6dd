import { Migration } from '@mikro-orm/migrations';

/** Partner API tokens (stored hashed) and the per-account monthly request counter. */
export class Migration20261123040000ApiTokens extends Migration {
  override up(): void {
    this.addSql(
      `create table "api_token" ("id" text not null, "account_id" text not null, "name" text not null, "scopes" jsonb not null, "prefix" text not null, "secret_hash" text not null, "created_by_id" text null, "created_at" timestamptz not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `create table "api_request_counter" ("account_id" text not null, "period_start" timestamptz not null, "count" int not null default 0, primary key ("account_id", "period_start"));`,
    );
    this.addSql(
      `alter table "api_request_counter" add constraint "api_request_counter_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
  }
}
