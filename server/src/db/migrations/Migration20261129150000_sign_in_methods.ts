import { Migration } from '@mikro-orm/migrations';

/**
 * Several sign-in methods a person (docs/API.md "Sign-in methods"): each identity remembers when it was last used, and
 * a sign-in attempt can be one that links a new method to a signed-in user. Identities that
 * existed before (one per user: Google or the development sign-in) take their user's last
 * sign-in as their last use, so the Security page has a date to show for them.
 */
export class Migration20261129150000SignInMethods extends Migration {
  override up(): void {
    this.addSql(`alter table "sign_in_attempt" add "link_user_id" text null;`);
    this.addSql(`alter table "identity" add "last_used_at" timestamptz null;`);
    this.addSql(
      `update "identity" set "last_used_at" = "app_user"."last_sign_in_at" from "app_user" where "app_user"."id" = "identity"."user_id";`,
    );
  }
}
