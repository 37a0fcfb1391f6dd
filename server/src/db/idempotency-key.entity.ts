import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../ids.js';
import { entityNamed } from './entity-ref.js';

/**
 * A client-supplied key of a money-moving mutation, stored in the transaction that performs it with
 * a hash of the request and the response. The same key and request answer the stored response; the
 * same key with another request is a CONFLICT.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ properties: ['account', 'key'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'text' })
  id: string = newId('idk');

  /** The `Account` entity (modules/accounts), named: db/ imports no module. */
  @ManyToOne({ entity: entityNamed('Account'), deleteRule: 'cascade' })
  account!: { id: string };

  @Property({ type: 'text' })
  key!: string;

  /** The mutation, e.g. `changeSubscription`. */
  @Property({ type: 'text' })
  operation!: string;

  /** SHA-256 of the canonical JSON of the operation and its input. */
  @Property({ type: 'text' })
  requestHash!: string;

  /** Null only while the first request is still running (its transaction is not committed). */
  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;
}
