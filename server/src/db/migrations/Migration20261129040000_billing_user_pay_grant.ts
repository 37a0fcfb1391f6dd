import { Migration } from '@mikro-orm/migrations';

/**
 * Paying invoices becomes a Billing User's revocable default grant instead of a fixed part of the
 * role (docs/API.md "Operations": "✓ (default, revocable)"). Existing Billing Users keep what they could do.
 */
export class Migration20261129040000BillingUserPayGrant extends Migration {
  override up(): void {
    this.addSql(
      `update "membership" set "grants" = '["INVOICES_PAY"]'::jsonb || "grants" where "role" = 'BILLING_USER' and not ("grants" @> '["INVOICES_PAY"]'::jsonb);`,
    );
  }
}
