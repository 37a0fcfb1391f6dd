import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions get a public id (`ses_…`) for the Security page's list and `revokeSession`: the
 * primary key is the hash of the cookie token and must not leave the server. Sessions signed in
 * before this migration get a random one (any unique opaque text will do).
 */
export class Migration20261129150000SessionPublicId extends Migration {
  override up(): void {
    this.addSql(`alter table "session" add "public_id" text null;`);
    this.addSql(
      `update "session" set "public_id" = 'ses_' || substr(md5(random()::text || "id"), 1, 26);`,
    );
    this.addSql(`alter table "session" alter column "public_id" set not null;`);
    this.addSql(
      `alter table "session" add constraint "session_public_id_unique" unique ("public_id");`,
    );
  }
}
