import { Migration } from '@mikro-orm/migrations';

/** Manual invoices: an operator's invoice outside any subscription, with lines they wrote. */
export class Migration20261206120000ManualInvoices extends Migration {
  override up(): void {
    this.addSql(`alter table "invoice" drop constraint if exists "invoice_billing_reason_check";`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_billing_reason_check" check ("billing_reason" in ('subscription_create', 'subscription_update', 'subscription_cycle', 'subscription_cancel', 'manual'));`,
    );
    this.addSql(`alter table "invoice_line" drop constraint if exists "invoice_line_kind_check";`);
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_kind_check" check ("kind" in ('subscription', 'extra_seats', 'unused_time', 'remaining_time', 'cancellation_fee', 'manual'));`,
    );
  }
}
