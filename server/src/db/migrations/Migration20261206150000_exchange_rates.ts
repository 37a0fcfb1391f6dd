import { Migration } from '@mikro-orm/migrations';

/** Exchange rates per day into the reporting currency (modules/revenue). */
export class Migration20261206150000ExchangeRates extends Migration {
  override up(): void {
    this.addSql(
      `create table "exchange_rate" ("id" text not null, "day" text not null, "currency" text not null, "reporting_currency" text not null, "rate" numeric(20,10) not null, "source" text not null, "entered_by" text null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "exchange_rate" add constraint "exchange_rate_day_currency_reporting_currency_unique" unique ("day", "currency", "reporting_currency");`,
    );
    this.addSql(
      `alter table "exchange_rate" add constraint "exchange_rate_source_check" check ("source" in ('manual', 'csv'));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "exchange_rate" cascade;`);
  }
}
