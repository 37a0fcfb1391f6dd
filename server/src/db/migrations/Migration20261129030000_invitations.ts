import { Migration } from '@mikro-orm/migrations';

/** Invitations to join an account: hashed single-use tokens, one open invitation per e-mail. */
export class Migration20261129030000Invitations extends Migration {
  override up(): void {
    this.addSql(
      `create table "invitation" ("id" text not null, "account_id" text not null, "email" text not null, "role" "member_role" not null, "grants" jsonb not null, "token_hash" text not null, "invited_by_id" text null, "created_at" timestamptz not null, "sent_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" text null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "invitation_account_id_index" on "invitation" ("account_id");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create unique index "invitation_one_open_per_email" on "invitation" ("account_id", "email") where "accepted_at" is null and "revoked_at" is null;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on delete set null;`,
    );
  }
}
