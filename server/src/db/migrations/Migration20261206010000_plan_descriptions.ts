import { Migration } from '@mikro-orm/migrations';

/**
 * The seeded Basic plan promised card payments, which the product cannot take yet (payments/ has
 * only bank transfer). Reword it where an operator has not changed it; catalog.seed.ts has the
 * same words for new installations.
 */
export class Migration20261206010000PlanDescriptions extends Migration {
  override up(): void {
    this.addSql(
      `update "plan" set "description" = 'For small teams: members with roles, and the partner API.' where "code" = 'basic' and "description" = 'For small teams: card payments, roles and the partner API.';`,
    );
  }
}
