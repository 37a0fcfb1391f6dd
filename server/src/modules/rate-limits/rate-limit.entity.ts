import { type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Requests counted against one limit (`bucket`, e.g. `sign_in_start`) from one client address
 * (`key`) in one fixed window. Rows are written by a single upsert (rate-limit.service.ts) and
 * deleted by purgeExpiredAuth once their window has passed.
 */
@Entity({ tableName: 'rate_limit_counter' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'text' })
  bucket!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Start of the window: the epoch divided into windows of the limit's length. */
  @PrimaryKey({ columnType: 'timestamptz', type: 'datetime' })
  @Index()
  windowStart!: Date;

  @Property({ type: 'integer' })
  count: number & Opt = 0;
}
