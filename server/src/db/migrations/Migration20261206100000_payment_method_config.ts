import { Migration } from '@mikro-orm/migrations';

/** Payment methods per country: which methods each country is offered, and the bank accounts. */
export class Migration20261206100000PaymentMethodConfig extends Migration {
  override up(): void {
    this.addSql(
      `create table "payment_method_config" ("id" text not null, "scope" text not null, "methods" jsonb not null, "bank_accounts" jsonb not null, "updated_at" timestamptz not null, "updated_by" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "payment_method_config" add constraint "payment_method_config_scope_unique" unique ("scope");`,
    );
  }
}
