import { Migration } from '@mikro-orm/migrations';

/**
 * Dunning (failed-payment retries per invoice, dunning suspensions) and the once-only
 * "trial ends in 3 days" notice.
 */
export class Migration20261129000000Dunning extends Migration {
  override up(): void {
    this.addSql(`alter table "account" add "suspension_reason" text null;`);

    this.addSql(`alter table "subscription" add "trial_ending_notice_for" timestamptz null;`);
    this.addSql(
      `create index "subscription_trial_end_index" on "subscription" ("trial_end") where "status" = 'trialing';`,
    );

    this.addSql(
      `alter table "invoice" add "failed_payment_attempts" int not null default 0, add "payment_failed_at" timestamptz null, add "next_payment_attempt_at" timestamptz null;`,
    );
    this.addSql(
      `create index "invoice_payment_retry_due_index" on "invoice" ("next_payment_attempt_at") where "status" = 'open' and "next_payment_attempt_at" is not null;`,
    );
  }
}
