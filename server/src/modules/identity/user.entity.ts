import { type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'text' })
  id: string = newId('usr');

  /** Lower-cased. Not unique: two providers may vouch for the same address. */
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

/** A sign-in identity: the provider's stable subject for a user. */
@Entity({ tableName: 'identity' })
@Unique({ properties: ['provider', 'subject'] })
export class Identity {
  @PrimaryKey({ type: 'text' })
  id: string = newId('idn');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** Provider id: "google", "dev", later "microsoft", "github". */
  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
