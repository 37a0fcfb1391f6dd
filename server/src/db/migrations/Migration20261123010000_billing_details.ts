import { Migration } from '@mikro-orm/migrations';

/** Billing details: who an account's invoices are addressed to (one row per account). */
export class Migration20261123010000BillingDetails extends Migration {
  override up(): void {
    this.addSql(
      `create table "billing_details" ("account_id" text not null, "legal_name" text not null, "billing_email" text not null, "line1" text not null, "line2" text null, "city" text not null, "region" text null, "postal_code" text not null, "country" text not null, "tax_id_type" text null, "tax_id_value" text null, "updated_at" timestamptz not null, primary key ("account_id"));`,
    );
    this.addSql(
      `alter table "billing_details" add constraint "billing_details_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }
}
