import { Migration } from '@mikro-orm/migrations';

/** Operators granted from the command line (`npm run operator -- grant <email>`). */
export class Migration20261206100000OperatorGrants extends Migration {
  override up(): void {
    this.addSql(
      `create table "operator_grant" ("email" text not null, "granted_at" timestamptz not null, "note" text null, primary key ("email"));`,
    );
  }
}
