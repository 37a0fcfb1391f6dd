import { Migration } from '@mikro-orm/migrations';

/**
 * The persisted test clock (one row, read only with TEST_CLOCK=1). The job queue's tables are not
 * here: pg-boss installs and migrates its own schema, `pgboss`, when the queue starts.
 */
export class Migration20261123030000JobsClock extends Migration {
  override up(): void {
    this.addSql(
      `create table "test_clock" ("id" smallint not null default 1, "offset_ms" bigint not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "test_clock" add constraint "test_clock_single_row" check (id = 1);`);
  }
}
