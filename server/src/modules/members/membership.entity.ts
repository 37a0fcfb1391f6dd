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

@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'account'] })
export class Membership {
  @PrimaryKey({ type: 'text' })
  id: string = newId('mem');

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Enum({ items: () => [...roles], nativeEnumName: 'member_role' })
  role!: Role;

  /** Permissions a Billing Admin granted this member beyond the role's defaults. */
  @Property({ type: 'json' })
  grants: Permission[] & Opt = [];

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
