import { type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Account } from '../accounts/index.js';
import { User } from '../users/index.js';

/**
 * A signed-in browser. The cookie holds a random 256-bit token; the row is keyed by its SHA-256,
 * so a leaked database cannot be replayed as cookies.
 */
@Entity({ tableName: 'session' })
export class Session {
  /** hex SHA-256 of the cookie token. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  /**
   * The session's name in the API (`ses_…`, e.g. to revoke it from the Security page). Never the
   * primary key: that is the hash of the cookie token, which must not leave the server.
   */
  @Property({ type: 'text', unique: true })
  publicId: string & Opt = newId('ses');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  /** The account this session acts in. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account: Account | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  lastSeenAt!: Date;

  /** Absolute expiry, fixed at sign-in. */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  expiresAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'text' })
  provider: string & Opt = 'unknown';

  /**
   * Signed in with the identity provider, second factor not given yet: such a session can do
   * nothing but `verifySecondFactor` (see two-factor/), and ends if that does not happen soon.
   */
  @Property({ type: 'boolean' })
  secondFactorPending: boolean & Opt = false;
}

/**
 * A sign-in in progress: the PKCE verifier, state and nonce for one browser, single-use. The
 * browser holds only its random id (in a short-lived cookie); the callback consumes the row.
 */
@Entity({ tableName: 'sign_in_attempt' })
export class SignInAttempt {
  /** hex SHA-256 of the cookie token. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'text' })
  nonce!: string;

  @Property({ type: 'text' })
  codeVerifier!: string;

  @Property({ type: 'text' })
  returnTo!: string;

  /**
   * Set when a signed-in person is linking another sign-in method from the Security page: the
   * callback attaches the identity to this user instead of signing anyone in.
   */
  @Property({ type: 'text', nullable: true })
  linkUserId: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  @Index()
  expiresAt!: Date;
}
