import { Migration } from '@mikro-orm/migrations';

/**
 * A subscription holds at least the seats its plan includes (`seatsOnPrice` in
 * modules/billing/rules/plan-price.ts). Rows written before kept the number asked for, e.g. 3 seats
 * on a plan that includes 10; raise them, and the seats of scheduled changes, to the included
 * number. Nothing billed changes: only seats beyond the included ones are priced.
 */
export class Migration20261206000000SeatsAtLeastIncluded extends Migration {
  override up(): void {
    this.addSql(
      `update "subscription" s set "seats" = p."included_seats" from "plan" p where p."id" = s."plan_id" and s."seats" < p."included_seats";`,
    );
    this.addSql(
      `update "subscription" s set "scheduled_change" = jsonb_set(s."scheduled_change", '{seats}', to_jsonb(p."included_seats")) from "plan" p where s."scheduled_change" is not null and p."id" = s."scheduled_change"->>'planId' and (s."scheduled_change"->>'seats')::int < p."included_seats";`,
    );
  }
}
