import { Migration } from '@mikro-orm/migrations';

/** Operators' credit-balance adjustments: a new ledger reason, and the operator's note. */
export class Migration20261206100100CreditAdjustments extends Migration {
  override up(): void {
    this.addSql(`alter table "credit_balance_entry" add column "note" text null;`);
    this.addSql(
      `alter table "credit_balance_entry" drop constraint "credit_balance_entry_reason_check";`,
    );
    this.addSql(
      `alter table "credit_balance_entry" add constraint "credit_balance_entry_reason_check" check ("reason" in ('proration_credit', 'applied_to_invoice', 'credit_restored', 'refund_to_balance', 'overpayment', 'operator_adjustment'));`,
    );
  }
}
