import { Migration } from '@mikro-orm/migrations';

/** Bank transfers customers announce, waiting for an operator to approve or reject them. */
export class Migration20261206110000BankTransferNotices extends Migration {
  override up(): void {
    this.addSql(
      `create table "bank_transfer_notice" ("id" text not null, "account_id" text not null, "invoice_id" text not null, "status" text not null default 'pending', "amount" int not null, "currency" text not null, "reference" text not null, "sent_at" timestamptz not null, "idempotency_key" text not null, "submitted_by" text not null, "submitted_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" text null, "rejection_reason" text null, "payment_id" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "bank_transfer_notice" add constraint "bank_transfer_notice_status_check" check ("status" in ('pending', 'approved', 'rejected'));`,
    );
    this.addSql(
      `create index "bank_transfer_notice_invoice_id_index" on "bank_transfer_notice" ("invoice_id");`,
    );
    this.addSql(
      `create index "bank_transfer_notice_status_submitted_index" on "bank_transfer_notice" ("status", "submitted_at");`,
    );
    this.addSql(
      `alter table "bank_transfer_notice" add constraint "bank_transfer_notice_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`,
    );
    this.addSql(
      `create unique index "bank_transfer_notice_one_pending_per_invoice" on "bank_transfer_notice" ("invoice_id") where "status" = 'pending';`,
    );
    this.addSql(
      `alter table "bank_transfer_notice" add constraint "bank_transfer_notice_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );
    this.addSql(
      `alter table "bank_transfer_notice" add constraint "bank_transfer_notice_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id");`,
    );
    this.addSql(
      `alter table "bank_transfer_notice" add constraint "bank_transfer_notice_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on delete set null;`,
    );
  }
}
