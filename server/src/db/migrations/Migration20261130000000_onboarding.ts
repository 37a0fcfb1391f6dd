import { Migration } from '@mikro-orm/migrations';

/**
 * First-run onboarding (account answers and preferences) and the per-person guided tour.
 * Accounts and people that existed before count as onboarded and toured: the wizard is for new
 * sign-ups, and current users know the pages (they can still take the tour from the user menu).
 */
export class Migration20261130000000Onboarding extends Migration {
  override up(): void {
    this.addSql(
      `alter table "account" add "onboarded_at" timestamptz null, add "onboarding_skipped_at" timestamptz null, add "country" text null, add "billing_email" text null, add "preferred_currency" text null, add "alert_topics" jsonb not null default '["INVOICE_ISSUED","PAYMENT_FAILED","TRIAL_ENDING","PLAN_CHANGED","USAGE_LIMITS","SECURITY"]';`,
    );
    // The default only filled existing rows; new accounts get theirs from the entity.
    this.addSql(`alter table "account" alter column "alert_topics" drop default;`);
    this.addSql(`update "account" set "onboarded_at" = "created_at";`);
    this.addSql(`alter table "app_user" add "tour_dismissed_at" timestamptz null;`);
    this.addSql(`update "app_user" set "tour_dismissed_at" = now();`);
  }
}
