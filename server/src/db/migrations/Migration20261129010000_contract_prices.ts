import { Migration } from '@mikro-orm/migrations';

/** Enterprise contract prices: a price version owned by one account, kept out of the catalog. */
export class Migration20261129010000ContractPrices extends Migration {
  override up(): void {
    this.addSql(`alter table "plan_price" add "account_id" text null;`);
    this.addSql(
      `alter table "plan_price" add constraint "plan_price_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(`create index "plan_price_account_id_index" on "plan_price" ("account_id");`);
  }
}
