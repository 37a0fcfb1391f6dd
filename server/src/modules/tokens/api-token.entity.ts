import { type Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Account } from '../accounts/index.js';
import { User } from '../users/index.js';
import type { ApiTokenScope } from './api-token-scopes.js';

/**
 * A partner API token. The secret (`llp_…`) is shown once at creation; the row keeps only its
 * SHA-256 (so a leaked database cannot be replayed as tokens) and its first characters, which
 * let people tell their tokens apart in lists.
 */
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @PrimaryKey({ type: 'text' })
  id: string = newId('tok');

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  scopes!: ApiTokenScope[];

  /** The secret's first 8 characters, e.g. `llp_3f9a`. */
  @Property({ type: 'text' })
  prefix!: string;

  /** hex SHA-256 of the secret. */
  @Property({ type: 'text' })
  @Unique()
  secretHash!: string;

  /** Who created it; null once that user is deleted (the token stays the account's). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  /** null: never expires. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  /** Written at most once a minute (see api-token.service.ts). */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

/**
 * Token requests an account made in one calendar month (UTC), for the plan's
 * `api_requests_per_month` limit. One row per account and month, incremented atomically.
 */
@Entity({ tableName: 'api_request_counter' })
export class ApiRequestCounter {
  @ManyToOne(() => Account, { primary: true, deleteRule: 'cascade' })
  account!: Account;

  /** First instant of the month, UTC. */
  @PrimaryKey({ columnType: 'timestamptz', type: 'datetime' })
  periodStart!: Date;

  @Property({ type: 'integer' })
  count: number & Opt = 0;
}
