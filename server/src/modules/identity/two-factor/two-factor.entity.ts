import { type Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  OneToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';
import { Account } from '../../accounts/index.js';
import { User } from '../../users/index.js';

/**
 * A person's authenticator app (TOTP, RFC 6238). One per user: started by
 * `startTwoFactorEnrolment` (unconfirmed, secret replaced on every start) and switched on by
 * `confirmTwoFactorEnrolment` with a first code. The secret is stored encrypted
 * (AES-256-GCM, see two-factor-crypto.ts), never in the clear.
 */
@Entity({ tableName: 'two_factor' })
export class TwoFactor {
  @PrimaryKey({ type: 'text' })
  id: string = newId('tfa');

  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: true })
  user!: User;

  /** `v1.<iv>.<ciphertext+tag>`, bound to the user id (two-factor-crypto.ts). */
  @Property({ type: 'text' })
  secretCiphertext!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  /** null while enrolment is unconfirmed: then the factor protects nothing yet. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  /**
   * The last accepted TOTP time step (Unix time / 30 s): a code is accepted once (replay
   * protection). An integer column holds steps until the year 4010.
   */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep: number | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}

/** One of the ten single-use backup codes; only its keyed hash is stored. */
@Entity({ tableName: 'two_factor_backup_code' })
@Unique({ properties: ['user', 'codeHash'] })
export class TwoFactorBackupCode {
  @PrimaryKey({ type: 'text' })
  id: string = newId('tfb');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** hex HMAC-SHA-256 of the normalised code (two-factor-crypto.ts). */
  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}

/**
 * A wrong second-factor code. Counted per user and per client address over a sliding window
 * (two-factor-limiter.ts); kept in PostgreSQL so every process sees the same count.
 */
@Entity({ tableName: 'two_factor_failure' })
@Index({ properties: ['user', 'occurredAt'] })
@Index({ properties: ['ip', 'occurredAt'] })
export class TwoFactorFailure {
  @PrimaryKey({ type: 'text' })
  id: string = newId('tff');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  @Index()
  occurredAt!: Date;
}

/**
 * An account's two-factor rule: when `required`, members without a confirmed factor can do
 * nothing but enrol. A row of its own (not a column of `account`) so the rule stays in this
 * module; no row means not required.
 */
@Entity({ tableName: 'account_two_factor_policy' })
export class AccountTwoFactorPolicy {
  @OneToOne(() => Account, { owner: true, primary: true, deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'boolean' })
  required: boolean & Opt = false;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy: User | null = null;
}
