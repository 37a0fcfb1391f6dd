import { type Opt } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Account, type Permission, type Role, roles } from '../accounts/index.js';
import { User } from '../users/index.js';

/**
 * An invitation to join an account, bound to one e-mail address. The link's token is random,
 * stored only as its SHA-256 hash, single-use and valid for 7 days; it is accepted only by a
 * signed-in person whose verified e-mail is the invited one. At most one open invitation per
 * (account, e-mail): the partial unique index settles racing invites.
 */
@Entity({ tableName: 'invitation' })
@Unique({
  name: 'invitation_one_open_per_email',
  properties: ['account', 'email'],
  where: `"accepted_at" is null and "revoked_at" is null`,
})
export class Invitation {
  @PrimaryKey({ type: 'text' })
  id: string = newId('ivt');

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  /** Lower-case. */
  @Property({ type: 'text' })
  email!: string;

  @Enum({ items: () => [...roles], nativeEnumName: 'member_role' })
  role!: Role;

  /** Extra permissions for a Billing User, as a member's grants. */
  @Property({ type: 'json' })
  grants: Permission[] & Opt = [];

  @Property({ type: 'text' })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy: User | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  /** Moved on every resend (which also replaces the token). */
  @Property({ columnType: 'timestamptz', type: 'datetime' })
  sentAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  expiresAt!: Date;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  acceptedBy: User | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
