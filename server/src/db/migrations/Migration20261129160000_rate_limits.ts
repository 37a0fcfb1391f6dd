import { Migration } from '@mikro-orm/migrations';

/** Per-client-address request counters for sign-in and token endpoints (modules/rate-limits). */
export class Migration20261129160000RateLimits extends Migration {
  override up(): void {
    this.addSql(
      `create table "rate_limit_counter" ("bucket" text not null, "key" text not null, "window_start" timestamptz not null, "count" int not null default 0, primary key ("bucket", "key", "window_start"));`,
    );
    this.addSql(
      `create index "rate_limit_counter_window_start_index" on "rate_limit_counter" ("window_start");`,
    );
  }
}
