import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One row (`id` 1) whose `n` grows by one in every transaction that changes anything a request's
 * auth state is read from (session, user, account, membership, plan, two-factor policy and
 * enrolment, operator grants). Database triggers bump it, at commit, so no write path can forget
 * to (migration `Migration20261206160000_auth_epoch`); the app never writes it. The per-process
 * auth cache (auth-cache.ts) trusts a cached row only while `n` is still what it was when the row
 * was read.
 */
@Entity({ tableName: 'auth_epoch' })
export class AuthEpoch {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  n!: string;
}
