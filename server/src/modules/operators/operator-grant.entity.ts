import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An operator granted with `npm run operator -- grant <email>` (docs/OPERATIONS.md "Operators"):
 * one row per lower-cased address while the grant stands; revoking deletes it. Who granted and
 * revoked, and when, is in the audit log (`operator.grant`, `operator.revoke`).
 */
@Entity({ tableName: 'operator_grant' })
export class OperatorGrant {
  @PrimaryKey({ type: 'text' })
  email!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  grantedAt!: Date;

  /** Why, in the granter's words (shown by `npm run operator -- list`). */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
