import { type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'text' })
  id: string = newId('usr');

  /**
   * Lower-cased. Not unique (older data may hold the same address twice), but a first sign-in
   * whose address another user already has is refused rather than given a second user.
   */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'boolean' })
  emailVerified: boolean & Opt = false;

  @Property({ type: 'text' })
  name!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;

  /**
   * When this person finished the guided tour of the dashboard or chose "Don't show again". Per
   * person, not per account: someone who joins a second account has seen the pages already.
   */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  tourDismissedAt: Date | null = null;
}

/**
 * A sign-in identity: the provider's stable subject for a user. A user may hold several (one a
 * provider, or more); sign-in finds the user by (provider, subject), never by e-mail.
 */
@Entity({ tableName: 'identity' })
@Unique({ properties: ['provider', 'subject'] })
export class Identity {
  @PrimaryKey({ type: 'text' })
  id: string = newId('idn');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** Provider id: "google", "microsoft", "github" or "dev". */
  @Property({ type: 'text' })
  provider!: string;

  /** The provider's own id for the person: OIDC `sub`; GitHub's numeric user id. */
  @Property({ type: 'text' })
  subject!: string;

  /** Lower-cased; the address the provider shared when the identity was linked. */
  @Property({ type: 'text' })
  email!: string;

  /** When the identity was linked (the first sign-in, or linking from the Security page). */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}
